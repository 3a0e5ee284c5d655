package com.threadline.notification.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.threadline.notification.channel.Alerts.DELIVERY_LATE;
import static com.threadline.notification.channel.Alerts.WANG;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.threadline.notification.channel.Alerts.MovableClock;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every channel whose provider issues access tokens does with them: one token for every send until shortly
 * before it expires (a lifetime of 7200 s here), and a new one, once, when the provider says it is no longer valid.
 */
abstract class TokenChannelContract extends HttpChannelContract {

    final MovableClock clock = new MovableClock();

    abstract String tokenPath();

    /** The provider's answer issuing {@code token}, valid for 7200 s. */
    abstract String tokenIssued(String token);

    /** The send call made with {@code token}. */
    abstract MappingBuilder sendCall(String token);

    /** The provider's answer to a send with an expired or revoked token. */
    abstract ResponseDefinitionBuilder tokenRejected();

    @BeforeEach
    void issueTokens() {
        provider().stubFor(any(urlPathEqualTo(tokenPath())).willReturn(okJson(tokenIssued("token-1"))));
    }

    private ChannelSender sender() {
        return sender(URI.create(provider().baseUrl()), Duration.ofSeconds(2));
    }

    private void assertTokensFetched(int count) {
        provider().verify(count, anyRequestedFor(urlPathEqualTo(tokenPath())));
    }

    @Test
    void keepsTheTokenUntilShortlyBeforeItExpires() {
        provider().stubFor(sendCall("token-1").willReturn(okJson(accepted())));
        ChannelSender sender = sender();

        sender.send(WANG, DELIVERY_LATE);
        clock.advance(Duration.ofMinutes(114));
        sender.send(WANG, DELIVERY_LATE);
        assertTokensFetched(1);

        clock.advance(Duration.ofMinutes(1));
        sender.send(WANG, DELIVERY_LATE);
        assertTokensFetched(2);
    }

    @Test
    void aRejectedTokenIsFetchedAgainOnceAndTheMessageSent() {
        provider().stubFor(any(urlPathEqualTo(tokenPath())).inScenario("token")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("rejected")
                .willReturn(okJson(tokenIssued("token-1"))));
        provider().stubFor(any(urlPathEqualTo(tokenPath())).inScenario("token")
                .whenScenarioStateIs("rejected")
                .willReturn(okJson(tokenIssued("token-2"))));
        provider().stubFor(sendCall("token-1").willReturn(tokenRejected()));
        provider().stubFor(sendCall("token-2").willReturn(okJson(accepted())));

        assertThat(sender().send(WANG, DELIVERY_LATE).providerMessageId()).isNotBlank();
        assertTokensFetched(2);
    }

    @Test
    void aTokenRejectedRightAfterItWasIssuedIsNotTriedAThirdTime() {
        provider().stubFor(sendCall().willReturn(tokenRejected()));

        ChannelFailure failure = failureOf(() -> sender().send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isFalse();
        assertTokensFetched(2);
        assertThat(provider().getAllServeEvents()).as("two tokens, two sends").hasSize(4);
    }
}

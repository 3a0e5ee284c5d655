package com.threadline.notification.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.threadline.notification.channel.Alerts.DELIVERY_LATE;
import static com.threadline.notification.channel.Alerts.WANG;
import static com.threadline.notification.channel.Alerts.ZHAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What every channel over HTTP does when its provider is away, slow or overloaded, and for a person it cannot
 * reach: the same rules whatever the provider, so that the caller can retry and fall back on one contract.
 */
abstract class HttpChannelContract {

    /** The local stand-in for the provider. */
    abstract WireMockExtension provider();

    abstract ChannelSender sender(URI baseUrl, Duration readTimeout);

    /** The provider's send call, with any token call already answered. */
    abstract MappingBuilder sendCall();

    /** The provider's answer to a send it accepted. */
    abstract String accepted();

    /** What {@link Alerts#ZHAO} lacks on this channel, as the failure names it. */
    abstract String missingAddress();

    static ChannelFailure failureOf(ThrowingCallable send) {
        return catchThrowableOfType(ChannelFailure.class, send);
    }

    private ChannelSender sender() {
        return sender(URI.create(provider().baseUrl()), Duration.ofSeconds(2));
    }

    @Test
    void aProviderNobodyAnswersForIsRetryable() {
        ChannelFailure failure = failureOf(() -> sender(Alerts.closedPort(), Duration.ofSeconds(1))
                .send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.providerCode()).isNull();
    }

    @Test
    void aProviderSlowerThanTheReadTimeoutIsRetryable() {
        provider().stubFor(sendCall().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(accepted())));
        sender().send(WANG, DELIVERY_LATE); // warms up both ends, so that only the delay below can time out
        ChannelSender impatient = sender(URI.create(provider().baseUrl()), Duration.ofMillis(400));
        provider().stubFor(sendCall().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(accepted()).withFixedDelay(1000)));

        ChannelFailure failure = failureOf(() -> impatient.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.reason()).containsPattern("(?i)timeout|timed out");
    }

    @Test
    void aServerErrorIsRetryable() {
        provider().stubFor(sendCall().willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

        assertThat(failureOf(() -> sender().send(WANG, DELIVERY_LATE)).retryable()).isTrue();
    }

    @Test
    void tooManyRequestsIsRetryable() {
        provider().stubFor(sendCall().willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                .withHeader("Content-Type", "application/json").withBody("{}")));

        assertThat(failureOf(() -> sender().send(WANG, DELIVERY_LATE)).retryable()).isTrue();
    }

    @Test
    void aPersonWithoutAnAddressOnTheChannelIsNotSentAnything() {
        ChannelFailure failure = failureOf(() -> sender().send(ZHAO, DELIVERY_LATE));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.reason()).contains("zhao.min has no " + missingAddress());
        assertThat(provider().getAllServeEvents()).isEmpty();
    }
}

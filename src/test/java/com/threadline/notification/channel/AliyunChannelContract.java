package com.threadline.notification.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.threadline.notification.channel.Alerts.DELIVERY_LATE;
import static com.threadline.notification.channel.Alerts.WANG;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What every Aliyun communication channel (SMS, voice) makes of the answers Aliyun's API gateway gives. */
abstract class AliyunChannelContract extends HttpChannelContract {

    @Override
    MappingBuilder sendCall() {
        return post(urlPathEqualTo("/"));
    }

    @Override
    String missingAddress() {
        return "mobile";
    }

    void aliyunAnswers(int status, String body) {
        provider().stubFor(sendCall().willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json;charset=utf-8").withBody(body)));
    }

    @ParameterizedTest(name = "HTTP {0}, {1}: retryable {2}")
    @CsvSource({
            "200, isv.MOBILE_NUMBER_ILLEGAL, false",
            "200, isv.BUSINESS_LIMIT_CONTROL, true", // too many to this number within the minute or hour
            "200, isp.SYSTEM_ERROR, true",
            "404, InvalidAccessKeyId.NotFound, false",
            "400, SignatureDoesNotMatch, false",
            "400, Throttling.User, true",
            "429, Throttling.Api, true",
            "500, InternalError, true",
            "503, ServiceUnavailable, true",
    })
    void aliyunErrorCodes(int status, String code, boolean retryable) {
        aliyunAnswers(status, "{\"Code\":\"" + code + "\",\"Message\":\"error\",\"RequestId\":\"R1\"}");

        ChannelFailure failure = failureOf(() -> sender(URI.create(provider().baseUrl()), Duration.ofSeconds(2))
                .send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.providerCode()).isEqualTo(code);
    }
}

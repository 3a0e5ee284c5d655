package com.threadline.notification.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * JSON over HTTP/1.1 to a provider called without an SDK, which answers with a result code in the body. Returns the
 * body of a success; everything else becomes a {@link ChannelFailure}, retryable when the provider is unreachable,
 * slow, overloaded (HTTP 429 or a rate-limit code) or broken (5xx), or {@link AccessTokenCache.Rejected}.
 */
final class JsonHttp {

    private static final int NO_CODE = Integer.MIN_VALUE;

    private final Channel channel;
    private final ResultCodes codes;
    private final HttpClient http;
    private final Duration readTimeout;
    private final ObjectMapper json;
    private final List<String> retryAfterHeaders;

    /** @param providerRetryAfterHeaders where the provider says how many seconds to wait, besides Retry-After */
    JsonHttp(Channel channel, ResultCodes codes, ProviderEndpoint endpoint, ObjectMapper json,
            String... providerRetryAfterHeaders) {
        this.channel = channel;
        this.codes = codes;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.connectTimeout()).build();
        this.readTimeout = endpoint.readTimeout();
        this.json = json;
        this.retryAfterHeaders = Stream.concat(Stream.of("Retry-After"), Stream.of(providerRetryAfterHeaders)).toList();
    }

    JsonNode get(URI uri) {
        return get(uri, Map.of());
    }

    JsonNode get(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        headers.forEach(request::header);
        return exchange(request);
    }

    JsonNode post(URI uri, Map<String, String> headers, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(BodyPublishers.ofByteArray(toJson(body)));
        headers.forEach(request::header);
        return exchange(request);
    }

    String toJsonText(Object value) {
        return new String(toJson(value), StandardCharsets.UTF_8);
    }

    private JsonNode exchange(HttpRequest.Builder request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.timeout(readTimeout).build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ChannelFailure(channel + " unreachable: " + e, true, null, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelFailure(channel + " call interrupted", true, null, null, e);
        }
        int status = response.statusCode();
        Duration retryAfter = retryAfter(response.headers());
        if (status == 429 || status >= 500) {
            throw ChannelFailure.retryLater(channel + " answered HTTP " + status, "HTTP " + status, retryAfter);
        }
        JsonNode body = parse(response.body());
        int code = body.path(codes.codeField()).asInt(NO_CODE);
        if (code == 0) {
            return body;
        }
        if (codes.tokenRejected().contains(code)) {
            throw new AccessTokenCache.Rejected(code);
        }
        if (code == NO_CODE) {
            throw ChannelFailure.giveUp(channel + " answered HTTP " + status + " without a result code",
                    "HTTP " + status);
        }
        String reason = channel + " " + codes.codeField() + " " + code + ": "
                + body.path(codes.messageField()).asText();
        if (codes.tryLater().contains(code)) {
            throw ChannelFailure.retryLater(reason, code, retryAfter);
        }
        throw ChannelFailure.giveUp(reason, code);
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
        }
    }

    /** Whatever is not JSON (an HTML error page from a proxy) reads as a missing body. */
    private JsonNode parse(byte[] body) {
        try {
            JsonNode tree = json.readTree(body);
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private Duration retryAfter(HttpHeaders headers) {
        return retryAfterHeaders.stream()
                .map(headers::firstValue)
                .flatMap(Optional::stream)
                .map(String::trim)
                .filter(value -> value.matches("\\d+"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .findFirst().orElse(null);
    }

    /**
     * Where a provider puts its result code (0 is success) and message, and which codes mean "fetch a new access
     * token" and "try again later"; any other code is final.
     */
    record ResultCodes(String codeField, String messageField, Set<Integer> tokenRejected, Set<Integer> tryLater) {
    }
}

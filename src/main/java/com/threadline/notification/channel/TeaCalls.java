package com.threadline.notification.channel;

import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaModel;
import com.aliyun.tea.TeaUnretryableException;
import com.aliyun.teaopenapi.models.Config;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Calls through Alibaba's Tea SDKs (DingTalk, Aliyun SMS and voice) with their own retries off, turning what they
 * throw into a {@link ChannelFailure}: retryable when the provider is unreachable, slow, broken (5xx) or rate
 * limiting (429 or one of its throttling codes).
 */
final class TeaCalls {

    /** Aliyun: API throttling, the per-number frequency limit, a system error, a reused signature nonce. */
    static final Predicate<String> ALIYUN_TRY_LATER = code -> code.startsWith("Throttling")
            || Set.of("isv.BUSINESS_LIMIT_CONTROL", "isp.SYSTEM_ERROR", "SignatureNonceUsed", "ServiceUnavailable")
                    .contains(code);

    private final Channel channel;
    private final Predicate<String> tokenRejected;
    private final Predicate<String> tryLater;

    TeaCalls(Channel channel, Predicate<String> tokenRejected, Predicate<String> tryLater) {
        this.channel = channel;
        this.tokenRejected = tokenRejected;
        this.tryLater = tryLater;
    }

    static TeaCalls aliyun(Channel channel) {
        return new TeaCalls(channel, code -> false, ALIYUN_TRY_LATER);
    }

    /** The SDK's client settings: the base URL gives protocol and endpoint, so a test can point it at http. */
    static Config config(ProviderEndpoint endpoint) {
        return new Config()
                .setProtocol(endpoint.baseUrl().getScheme())
                .setEndpoint(endpoint.baseUrl().getAuthority())
                .setConnectTimeout((int) endpoint.connectTimeout().toMillis())
                .setReadTimeout((int) endpoint.readTimeout().toMillis());
    }

    static <T> T client(SdkCall<T> constructor) {
        try {
            return constructor.run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the SDK client", e);
        }
    }

    <T> T call(SdkCall<T> call) {
        try {
            return call.run();
        } catch (TeaUnretryableException e) {
            // what the SDK gives up on after its one attempt: connection refused, timeouts
            Throwable cause = e;
            while (!(cause instanceof IOException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new ChannelFailure(channel + " unreachable: " + cause, true, null, null, e);
        } catch (TeaException e) {
            throw failure(e);
        } catch (ChannelFailure | AccessTokenCache.Rejected e) {
            throw e;
        } catch (Exception e) {
            // chiefly an answer the SDK could not read, such as a proxy's HTML error page
            throw new ChannelFailure(channel + " call failed: " + e, true, null, null, e);
        }
    }

    private RuntimeException failure(TeaException e) {
        Integer status = e.getStatusCode();
        String code = e.getCode();
        if (code != null && tokenRejected.test(code)) {
            return new AccessTokenCache.Rejected(code);
        }
        if (status != null && (status == 429 || status >= 500)) {
            return new ChannelFailure(channel + " answered HTTP " + status + ", " + code + ": " + e.getMessage(),
                    true, null, code, e);
        }
        return failure(code, e.getMessage());
    }

    /** Aliyun answers HTTP 200 with Code "OK" in the body, or with the error code that says why not. */
    <T extends TeaModel> T okBody(SdkCall<T> call) {
        T body = call(call);
        Map<String, Object> fields = body.toMap();
        if (!"OK".equals(fields.get("Code"))) {
            throw failure(String.valueOf(fields.get("Code")), String.valueOf(fields.get("Message")));
        }
        return body;
    }

    private ChannelFailure failure(String code, String message) {
        String reason = channel + " " + code + ": " + message;
        return tryLater.test(code) ? ChannelFailure.retryLater(reason, code, null)
                : ChannelFailure.giveUp(reason, code);
    }

    @FunctionalInterface
    interface SdkCall<T> {
        T run() throws Exception;
    }
}

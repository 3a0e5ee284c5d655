package com.threadline.notification.channel;

import java.time.Duration;

/**
 * A message a provider did not take. Retryable when the same send may succeed later (provider down or slow, rate
 * limited); not when only a change of data or configuration helps (no address, bad credentials, unknown
 * recipient).
 */
public class ChannelFailure extends RuntimeException {

    private final boolean retryable;
    private final Duration retryAfter;
    private final String providerCode;

    public ChannelFailure(String reason, boolean retryable, Duration retryAfter, String providerCode,
            Throwable cause) {
        super(reason, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.providerCode = providerCode;
    }

    /** @param retryAfter how long the provider asked us to wait, or null when it did not say */
    public static ChannelFailure retryLater(String reason, Object providerCode, Duration retryAfter) {
        return new ChannelFailure(reason, true, retryAfter, codeText(providerCode), null);
    }

    public static ChannelFailure giveUp(String reason, Object providerCode) {
        return new ChannelFailure(reason, false, null, codeText(providerCode), null);
    }

    private static String codeText(Object providerCode) {
        return providerCode == null ? null : providerCode.toString();
    }

    public String reason() {
        return getMessage();
    }

    public boolean retryable() {
        return retryable;
    }

    /** How long the provider asked us to wait; null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The provider's own error code (errcode, code, Code), or null for network failures. */
    public String providerCode() {
        return providerCode;
    }
}

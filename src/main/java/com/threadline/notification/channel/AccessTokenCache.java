package com.threadline.notification.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A provider's access token, kept until shortly before it expires and shared by every send. When the provider
 * rejects it anyway (revoked, or expired early), it is fetched again and the call made once more.
 */
final class AccessTokenCache {

    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private final Channel channel;
    private final Supplier<IssuedToken> issuer;
    private final Clock clock;
    private IssuedToken current;
    private Instant refreshAt;

    AccessTokenCache(Channel channel, Supplier<IssuedToken> issuer, Clock clock) {
        this.channel = channel;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** Calls the provider with a valid token; {@code call} throws {@link Rejected} on a "token expired" answer. */
    <T> T call(Function<String, T> call) {
        String token = token();
        try {
            return call.apply(token);
        } catch (Rejected first) {
            discard(token);
            try {
                return call.apply(token());
            } catch (Rejected again) {
                throw ChannelFailure.giveUp(channel + " rejected an access token it had just issued", again.code);
            }
        }
    }

    private synchronized String token() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(refreshAt)) {
            current = issuer.get();
            Duration margin = current.lifetime().compareTo(REFRESH_MARGIN.multipliedBy(2)) < 0
                    ? current.lifetime().dividedBy(2) : REFRESH_MARGIN;
            refreshAt = now.plus(current.lifetime()).minus(margin);
        }
        return current.value();
    }

    /** Only the token that was rejected: another thread may already have fetched a fresh one. */
    private synchronized void discard(String token) {
        if (current != null && current.value().equals(token)) {
            current = null;
        }
    }

    record IssuedToken(String value, Duration lifetime) {
    }

    /** The provider's answer that the token is no longer valid. */
    static final class Rejected extends RuntimeException {

        final String code;

        Rejected(Object code) {
            super("access token rejected: " + code, null, false, false);
            this.code = String.valueOf(code);
        }
    }
}

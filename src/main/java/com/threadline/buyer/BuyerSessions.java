package com.threadline.buyer;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A signed-in buyer: 30 minutes at most, in a cookie of its own (never the staff's session). Signed in by code it
 * sees the customer's orders; opened from a share link, that one order only.
 */
@Component
class BuyerSessions {

    static final String COOKIE = "TL_BUYER";
    static final Duration LONGEST = Duration.ofMinutes(30);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BuyerSessions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who is signed in: the customer, and the one order when opened from a share link (else null). */
    record Buyer(long customerId, Long orderId) {
    }

    /** @return the Set-Cookie header value of the new session */
    String start(long customerId, Long orderId, Instant until, boolean secure) {
        Instant now = clock.instant();
        Instant expires = until.isBefore(now.plus(LONGEST)) ? until : now.plus(LONGEST);
        String token = Tokens.newToken();
        jdbc.update("DELETE FROM buyer_session WHERE expires_at < ?", Timestamp.from(now));
        jdbc.update("INSERT INTO buyer_session (token_hash, customer_id, order_id, expires_at) VALUES (?, ?, ?, ?)",
                Tokens.hash(token), customerId, orderId, Timestamp.from(expires));
        return cookie(token, Duration.between(now, expires), secure);
    }

    Optional<Buyer> current(HttpServletRequest request) {
        return token(request).flatMap(token -> {
            List<Buyer> found = jdbc.query(
                    "SELECT customer_id, order_id FROM buyer_session WHERE token_hash = ? AND expires_at > ?",
                    (rs, i) -> new Buyer(rs.getLong(1), (Long) rs.getObject(2, Long.class)), Tokens.hash(token),
                    Timestamp.from(clock.instant()));
            return found.stream().findFirst();
        });
    }

    /** Ends the request's session; @return the Set-Cookie header value that clears the cookie */
    String end(HttpServletRequest request) {
        token(request).ifPresent(token -> jdbc.update("DELETE FROM buyer_session WHERE token_hash = ?",
                Tokens.hash(token)));
        return cookie("", Duration.ZERO, request.isSecure());
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()) && !c.getValue().isEmpty()).map(Cookie::getValue).findFirst();
    }

    private static String cookie(String value, Duration maxAge, boolean secure) {
        return ResponseCookie.from(COOKIE, value).httpOnly(true).secure(secure).sameSite("Lax").path("/")
                .maxAge(maxAge).build().toString();
    }
}

package com.threadline.buyer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links for one order that open the buyer page without a code, until they expire, run out of visits or are
 * revoked; after that the page asks for a code. Only the token's hash is stored, so the link is shown once.
 */
@Service
class ShareLinks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ShareLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Link(long id, Instant createdAt, String createdBy, Instant expiresAt, int maxVisits, int visits,
            Instant revokedAt) {
    }

    record Created(Link link, String token) {
    }

    /** The order and its customer a link opened, counting the visit. */
    record Opened(long orderId, long customerId, Instant expiresAt) {
    }

    @Transactional
    Created create(long orderId, String by, Duration validFor, int maxVisits) {
        String token = Tokens.newToken();
        Instant now = clock.instant();
        jdbc.update("INSERT INTO share_link (token_hash, order_id, created_by, created_at, expires_at, max_visits, "
                + "visits) VALUES (?, ?, ?, ?, ?, ?, 0)", Tokens.hash(token), orderId, by, Timestamp.from(now),
                Timestamp.from(now.plus(validFor)), maxVisits);
        long id = jdbc.queryForObject("SELECT id FROM share_link WHERE token_hash = ?", Long.class, Tokens.hash(token));
        return new Created(find(id).orElseThrow(), token);
    }

    /** Counts a visit in the same statement that checks the link, so its last visit is given once. */
    @Transactional
    Optional<Opened> open(String token) {
        String hash = Tokens.hash(token);
        Timestamp now = Timestamp.from(clock.instant());
        int counted = jdbc.update("UPDATE share_link SET visits = visits + 1 WHERE token_hash = ? "
                + "AND revoked_at IS NULL AND expires_at > ? AND visits < max_visits", hash, now);
        if (counted == 0) {
            return Optional.empty();
        }
        return jdbc.query("SELECT l.order_id, o.customer_id, l.expires_at FROM share_link l "
                + "JOIN orders o ON o.id = l.order_id WHERE l.token_hash = ?",
                (rs, i) -> new Opened(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()), hash)
                .stream().findFirst();
    }

    List<Link> ofOrder(long orderId) {
        return jdbc.query("SELECT id, created_at, created_by, expires_at, max_visits, visits, revoked_at "
                + "FROM share_link WHERE order_id = ? ORDER BY created_at DESC", ShareLinks::link, orderId);
    }

    /** @return whether the link is of that order (and now revoked) */
    @Transactional
    boolean revoke(long orderId, long linkId) {
        return jdbc.update("UPDATE share_link SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND order_id = ?",
                Timestamp.from(clock.instant()), linkId, orderId) == 1;
    }

    private Optional<Link> find(long id) {
        return jdbc.query("SELECT id, created_at, created_by, expires_at, max_visits, visits, revoked_at "
                + "FROM share_link WHERE id = ?", ShareLinks::link, id).stream().findFirst();
    }

    private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp revoked = rs.getTimestamp(7);
        return new Link(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6), revoked == null ? null : revoked.toInstant());
    }
}

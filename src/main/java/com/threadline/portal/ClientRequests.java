package com.threadline.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The idempotency keys seen so far, each within its scope (user, method and path), with the hash of the body it came
 * with and the answer given. Plain JDBC outside any transaction: a claim must be visible to a concurrent resend at
 * once, before the input itself is handled.
 */
@Repository
class ClientRequests {

    /** A request as far as its key is concerned. */
    record Request(String scope, String key, String login, String method, String path, String bodyHash) {
    }

    /** The answer kept for a key; {@code status} is null while the first request is still running. */
    record Answer(Integer status, String contentType, String body) {
    }

    /** What was stored under a key: the hash of the body it first came with, and the answer. */
    record Claimed(String bodyHash, Answer answer) {
    }

    private static final int PATH_COLUMN = 255;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClientRequests(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this is the first request with the key in its scope; otherwise the earlier one owns it. */
    boolean claim(Request request) {
        try {
            jdbc.update("INSERT INTO client_request (scope, client_id, login, method, path, body_hash, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    request.scope(), request.key(), request.login(), request.method(),
                    request.path().length() > PATH_COLUMN ? request.path().substring(0, PATH_COLUMN) : request.path(),
                    request.bodyHash(), Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    Optional<Claimed> claimed(Request request) {
        return jdbc.query("SELECT body_hash, status, content_type, body FROM client_request"
                        + " WHERE scope = ? AND client_id = ?",
                (rs, row) -> new Claimed(rs.getString("body_hash"), new Answer((Integer) rs.getObject("status"),
                        rs.getString("content_type"), rs.getString("body"))),
                request.scope(), request.key()).stream().findFirst();
    }

    void answered(Request request, Answer answer) {
        jdbc.update("UPDATE client_request SET status = ?, content_type = ?, body = ? WHERE scope = ? AND client_id = ?",
                answer.status(), answer.contentType(), answer.body(), request.scope(), request.key());
    }

    /** A failed first attempt gives the key back, so the phone's retry is handled as new. */
    void release(Request request) {
        jdbc.update("DELETE FROM client_request WHERE scope = ? AND client_id = ? AND status IS NULL",
                request.scope(), request.key());
    }
}

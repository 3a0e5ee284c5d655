package com.threadline.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The client ids seen so far and the answers given to them. Plain JDBC outside any transaction: a claim must be
 * visible to a concurrent resend at once, before the input itself is handled.
 */
@Repository
class ClientRequests {

    /** The answer kept for a client id; {@code status} is null while the first request is still running. */
    record Answer(Integer status, String contentType, String body) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClientRequests(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this is the first request with the id; otherwise the earlier one owns it. */
    boolean claim(ClientRequestKind kind, String clientId) {
        try {
            jdbc.update("INSERT INTO client_request (kind, client_id, created_at) VALUES (?, ?, ?)",
                    kind.name(), clientId, Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    Optional<Answer> answer(ClientRequestKind kind, String clientId) {
        return jdbc.query("SELECT status, content_type, body FROM client_request WHERE kind = ? AND client_id = ?",
                (rs, row) -> new Answer((Integer) rs.getObject("status"), rs.getString("content_type"),
                        rs.getString("body")),
                kind.name(), clientId).stream().findFirst();
    }

    void answered(ClientRequestKind kind, String clientId, Answer answer) {
        jdbc.update("UPDATE client_request SET status = ?, content_type = ?, body = ? WHERE kind = ? AND client_id = ?",
                answer.status(), answer.contentType(), answer.body(), kind.name(), clientId);
    }

    /** A failed first attempt gives the id back, so the phone's retry is handled as new. */
    void release(ClientRequestKind kind, String clientId) {
        jdbc.update("DELETE FROM client_request WHERE kind = ? AND client_id = ? AND status IS NULL",
                kind.name(), clientId);
    }
}

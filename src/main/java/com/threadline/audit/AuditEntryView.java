package com.threadline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One audit entry as the API shows it; {@code changes} is {@code {field: [before, after]}}; {@code changeId} is the
 * same for every row one change wrote (absent on rows older than it).
 */
public record AuditEntryView(long id, Instant at, String who, String client, String address, String entity,
        long entityId, AuditAction action, JsonNode changes, String changeId) {
}

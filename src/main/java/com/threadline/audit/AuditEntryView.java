package com.threadline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One audit entry as the API shows it; {@code changes} is {@code {field: [before, after]}}. */
public record AuditEntryView(long id, Instant at, String who, String client, String address, String entity,
        long entityId, AuditAction action, JsonNode changes) {
}

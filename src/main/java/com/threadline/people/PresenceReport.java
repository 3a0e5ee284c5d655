package com.threadline.people;

import java.time.Instant;

/** A person's presence and what it rests on: the last heartbeat, and a busy mark while it lasts. */
public record PresenceReport(String userId, Presence presence, Instant lastHeartbeatAt, Instant busyUntil) {
}

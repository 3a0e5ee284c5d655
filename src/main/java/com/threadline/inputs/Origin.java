package com.threadline.inputs;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** Who reported an input (login), when the server took it, and through which channel. */
@Embeddable
public record Origin(String reportedBy, Instant reportedAt, @Enumerated(EnumType.STRING) InputSource source) {
}

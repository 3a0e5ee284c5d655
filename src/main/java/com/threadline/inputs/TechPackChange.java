package com.threadline.inputs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A new tech-pack version; {@code changedAt} defaults to now. */
public record TechPackChange(
        @NotBlank @Size(max = 32) String version,
        OffsetDateTime changedAt,
        @Size(max = 255) String summary,
        @NotBlank @Size(max = 64) String reportedBy,
        InputSource source) {
}

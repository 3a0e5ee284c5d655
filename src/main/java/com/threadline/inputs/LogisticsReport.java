package com.threadline.inputs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A booking, departure (ETD) or arrival (ETA, ARRIVAL) as now expected, as it happened, or both. Times carry
 * their offset (2027-03-02T18:00:00+08:00); {@code reference} is the booking number or the vessel/voyage.
 */
public record LogisticsReport(
        @NotNull LogisticsEventKind kind,
        OffsetDateTime expectedAt,
        OffsetDateTime actualAt,
        @Size(max = 64) String reference,
        @NotBlank @Size(max = 64) String reportedBy,
        InputSource source) {
}

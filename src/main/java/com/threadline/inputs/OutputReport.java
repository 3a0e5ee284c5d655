package com.threadline.inputs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A factory's output of one stage on one day. {@code source} defaults to API. */
public record OutputReport(
        @NotNull LocalDate reportDate,
        @NotNull ProductionStage stage,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer quantity,
        @NotBlank @Size(max = 64) String reportedBy,
        InputSource source) {
}

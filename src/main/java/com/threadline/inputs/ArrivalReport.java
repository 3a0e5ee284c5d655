package com.threadline.inputs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A material line arrived at the factory (到厂). */
public record ArrivalReport(
        @NotNull LocalDate arrivalDate,
        @NotBlank @Size(max = 64) String reportedBy,
        InputSource source) {
}

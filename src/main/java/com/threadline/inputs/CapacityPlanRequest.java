package com.threadline.inputs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The planned daily output of one stage from one date to another; replaces the stage's earlier plan. */
public record CapacityPlanRequest(
        @NotNull ProductionStage stage,
        @NotNull @Positive Integer dailyQuantity,
        @NotNull LocalDate fromDate,
        @NotNull LocalDate toDate,
        @NotBlank @Size(max = 64) String reportedBy,
        InputSource source) {
}

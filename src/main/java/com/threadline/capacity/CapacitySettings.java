package com.threadline.capacity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The company's figures for taking in a rush order: what a factory without its own capacity sews a day, what a piece
 * sewn in overtime or outsourced costs extra, how much overtime a day a factory can add (percent of its day), and how
 * many days finishing, packing and inspection need after sewing (what is left before the due date is an order's
 * slack).
 */
public record CapacitySettings(
        @NotNull @Min(1) @Max(1_000_000) Integer defaultDailyPieces,
        @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal overtimeCostPerPiece,
        @NotNull @Min(0) @Max(100) Integer overtimeMaxPercent,
        @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal outsourceCostPerPiece,
        @NotNull @Min(0) @Max(60) Integer finishingDays) {

    RushSimulation.Costs costs() {
        return new RushSimulation.Costs(overtimeCostPerPiece, overtimeMaxPercent / 100.0, outsourceCostPerPiece);
    }
}

package com.threadline.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A supplier's stocking progress of a material line, 0 to 100 percent ready. */
record StockingInput(@NotNull @Min(0) @Max(100) Integer readyPercent, @Size(max = 255) String note,
        @NotBlank @Size(max = 64) String reportedBy) {
}

package com.threadline.inputs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A supplier shipped a material line. Without {@code eta} the arrival is predicted from the supplier's
 * transit days. Carrier and tracking number are optional: a supplier's own truck has none.
 */
public record ShipmentReport(
        @NotNull LocalDate shippedDate,
        @Size(max = 64) String carrier,
        @Size(max = 64) String trackingNo,
        LocalDate eta,
        @NotBlank @Size(max = 64) String reportedBy,
        InputSource source) {
}

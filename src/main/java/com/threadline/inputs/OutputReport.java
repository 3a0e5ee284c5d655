package com.threadline.inputs;

import com.threadline.order.SizeLineRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A factory's output of one stage on one day. {@code source} defaults to API. The output may be split over the
 * order's colours and sizes ({@code sizes}); then {@code quantity} may be left out (it is their sum) or must
 * equal their sum. Without {@code sizes}, {@code quantity} is required.
 */
public record OutputReport(
        @NotNull LocalDate reportDate,
        @NotNull ProductionStage stage,
        @PositiveOrZero @Max(10_000_000) Integer quantity,
        @NotBlank @Size(max = 64) String reportedBy,
        InputSource source,
        @Valid @Size(max = 400) List<@NotNull SizeLineRequest> sizes) {

    public List<SizeLineRequest> sizesOrEmpty() {
        return sizes == null ? List.of() : sizes;
    }

    /** The day's total: as given, else the sum of its colours and sizes. */
    int total() {
        return quantity != null ? quantity : sizesOrEmpty().stream().mapToInt(SizeLineRequest::quantity).sum();
    }
}

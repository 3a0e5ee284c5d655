package com.threadline.order;

import com.threadline.partner.MaterialKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a merchandiser (or an ERP) sends to open an order. Sending the same body again is harmless.
 * {@code sizeLines} is optional: when given, the quantity stays required and must equal the lines' sum (a
 * mismatch is a field error on {@code sizeLines}); one line per colour and size.
 */
public record CreateOrderRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "may contain letters, digits and . _ - only") String orderNo,
        @NotBlank @Size(max = 128) String customer,
        @NotBlank @Size(max = 64) String style,
        @NotBlank @Size(max = 32) String productType,
        @NotNull @Positive @Max(10_000_000) Integer quantity,
        @NotNull LocalDate dueDate,
        @NotBlank @Size(max = 32) String factoryCode,
        @NotBlank @Size(max = 64) String merchandiser,
        @NotBlank @Size(max = 64) String businessOwner,
        @Valid @Size(max = 50) List<@NotNull MaterialLineRequest> materials,
        @Valid @Size(max = 400, message = "最多 400 个颜色尺码 / at most 400 lines")
        List<@NotNull SizeLineRequest> sizeLines,
        @DecimalMin("0") @Digits(integer = 11, fraction = 4) BigDecimal unitPrice) {

    /** An order without a price (optional: it only counts towards the customer's credit exposure). */
    public CreateOrderRequest(String orderNo, String customer, String style, String productType, Integer quantity,
            LocalDate dueDate, String factoryCode, String merchandiser, String businessOwner,
            List<MaterialLineRequest> materials, List<SizeLineRequest> sizeLines) {
        this(orderNo, customer, style, productType, quantity, dueDate, factoryCode, merchandiser, businessOwner,
                materials, sizeLines, null);
    }

    public List<MaterialLineRequest> materialsOrEmpty() {
        return materials == null ? List.of() : materials;
    }

    public List<SizeLineRequest> sizeLinesOrEmpty() {
        return sizeLines == null ? List.of() : sizeLines;
    }

    public record MaterialLineRequest(
            @NotNull MaterialKind kind,
            @NotBlank @Size(max = 128) String description,
            @NotBlank @Size(max = 32) String supplierCode,
            @DecimalMin(value = "0", inclusive = false) BigDecimal quantity,
            @Size(max = 16) String unit,
            LocalDate poDueDate) {
    }
}

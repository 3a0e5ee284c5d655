package com.threadline.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One colour × size cell of an order as entered: how many pieces of this colour in this size were ordered.
 * Colours keep the order they are sent in; sizes are shown in their natural order (XS S M L XL XXL 3XL, or
 * numeric).
 */
public record SizeLineRequest(
        @NotBlank(message = "请填写颜色 / is required") @Size(max = 40, message = "颜色最多 40 字 / at most 40 characters")
        String colour,
        @NotBlank(message = "请填写尺码 / is required") @Size(max = 16, message = "尺码最多 16 字 / at most 16 characters")
        String size,
        @NotNull(message = "请填写数量 / is required") @PositiveOrZero(message = "数量不能为负 / must not be negative")
        @Max(value = 10_000_000, message = "数量过大 / too large") Integer quantity) implements SizeCell.Cell {
}

package com.threadline.capacity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A rush order being weighed (插单评估): for whom, how many, when, what and where the planner would like it made. */
public record RushCandidate(
        @NotBlank(message = "请填写客户") @Size(max = 128) String customer,
        @NotBlank(message = "请选择品类") @Size(max = 32) String productType,
        @NotNull(message = "请填写数量") @Positive(message = "须大于 0") @Max(value = 10_000_000, message = "数量过大")
        Integer quantity,
        @NotNull(message = "请填写交期") LocalDate dueDate,
        @NotBlank(message = "请选择工厂") @Size(max = 32) String factoryCode) {
}

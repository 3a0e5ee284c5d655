package com.threadline.capacity;

import com.threadline.capacity.RushSimulation.Option;
import com.threadline.order.CreateOrderRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The planner takes the rush order in by one option: the order as it is to be opened, and the option. */
public record RushAcceptance(
        @NotBlank(message = "请填写订单号") @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "只能包含字母、数字和 . _ -") String orderNo,
        @NotBlank(message = "请填写款式") @Size(max = 64) String style,
        @NotBlank(message = "请选择跟单员") @Size(max = 64) String merchandiser,
        @NotBlank(message = "请选择业务负责人") @Size(max = 64) String businessOwner,
        @NotBlank(message = "请填写客户") @Size(max = 128) String customer,
        @NotBlank(message = "请选择品类") @Size(max = 32) String productType,
        @NotNull(message = "请填写数量") @Positive(message = "须大于 0") @Max(value = 10_000_000, message = "数量过大")
        Integer quantity,
        @NotNull(message = "请填写交期") LocalDate dueDate,
        @NotBlank(message = "请选择工厂") @Size(max = 32) String factoryCode,
        @NotNull(message = "请选择方案") Option option) {

    RushCandidate candidate() {
        return new RushCandidate(customer, productType, quantity, dueDate, factoryCode);
    }

    CreateOrderRequest order() {
        return new CreateOrderRequest(orderNo, customer, style, productType, quantity, dueDate, factoryCode,
                merchandiser, businessOwner, List.of(), null);
    }
}

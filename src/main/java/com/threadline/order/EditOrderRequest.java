package com.threadline.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What the desk changes on an order without anyone's approval: the style text, the remarks and the material
 * lines' PO due dates, and how the quantity splits over colours and sizes ({@code sizeLines}: the whole matrix,
 * whose sum must equal the order quantity; an empty list removes the split). A field left out stays as it is. The due date, quantity and amount change only through an
 * approved change request.
 */
public record EditOrderRequest(
        @Size(min = 1, max = 64, message = "款式须为 1 到 64 个字 / must be 1 to 64 characters")
        @Pattern(regexp = ".*\\S.*", message = "款式不能为空 / must not be blank") String style,
        @Size(max = 1000, message = "备注最多 1000 字 / at most 1000 characters") String remarks,
        @Valid @Size(max = 50) List<@NotNull MaterialDate> materials,
        @Valid @Size(max = 400, message = "最多 400 个颜色尺码 / at most 400 lines")
        List<@NotNull SizeLineRequest> sizeLines) {

    public List<MaterialDate> materialsOrEmpty() {
        return materials == null ? List.of() : materials;
    }

    public record MaterialDate(@NotNull(message = "请指明第几行 / is required") Integer lineNo,
            @NotNull(message = "请填写 PO 交期 / is required") LocalDate poDueDate) {
    }
}

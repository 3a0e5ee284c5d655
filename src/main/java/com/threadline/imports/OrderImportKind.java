package com.threadline.imports;

import com.threadline.order.CreateOrderRequest;
import com.threadline.order.OrderRepository;
import com.threadline.order.OrderService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Orders by order number: a new number opens the order as {@code POST /api/orders} does, a known one is brought to
 * the row's values through {@link OrderService#update}, the same rules as the desk's and the approved changes'.
 */
@Component
class OrderImportKind implements ImportKind {

    static final String CODE = "orders";

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("orderNo", "订单号", "Order No", "字母、数字和 . _ -，最长 40 位"),
            ImportColumn.required("customer", "客户", "Customer", "客户名称；新客户会自动建立"),
            ImportColumn.required("style", "款式", "Style", "最长 64 字"),
            ImportColumn.required("productType", "品类", "Product Type", "须有对应的 T&A 模板，如 JACKET"),
            ImportColumn.required("quantity", "数量", "Quantity", "整数，件；按颜色尺码分行时可留空，取各行之和"),
            ImportColumn.required("dueDate", "交期", "Due Date", "日期，如 2026-12-31，须晚于今天"),
            ImportColumn.required("factoryCode", "工厂代码", "Factory Code", "系统里的工厂代码"),
            ImportColumn.required("merchandiser", "跟单员", "Merchandiser", "跟单员"),
            ImportColumn.required("businessOwner", "业务负责人", "Business Owner", "业务负责人"),
            ImportColumn.perLine("colour", "颜色", "Colour", "按颜色尺码分行时：本行颜色"),
            ImportColumn.perLine("size", "尺码", "Size", "按颜色尺码分行时：本行尺码"),
            ImportColumn.perLine("lineQuantity", "件数", "Line Quantity", "按颜色尺码分行时：本行件数"));

    private final OrderService orders;
    private final OrderRepository repository;
    private final BeanProblems beanProblems;

    OrderImportKind(OrderService orders, OrderRepository repository, BeanProblems beanProblems) {
        this.orders = orders;
        this.repository = repository;
        this.beanProblems = beanProblems;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "订单";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String keyField() {
        return "orderNo";
    }

    @Override
    public RowResult apply(ImportRecord record, ImportMode mode) {
        CellValues cells = new CellValues();
        CreateOrderRequest request = request(record, cells);
        List<RowResult.Problem> problems = new ArrayList<>(cells.problems());
        beanProblems.of(request).stream()
                .filter(problem -> problems.stream().noneMatch(known -> known.field().equals(problem.field())))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            return RowResult.failed(problems);
        }
        if (repository.findByOrderNo(request.orderNo()).isEmpty()) {
            if (mode == ImportMode.UPDATE) {
                return RowResult.failed("orderNo", "没有这个订单，仅更新模式不会新建 / no such order to update");
            }
            orders.create(request);
            return RowResult.of(RowOutcome.INSERTED);
        }
        if (orders.holds(request)) {
            return RowResult.of(RowOutcome.UNCHANGED);
        }
        if (mode == ImportMode.INSERT) {
            return RowResult.failed("orderNo", "订单已存在且内容不同；要改它请用“仅更新”或“新增或更新” / already exists");
        }
        orders.update(request);
        return RowResult.of(RowOutcome.UPDATED);
    }

    private static CreateOrderRequest request(ImportRecord record, CellValues cells) {
        ImportRecord.Row first = record.rows().get(0);
        Integer quantity = cells.integer(first, "quantity");
        return new CreateOrderRequest(first.value("orderNo"), first.value("customer"), first.value("style"),
                first.value("productType"), quantity, cells.date(first, "dueDate"), first.value("factoryCode"),
                first.value("merchandiser"), first.value("businessOwner"), null);
    }
}

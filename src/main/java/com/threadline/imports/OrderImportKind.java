package com.threadline.imports;

import com.threadline.order.CreateOrderRequest;
import com.threadline.order.OrderRepository;
import com.threadline.order.OrderService;
import com.threadline.order.SizeLineRequest;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            return RowResult.failed(onColumns(problems, record));
        }
        try {
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
        } catch (InvalidRequestException refused) {
            throw new InvalidRequestException(refused.getProblems().stream()
                    .map(problem -> new RowResult.Problem(problem.field(), problem.reason()))
                    .map(problem -> onColumn(problem, record))
                    .map(problem -> new FieldProblem(problem.field(), problem.reason())).toList());
        }
    }

    /** The order read from the record's rows; with colour/size columns, one size line per row. */
    private static CreateOrderRequest request(ImportRecord record, CellValues cells) {
        ImportRecord.Row first = record.rows().get(0);
        List<SizeLineRequest> lines = null;
        if (record.rows().stream().anyMatch(row -> row.value("colour") != null || row.value("size") != null
                || row.value("lineQuantity") != null)) {
            lines = record.rows().stream().map(row -> new SizeLineRequest(row.value("colour"), row.value("size"),
                    cells.integer(row, "lineQuantity"))).toList();
        }
        Integer quantity = cells.integer(first, "quantity");
        if (quantity == null && first.value("quantity") == null && lines != null
                && lines.stream().allMatch(line -> line.quantity() != null)) {
            quantity = lines.stream().mapToInt(SizeLineRequest::quantity).sum();
        }
        return new CreateOrderRequest(first.value("orderNo"), first.value("customer"), first.value("style"),
                first.value("productType"), quantity, cells.date(first, "dueDate"), first.value("factoryCode"),
                first.value("merchandiser"), first.value("businessOwner"), null, lines);
    }

    private static List<RowResult.Problem> onColumns(List<RowResult.Problem> problems, ImportRecord record) {
        return problems.stream().map(problem -> onColumn(problem, record)).toList();
    }

    /**
     * A size line's problem ({@code sizeLines[2].quantity}) on the column of the row it came from, naming that
     * row's line; a problem with the lines' sum on the quantity.
     */
    private static RowResult.Problem onColumn(RowResult.Problem problem, ImportRecord record) {
        Matcher line = SIZE_LINE_FIELD.matcher(problem.field() == null ? "" : problem.field());
        if (line.matches()) {
            int index = Integer.parseInt(line.group(1));
            String field = line.group(2) == null ? "colour" : switch (line.group(2)) {
                case "quantity" -> "lineQuantity";
                default -> line.group(2);
            };
            int fileLine = index < record.rows().size() ? record.rows().get(index).line() : record.line();
            return new RowResult.Problem(field, "第 " + fileLine + " 行：" + problem.reason());
        }
        return "sizeLines".equals(problem.field()) ? new RowResult.Problem("quantity", problem.reason()) : problem;
    }

    private static final Pattern SIZE_LINE_FIELD = Pattern.compile("sizeLines\\[(\\d+)\\](?:\\.(\\w+))?");
}

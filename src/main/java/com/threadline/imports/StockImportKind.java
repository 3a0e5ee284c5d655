package com.threadline.imports;

import com.threadline.stock.StockItem;
import com.threadline.stock.StockOnHand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The stock on hand by material, as a stocktake or the warehouse's system lists it. */
@Component
class StockImportKind implements ImportKind {

    static final String CODE = "stock";

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("material", "物料", "Material", "与订单面辅料行的“物料”一致，不分大小写"),
            ImportColumn.required("quantity", "库存量", "Quantity", "数字，不能为负"),
            ImportColumn.optional("unit", "单位", "Unit", "如 m、pcs；与订单行的单位一致时才核对"));

    private final StockOnHand stock;

    StockImportKind(StockOnHand stock) {
        this.stock = stock;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "库存";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String keyField() {
        return "material";
    }

    @Override
    public RowResult apply(ImportRecord record, ImportMode mode) {
        ImportRecord.Row row = record.rows().get(0);
        CellValues cells = new CellValues();
        String material = row.value("material");
        BigDecimal quantity = cells.decimal(row, "quantity");
        String unit = row.value("unit");
        if (material != null && material.length() > 128) {
            cells.problem("material", "最长 128 字 / at most 128 characters");
        }
        if (quantity == null && cells.ok()) {
            cells.problem("quantity", "必填 / required");
        } else if (quantity != null && (quantity.signum() < 0 || quantity.precision() - quantity.scale() > 13)) {
            cells.problem("quantity", "须为 0 到 10 万亿之间的数 / must be between 0 and 10^13");
        }
        if (unit != null && unit.length() > 16) {
            cells.problem("unit", "最长 16 字 / at most 16 characters");
        }
        if (!cells.ok()) {
            return RowResult.failed(cells.problems());
        }
        Optional<StockItem> existing = stock.find(material);
        if (existing.isEmpty() && mode == ImportMode.UPDATE) {
            return RowResult.failed("material", "没有这个物料，仅更新模式不会新建 / no such material to update");
        }
        if (existing.isPresent()) {
            StockItem item = existing.get();
            if (item.getQuantity().compareTo(quantity) == 0 && Objects.equals(item.getUnit(), unit)) {
                return RowResult.of(RowOutcome.UNCHANGED);
            }
            if (mode == ImportMode.INSERT) {
                return RowResult.failed("material", "物料已有不同的库存；要改请用“仅更新”或“新增或更新” / already exists");
            }
        }
        stock.count(material, quantity, unit);
        return RowResult.of(existing.isEmpty() ? RowOutcome.INSERTED : RowOutcome.UPDATED);
    }
}

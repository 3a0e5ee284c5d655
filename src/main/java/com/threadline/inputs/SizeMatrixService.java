package com.threadline.inputs;

import com.threadline.order.Order;
import com.threadline.order.SizeCell;
import com.threadline.order.SizeLine;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's colour × size matrix: per cell what was ordered and what the factory's reports say was cut, sewn and
 * packed so far. Reports given as a total only count in {@code stageTotals}, not in any cell.
 */
@Service
public class SizeMatrixService {

    private final OrderInputs inputs;
    private final ProductionOutputRepository outputs;
    private final ProductionOutputSizeRepository sizes;

    SizeMatrixService(OrderInputs inputs, ProductionOutputRepository outputs, ProductionOutputSizeRepository sizes) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.sizes = sizes;
    }

    @Transactional(readOnly = true)
    public SizeMatrix of(String orderNo) {
        Order order = inputs.order(orderNo);
        Map<String, Map<ProductionStage, Long>> made = new HashMap<>();
        for (var cell : sizes.sumByOrderId(order.getId())) {
            made.computeIfAbsent(SizeCell.key(cell.getColour(), cell.getSize()), key -> new EnumMap<>(ProductionStage.class))
                    .merge(cell.getStage(), cell.getQuantity(), Long::sum);
        }
        List<SizeLine> lines = order.getSizeLines();
        List<String> colours = List.copyOf(lines.stream().map(SizeLine::getColour)
                .collect(LinkedHashSet<String>::new, LinkedHashSet::add, LinkedHashSet::addAll));
        List<String> sizeOrder = lines.stream().map(SizeLine::getSize).distinct().sorted(SizeCell.SIZE_ORDER).toList();
        List<Cell> cells = lines.stream().map(line -> {
            Map<ProductionStage, Long> stages = made.getOrDefault(SizeCell.key(line.getColour(), line.getSize()), Map.of());
            return new Cell(line.getColour(), line.getSize(), line.getQuantity(),
                    stages.getOrDefault(ProductionStage.CUTTING, 0L), stages.getOrDefault(ProductionStage.SEWING, 0L),
                    stages.getOrDefault(ProductionStage.PACKING, 0L));
        }).toList();
        Map<ProductionStage, Long> stageTotals = new EnumMap<>(ProductionStage.class);
        for (ProductionStage stage : ProductionStage.values()) {
            stageTotals.put(stage, 0L);
        }
        outputs.findByOrderId(order.getId()).forEach(o -> stageTotals.merge(o.getStage(), (long) o.getQuantity(), Long::sum));
        return new SizeMatrix(order.getOrderNo(), order.getQuantity(), colours, sizeOrder, cells, stageTotals);
    }

    /**
     * {@code colours} in entry order, {@code sizes} in their natural order; {@code stageTotals}: each stage's
     * output from every report, split or not (what the monitors read).
     */
    public record SizeMatrix(String orderNo, int quantity, List<String> colours, List<String> sizes, List<Cell> cells,
            Map<ProductionStage, Long> stageTotals) {
    }

    public record Cell(String colour, String size, int ordered, long cut, long sewn, long packed) {
    }
}

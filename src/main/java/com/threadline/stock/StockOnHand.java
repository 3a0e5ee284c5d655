package com.threadline.stock;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stock on hand per material, as the desk (or an upload) counts it. */
@Service
public class StockOnHand {

    private final StockItemRepository items;
    private final Clock clock;

    StockOnHand(StockItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StockItem> list() {
        return items.listed();
    }

    public Optional<StockItem> find(String material) {
        return items.findByMaterial(material.strip());
    }

    /** Sets the material's count, adding the material the first time it is named. */
    @Transactional
    public StockItem count(String material, BigDecimal quantity, String unit) {
        String name = material.strip();
        String cleanUnit = unit == null || unit.isBlank() ? null : unit.strip();
        StockItem item = items.findByMaterial(name).orElse(null);
        if (item == null) {
            return items.save(new StockItem(name, quantity, cleanUnit, clock.instant()));
        }
        item.count(quantity, cleanUnit, clock.instant());
        return item;
    }
}

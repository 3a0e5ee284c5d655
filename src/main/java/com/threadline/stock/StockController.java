package com.threadline.stock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stock on hand per material, counted on the desk's stock page. */
@RestController
@RequestMapping("/api/stock")
class StockController {

    private final StockOnHand stock;

    StockController(StockOnHand stock) {
        this.stock = stock;
    }

    @GetMapping
    List<StockView> list() {
        return stock.list().stream().map(StockView::of).toList();
    }

    /** Sets one material's count (added the first time it is named). */
    @PutMapping
    StockView count(@Valid @RequestBody StockCount body) {
        return StockView.of(stock.count(body.material(), body.quantity(), body.unit()));
    }

    record StockCount(@NotBlank @Size(max = 128) String material,
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal quantity,
            @Size(max = 16) String unit) {
    }

    record StockView(Long id, String material, BigDecimal quantity, String unit, Instant updatedAt) {
        static StockView of(StockItem item) {
            return new StockView(item.getId(), item.getMaterial(), item.getQuantity(), item.getUnit(),
                    item.getUpdatedAt());
        }
    }
}

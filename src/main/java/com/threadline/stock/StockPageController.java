package com.threadline.stock;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's stock page: the stock on hand per material, counted here or imported. */
@Controller
class StockPageController {

    private final StockOnHand stock;

    StockPageController(StockOnHand stock) {
        this.stock = stock;
    }

    @GetMapping("/stock")
    @Transactional(readOnly = true)
    String page(Model model) {
        model.addAttribute("items", stock.list());
        return "stock";
    }
}

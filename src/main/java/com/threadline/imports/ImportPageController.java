package com.threadline.imports;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's import page for orders: template, upload, mapping, progress and the user's own history. */
@Controller
class ImportPageController {

    @GetMapping("/orders/import")
    String orders() {
        return "order-import";
    }
}

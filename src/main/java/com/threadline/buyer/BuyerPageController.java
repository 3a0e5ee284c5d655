package com.threadline.buyer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The buyer page itself is static: its script asks the API and picks English or Chinese. */
@Controller
class BuyerPageController {

    @GetMapping("/buyer")
    String page() {
        return "forward:/buyer/index.html";
    }
}

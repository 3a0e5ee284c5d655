package com.threadline.desk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The icon browsers ask for on their own ({@code /favicon.ico}, for pages without a link to one such as a review
 * report or a JSON answer): ours, the same SVG every page links to.
 */
@Controller
class FaviconController {

    @GetMapping("/favicon.ico")
    String favicon() {
        return "forward:/img/favicon.svg";
    }
}

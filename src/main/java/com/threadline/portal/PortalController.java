package com.threadline.portal;

import com.threadline.portal.PortalViews.NextMilestones;
import com.threadline.portal.PortalViews.StockingView;
import com.threadline.portal.PortalViews.SupplierLine;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The small reads and the one input the factory and supplier phone pages need beyond the order API. */
@RestController
@RequestMapping("/api")
class PortalController {

    private final PortalService service;

    PortalController(PortalService service) {
        this.service = service;
    }

    @GetMapping("/factories/{code}/next-milestones")
    List<NextMilestones> nextMilestones(@PathVariable String code, @RequestParam(defaultValue = "2") int count) {
        return service.nextMilestones(code, Math.max(1, Math.min(count, 10)));
    }

    @GetMapping("/suppliers/{code}/material-lines")
    List<SupplierLine> materialLines(@PathVariable String code) {
        return service.openLines(code);
    }

    @PostMapping("/orders/{orderNo}/materials/{lineNo}/stocking")
    @ResponseStatus(HttpStatus.CREATED)
    StockingView reportStocking(@PathVariable String orderNo, @PathVariable int lineNo,
            @Valid @RequestBody StockingInput body) {
        return service.reportStocking(orderNo, lineNo, body);
    }
}

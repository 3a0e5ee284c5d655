package com.threadline.portal;

import com.threadline.access.PartyCodes;
import com.threadline.access.SignedInUser;
import com.threadline.web.NotFoundException;
import com.threadline.portal.PortalViews.NextMilestones;
import com.threadline.portal.PortalViews.StockingView;
import com.threadline.portal.PortalViews.SupplierLine;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    private final PartyCodes parties;

    PortalController(PortalService service, PartyCodes parties) {
        this.service = service;
        this.parties = parties;
    }

    /** A factory's people see their own factory's list only; another factory's code is not found. */
    @GetMapping("/factories/{code}/next-milestones")
    List<NextMilestones> nextMilestones(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
            @RequestParam(defaultValue = "2") int count) {
        if (user.factoryId() != null && !code.equals(parties.factoryOf(user))) {
            throw new NotFoundException("No factory " + code);
        }
        return service.nextMilestones(code, Math.max(1, Math.min(count, 10)));
    }

    /** A supplier's people see their own lines only; another supplier's code is not found. */
    @GetMapping("/suppliers/{code}/material-lines")
    List<SupplierLine> materialLines(@AuthenticationPrincipal SignedInUser user, @PathVariable String code) {
        if (user.supplierId() != null && !code.equals(parties.supplierOf(user))) {
            throw new NotFoundException("No supplier " + code);
        }
        return service.openLines(code);
    }

    @PostMapping("/orders/{orderNo}/materials/{lineNo}/stocking")
    @ResponseStatus(HttpStatus.CREATED)
    StockingView reportStocking(@PathVariable String orderNo, @PathVariable int lineNo,
            @Valid @RequestBody StockingInput body) {
        return service.reportStocking(orderNo, lineNo, body);
    }
}

package com.threadline.inputs;

import com.threadline.inputs.InputViews.CapacityView;
import com.threadline.inputs.InputViews.LogisticsEventView;
import com.threadline.inputs.InputViews.MaterialEventView;
import com.threadline.inputs.InputViews.MaterialStatus;
import com.threadline.inputs.InputViews.OutputView;
import com.threadline.inputs.InputViews.TechPackVersionView;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The inputs the exception monitors read: factory output and capacity, materials, logistics, tech packs. */
@RestController
@RequestMapping("/api/orders/{orderNo}")
class OrderInputController {

    private final ProductionOutputService output;
    private final CapacityPlanService capacity;
    private final MaterialInputService materials;
    private final LogisticsEventService logistics;
    private final TechPackVersionService techPacks;
    private final SizeMatrixService sizes;

    OrderInputController(ProductionOutputService output, CapacityPlanService capacity,
            MaterialInputService materials, LogisticsEventService logistics, TechPackVersionService techPacks,
            SizeMatrixService sizes) {
        this.output = output;
        this.sizes = sizes;
        this.capacity = capacity;
        this.materials = materials;
        this.logistics = logistics;
        this.techPacks = techPacks;
    }

    /** 201 for a new day and stage, 200 when it corrected an earlier report. */
    @PostMapping("/output")
    ResponseEntity<OutputView> reportOutput(@PathVariable String orderNo, @Valid @RequestBody OutputReport body) {
        return respond(output.report(orderNo, body));
    }

    @GetMapping("/output")
    List<OutputView> outputs(@PathVariable String orderNo) {
        return output.outputs(orderNo);
    }

    /** Ordered, cut, sewn and packed per colour and size. */
    @GetMapping("/sizes")
    SizeMatrixService.SizeMatrix sizes(@PathVariable String orderNo) {
        return sizes.of(orderNo);
    }

    /** 201 for the stage's first plan, 200 when it replaced one. */
    @PutMapping("/capacity")
    ResponseEntity<CapacityView> planCapacity(@PathVariable String orderNo,
            @Valid @RequestBody CapacityPlanRequest body) {
        return respond(capacity.plan(orderNo, body));
    }

    @GetMapping("/capacity")
    List<CapacityView> capacityPlans(@PathVariable String orderNo) {
        return capacity.plans(orderNo);
    }

    @PostMapping("/materials/{lineNo}/shipment")
    MaterialStatus reportShipment(@PathVariable String orderNo, @PathVariable int lineNo,
            @Valid @RequestBody ShipmentReport body) {
        return materials.shipped(orderNo, lineNo, body);
    }

    @PostMapping("/materials/{lineNo}/arrival")
    MaterialStatus reportArrival(@PathVariable String orderNo, @PathVariable int lineNo,
            @Valid @RequestBody ArrivalReport body) {
        return materials.arrived(orderNo, lineNo, body);
    }

    @GetMapping("/materials/{lineNo}/events")
    List<MaterialEventView> materialEvents(@PathVariable String orderNo, @PathVariable int lineNo) {
        return materials.events(orderNo, lineNo);
    }

    @PostMapping("/logistics")
    @ResponseStatus(HttpStatus.CREATED)
    LogisticsEventView reportLogistics(@PathVariable String orderNo, @Valid @RequestBody LogisticsReport body) {
        return logistics.report(orderNo, body);
    }

    @GetMapping("/logistics")
    List<LogisticsEventView> logisticsEvents(@PathVariable String orderNo) {
        return logistics.events(orderNo);
    }

    @PostMapping("/tech-pack-versions")
    @ResponseStatus(HttpStatus.CREATED)
    TechPackVersionView recordTechPackVersion(@PathVariable String orderNo, @Valid @RequestBody TechPackChange body) {
        return techPacks.record(orderNo, body);
    }

    @GetMapping("/tech-pack-versions")
    List<TechPackVersionView> techPackVersions(@PathVariable String orderNo) {
        return techPacks.versions(orderNo);
    }

    private static <T> ResponseEntity<T> respond(Accepted<T> accepted) {
        return ResponseEntity.status(accepted.isNew() ? HttpStatus.CREATED : HttpStatus.OK).body(accepted.input());
    }
}

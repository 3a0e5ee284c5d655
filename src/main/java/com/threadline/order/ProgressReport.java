package com.threadline.order;

import com.threadline.plan.Stage;
import java.util.List;

/**
 * What factories, suppliers and forwarders report. Each is a BPMN message of the lifecycle and marks
 * milestones done: the last one listed is the report's own; those before it are implied by it.
 */
public enum ProgressReport {
    FABRIC_SHIPPED(Stage.MATERIALS, "FabricShipped", "FABRIC_SHIPPED"),
    MATERIALS_IN_HOUSE(Stage.MATERIALS, "MaterialsInHouse", "FABRIC_IN_HOUSE", "TRIMS_IN_HOUSE"),
    CUTTING_DONE(Stage.PRODUCTION, "CuttingDone", "CUTTING_START", "CUTTING_DONE"),
    SEWING_DONE(Stage.PRODUCTION, "SewingDone", "SEWING_START", "SEWING_DONE"),
    PACKING_DONE(Stage.PRODUCTION, "PackingDone", "WASHING", "FINISHING", "PACKING"),
    GOODS_EX_FACTORY(Stage.LOGISTICS, "GoodsExFactory", "EX_FACTORY"),
    SHIPMENT_DEPARTED(Stage.LOGISTICS, "ShipmentDeparted", "CUSTOMS", "ETD"),
    SHIPMENT_ARRIVED(Stage.LOGISTICS, "ShipmentArrived", "ETA"),
    GOODS_DELIVERED(Stage.LOGISTICS, "GoodsDelivered", "DELIVERED");

    private final Stage stage;
    private final String messageName;
    private final List<String> milestones;

    ProgressReport(Stage stage, String messageName, String... milestones) {
        this.stage = stage;
        this.messageName = messageName;
        this.milestones = List.of(milestones);
    }

    public static ProgressReport ofMessage(String messageName) {
        for (ProgressReport report : values()) {
            if (report.messageName.equals(messageName)) {
                return report;
            }
        }
        throw new IllegalArgumentException("No report is sent as message " + messageName);
    }

    /** The stage whose subprocess waits for this report. */
    public Stage stage() {
        return stage;
    }

    public String messageName() {
        return messageName;
    }

    public List<String> milestones() {
        return milestones;
    }

    public String ownMilestone() {
        return milestones.get(milestones.size() - 1);
    }

    public List<String> impliedMilestones() {
        return milestones.subList(0, milestones.size() - 1);
    }
}

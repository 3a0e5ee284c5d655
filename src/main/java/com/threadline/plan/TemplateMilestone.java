package com.threadline.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One milestone of a template: who owns it and how many days before (or after) the due date it falls. */
@Entity
public class TemplateMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int seq;
    private String code;
    private String nameZh;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private String ownerRole;
    private int offsetDays;
    private int minDays;
    private String dependsOn;
    private boolean deliveryMilestone;
    private boolean onFactoryCalendar;

    protected TemplateMilestone() {
    }

    public TemplateMilestone(int seq, String code, Stage stage, String ownerRole, int offsetDays, int minDays,
            String dependsOn, boolean deliveryMilestone) {
        this.seq = seq;
        this.code = code;
        this.nameZh = code;
        this.nameEn = code;
        this.stage = stage;
        this.ownerRole = ownerRole;
        this.offsetDays = offsetDays;
        this.minDays = minDays;
        this.dependsOn = dependsOn;
        this.deliveryMilestone = deliveryMilestone;
    }

    /** A milestone done at the factory, on the factory's calendar. */
    public TemplateMilestone atFactory() {
        this.onFactoryCalendar = true;
        return this;
    }

    public int getSeq() {
        return seq;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Stage getStage() {
        return stage;
    }

    public String getOwnerRole() {
        return ownerRole;
    }

    public int getOffsetDays() {
        return offsetDays;
    }

    /** The fewest days this milestone needs after its predecessors when the plan is compressed. */
    public int getMinDays() {
        return minDays;
    }

    public String getDependsOn() {
        return dependsOn;
    }

    /** Done at the factory (cutting to packing, inspections there, ex-factory): it follows the factory's calendar. */
    public boolean isOnFactoryCalendar() {
        return onFactoryCalendar;
    }

    public boolean isDeliveryMilestone() {
        return deliveryMilestone;
    }
}

package com.threadline.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/** A T&A calendar for one product type and lead-time band; its milestones are data, not code. */
@Entity
public class MilestoneTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String productType;
    private int minLeadDays;
    private int maxLeadDays;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "template_id", nullable = false)
    @OrderBy("seq")
    private List<TemplateMilestone> milestones = new ArrayList<>();

    protected MilestoneTemplate() {
    }

    public MilestoneTemplate(String code, String productType, int minLeadDays, int maxLeadDays,
            List<TemplateMilestone> milestones) {
        this.code = code;
        this.name = code;
        this.productType = productType;
        this.minLeadDays = minLeadDays;
        this.maxLeadDays = maxLeadDays;
        this.milestones = new ArrayList<>(milestones);
    }

    public boolean fits(String productType, long leadDays) {
        return this.productType.equals(productType) && leadDays >= minLeadDays && leadDays <= maxLeadDays;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getProductType() {
        return productType;
    }

    public int getMinLeadDays() {
        return minLeadDays;
    }

    public int getMaxLeadDays() {
        return maxLeadDays;
    }

    public List<TemplateMilestone> getMilestones() {
        return milestones;
    }
}

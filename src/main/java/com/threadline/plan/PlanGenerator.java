package com.threadline.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Makes an order's T&A plan: picks the template by product type and lead time, schedules backwards. */
@Component
public class PlanGenerator {

    private final MilestoneTemplateRepository templates;
    private final PlanForecaster forecaster;

    PlanGenerator(MilestoneTemplateRepository templates, PlanForecaster forecaster) {
        this.templates = templates;
        this.forecaster = forecaster;
    }

    /** Empty when no template exists for the product type. */
    public Optional<Plan> generate(String productType, LocalDate orderDate, LocalDate dueDate) {
        long leadDays = ChronoUnit.DAYS.between(orderDate, dueDate);
        return choose(templates.findByProductType(productType), productType, leadDays)
                .map(template -> {
                    List<Milestone> milestones = schedule(template, dueDate);
                    forecaster.reforecast(milestones, orderDate);
                    return new Plan(template.getCode(), milestones);
                });
    }

    public List<String> productTypes() {
        return templates.findProductTypes();
    }

    static Optional<MilestoneTemplate> choose(List<MilestoneTemplate> candidates, String productType, long leadDays) {
        return candidates.stream()
                .filter(t -> t.fits(productType, leadDays))
                .findFirst()
                .or(() -> candidates.stream().min(Comparator.comparingInt(MilestoneTemplate::getMinLeadDays)));
    }

    static List<Milestone> schedule(MilestoneTemplate template, LocalDate dueDate) {
        return template.getMilestones().stream()
                .map(m -> new Milestone(m, dueDate.plusDays(m.getOffsetDays())))
                .toList();
    }

    public record Plan(String templateCode, List<Milestone> milestones) {
    }
}

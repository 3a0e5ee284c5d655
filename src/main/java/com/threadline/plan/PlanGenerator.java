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

    /**
     * Empty when no template exists for the product type. A template longer than the lead time is compressed to
     * fit ({@link LeadTimeFit}); when it cannot fit, the plan says so and when it could.
     */
    public Optional<Plan> generate(String productType, LocalDate orderDate, LocalDate dueDate, PlanCalendar calendar) {
        long leadDays = ChronoUnit.DAYS.between(orderDate, dueDate);
        return choose(templates.findByProductType(productType), productType, leadDays)
                .map(template -> {
                    LeadTimeFit.Result fit = LeadTimeFit.fit(template, orderDate, dueDate, calendar);
                    List<Milestone> milestones = template.getMilestones().stream()
                            .map(m -> new Milestone(m, fit.plannedDates().get(m.getCode())))
                            .toList();
                    forecaster.reforecast(milestones, orderDate, calendar);
                    return new Plan(template.getCode(), milestones, fit.percent(), fit.earliestDue());
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

    /**
     * @param keptPercent how much of the template's gaps before delivery the plan keeps (100: as written)
     * @param earliestDue null when the plan fits the lead time; else the earliest due date its shortest form fits
     */
    public record Plan(String templateCode, List<Milestone> milestones, int keptPercent, LocalDate earliestDue) {

        public boolean fits() {
            return earliestDue == null;
        }
    }
}

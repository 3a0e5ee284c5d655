package com.threadline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanGeneratorTest {

    private static final List<MilestoneTemplate> TEMPLATES = List.of(
            new MilestoneTemplate("WOVEN_EXPRESS", "WOVEN", 0, 59, List.of()),
            new MilestoneTemplate("WOVEN_STANDARD", "WOVEN", 60, 3650, List.of()),
            new MilestoneTemplate("KNIT_STANDARD", "KNIT", 60, 3650, List.of()));

    @ParameterizedTest(name = "{0} due in {1} days -> {2}")
    @CsvSource({
            "WOVEN, 1, WOVEN_EXPRESS",
            "WOVEN, 59, WOVEN_EXPRESS",
            "WOVEN, 60, WOVEN_STANDARD",
            "WOVEN, 365, WOVEN_STANDARD",
            "KNIT, 90, KNIT_STANDARD",
            "KNIT, 30, KNIT_STANDARD"})
    void theTemplateIsChosenByProductTypeAndLeadTime(String productType, long leadDays, String expected) {
        List<MilestoneTemplate> candidates = TEMPLATES.stream()
                .filter(t -> t.getProductType().equals(productType)).toList();

        assertThat(PlanGenerator.choose(candidates, productType, leadDays))
                .map(MilestoneTemplate::getCode).contains(expected);
    }

    /** START(-30) -> MIDDLE(-20, at least 4 days) -> SHIP(0, delivery, at least 2 days) -> ARRIVE(+20). */
    private static final MilestoneTemplate EXPRESS = new MilestoneTemplate("E", "WOVEN", 0, 59, List.of(
            new TemplateMilestone(1, "START", Stage.DESIGN, "merchandiser", -30, 0, null, false),
            new TemplateMilestone(2, "MIDDLE", Stage.PRODUCTION, "planner", -20, 4, "START", false),
            new TemplateMilestone(3, "SHIP", Stage.LOGISTICS, "merchandiser", 0, 2, "MIDDLE", true),
            new TemplateMilestone(4, "ARRIVE", Stage.LOGISTICS, "merchandiser", 20, 1, "SHIP", false)));
    private static final LocalDate ORDERED = LocalDate.of(2027, 3, 1);

    @Test
    void aTemplateThatFitsTheLeadTimeIsKeptAsWritten() {
        LeadTimeFit.Result fit = LeadTimeFit.fit(EXPRESS, ORDERED, ORDERED.plusDays(31), PlanCalendar.NONE);

        assertThat(fit.fits()).isTrue();
        assertThat(fit.compressed()).isFalse();
        assertThat(fit.plannedDates()).containsEntry("START", ORDERED.plusDays(1)).containsEntry("MIDDLE",
                ORDERED.plusDays(11));
    }

    @Test
    void aTemplateLongerThanTheLeadTimeIsCompressedByTheLeastThatFits() {
        LocalDate due = ORDERED.plusDays(15);

        LeadTimeFit.Result fit = LeadTimeFit.fit(EXPRESS, ORDERED, due, PlanCalendar.NONE);

        assertThat(fit.fits()).isTrue();
        assertThat(fit.percent()).as("52 percent keeps 5 + 10 days; 53 would need 5 + 11").isEqualTo(52);
        assertThat(fit.plannedDates()).containsEntry("START", ORDERED).containsEntry("MIDDLE", ORDERED.plusDays(5))
                .containsEntry("SHIP", due).containsEntry("ARRIVE", due.plusDays(20));
    }

    @Test
    void compressionStopsAtEachMilestonesMinimum() {
        LeadTimeFit.Result fit = LeadTimeFit.fit(EXPRESS, ORDERED, ORDERED.plusDays(6), PlanCalendar.NONE);

        assertThat(fit.fits()).isTrue();
        assertThat(fit.plannedDates()).containsEntry("START", ORDERED).containsEntry("MIDDLE", ORDERED.plusDays(4))
                .containsEntry("SHIP", ORDERED.plusDays(6));
    }

    @Test
    void aTemplateThatCannotFitSaysWhenItWould() {
        LeadTimeFit.Result fit = LeadTimeFit.fit(EXPRESS, ORDERED, ORDERED.plusDays(5), PlanCalendar.NONE);

        assertThat(fit.fits()).isFalse();
        assertThat(fit.earliestDue()).isEqualTo(ORDERED.plusDays(6));
    }

    @Test
    void anUnknownProductTypeHasNoTemplate() {
        assertThat(PlanGenerator.choose(List.of(), "SILK", 90)).isEmpty();
    }
}

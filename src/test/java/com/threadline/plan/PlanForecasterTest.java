package com.threadline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanForecasterTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);
    private static final LocalDate LONG_BEFORE = LocalDate.of(2026, 12, 1);

    /**
     * BOOKED(-60) -> SHIPPED(-40) -> IN_HOUSE(-35) -> SEWN(-10) -> EX_FACTORY(0, delivery) <- SAMPLE(-30);
     * IN_HOUSE, SEWN and EX_FACTORY happen at the factory.
     */
    private static MilestoneTemplate template() {
        return new MilestoneTemplate("T", "WOVEN", 0, 999, List.of(
                new TemplateMilestone(1, "BOOKED", Stage.MATERIALS, "purchaser", -60, 1, null, false),
                new TemplateMilestone(2, "SHIPPED", Stage.MATERIALS, "purchaser", -40, 1, "BOOKED", false),
                new TemplateMilestone(3, "IN_HOUSE", Stage.MATERIALS, "purchaser", -35, 1, "SHIPPED", false).atFactory(),
                new TemplateMilestone(4, "SAMPLE", Stage.DESIGN, "merchandiser", -30, 1, null, false),
                new TemplateMilestone(5, "SEWN", Stage.PRODUCTION, "planner", -10, 1, "IN_HOUSE", false).atFactory(),
                new TemplateMilestone(6, "EX_FACTORY", Stage.LOGISTICS, "merchandiser", 0, 1, "SEWN,SAMPLE", true)
                        .atFactory()));
    }

    private final PlanForecaster forecaster = new PlanForecaster();
    private List<Milestone> plan;
    private Map<String, Milestone> byCode;

    @BeforeEach
    void schedule() {
        MilestoneTemplate template = template();
        Map<String, LocalDate> dates = LeadTimeFit.schedule(template, DUE, 100, PlanCalendar.NONE);
        plan = template.getMilestones().stream().map(m -> new Milestone(m, dates.get(m.getCode()))).toList();
        byCode = plan.stream().collect(Collectors.toMap(Milestone::getCode, Function.identity()));
        forecaster.reforecast(plan, LONG_BEFORE, PlanCalendar.NONE);
    }

    @Test
    void plannedDatesAreScheduledBackwardsFromTheDueDate() {
        assertThat(byCode.get("BOOKED").getPlannedDate()).isEqualTo(DUE.minusDays(60));
        assertThat(byCode.get("SEWN").getPlannedDate()).isEqualTo(DUE.minusDays(10));
        assertThat(byCode.get("EX_FACTORY").getPlannedDate()).isEqualTo(DUE);
        assertThat(plan).allSatisfy(m -> assertThat(m.getForecastDate()).isEqualTo(m.getPlannedDate()));
        assertThat(forecaster.deliveryForecast(plan)).contains(DUE);
    }

    @Test
    void aLateActualPushesEveryDownstreamMilestoneAndTheDelivery() {
        LocalDate today = DUE.minusDays(30);
        byCode.get("SHIPPED").recordActual(DUE.minusDays(33));

        forecaster.reforecast(plan, today, PlanCalendar.NONE);

        assertThat(byCode.get("SHIPPED").getForecastDate()).isEqualTo(DUE.minusDays(33));
        assertThat(byCode.get("IN_HOUSE").getForecastDate()).isEqualTo(DUE.minusDays(28));
        assertThat(byCode.get("SEWN").getForecastDate()).isEqualTo(DUE.minusDays(3));
        assertThat(byCode.get("EX_FACTORY").getForecastDate()).isEqualTo(DUE.plusDays(7));
        assertThat(byCode.get("SAMPLE").getForecastDate()).isEqualTo(DUE.minusDays(30));
    }

    @Test
    void finishingEarlyKeepsDownstreamOnPlanAndRecoversAnEarlierSlip() {
        byCode.get("SHIPPED").expectOn(DUE.minusDays(30), "dye lot rejected");
        forecaster.reforecast(plan, LONG_BEFORE, PlanCalendar.NONE);
        assertThat(byCode.get("EX_FACTORY").getForecastDate()).isEqualTo(DUE.plusDays(10));

        byCode.get("SHIPPED").recordActual(DUE.minusDays(45));
        forecaster.reforecast(plan, DUE.minusDays(44), PlanCalendar.NONE);

        assertThat(byCode.get("SHIPPED").getForecastDate()).isEqualTo(DUE.minusDays(45));
        assertThat(byCode.get("IN_HOUSE").getForecastDate()).isEqualTo(DUE.minusDays(35));
        assertThat(byCode.get("EX_FACTORY").getForecastDate()).isEqualTo(DUE);
        assertThat(byCode.get("SHIPPED").getExpectedDate()).isNull();
    }

    @Test
    void anExpectedSlipMovesTheMilestoneAndItsSuccessorsButNotItsPredecessors() {
        byCode.get("IN_HOUSE").expectOn(DUE.minusDays(31), "vessel delayed");

        forecaster.reforecast(plan, LONG_BEFORE, PlanCalendar.NONE);

        assertThat(byCode.get("SHIPPED").getForecastDate()).isEqualTo(DUE.minusDays(40));
        assertThat(byCode.get("IN_HOUSE").getForecastDate()).isEqualTo(DUE.minusDays(31));
        assertThat(byCode.get("SEWN").getForecastDate()).isEqualTo(DUE.minusDays(6));
        assertThat(forecaster.deliveryForecast(plan)).contains(DUE.plusDays(4));
    }

    @Test
    void anOpenMilestoneIsNeverForecastInThePast() {
        LocalDate today = DUE.minusDays(50);

        forecaster.reforecast(plan, today, PlanCalendar.NONE);

        assertThat(byCode.get("BOOKED").getForecastDate()).isEqualTo(today);
        assertThat(byCode.get("SHIPPED").getForecastDate()).isEqualTo(today.plusDays(20));
        assertThat(byCode.get("EX_FACTORY").getForecastDate()).isEqualTo(DUE.plusDays(10));
    }

    @Test
    void theLatestOfSeveralPredecessorsDecides() {
        byCode.get("SAMPLE").expectOn(DUE.minusDays(2), "fit sample remade");
        byCode.get("IN_HOUSE").expectOn(DUE.minusDays(33), "short shipment");

        forecaster.reforecast(plan, LONG_BEFORE, PlanCalendar.NONE);

        assertThat(byCode.get("SEWN").getForecastDate()).isEqualTo(DUE.minusDays(8));
        assertThat(byCode.get("EX_FACTORY").getForecastDate()).isEqualTo(DUE.plusDays(28));
    }

    @Test
    void aDoneMilestoneIsForecastOnItsActualDateEvenWhenUpstreamSlips() {
        byCode.get("SEWN").recordActual(DUE.minusDays(12));
        byCode.get("IN_HOUSE").expectOn(DUE.minusDays(20), "late report");

        forecaster.reforecast(plan, LONG_BEFORE, PlanCalendar.NONE);

        assertThat(byCode.get("SEWN").getForecastDate()).isEqualTo(DUE.minusDays(12));
        assertThat(byCode.get("EX_FACTORY").getForecastDate()).isEqualTo(DUE);
    }

    @Test
    void theStageIsWhereThePlanHasGotNotWhereItsFirstGapIs() {
        assertThat(forecaster.stageReached(plan)).as("nothing done: the first milestone's").isEqualTo(Stage.MATERIALS);

        byCode.get("BOOKED").recordActual(DUE.minusDays(60));
        byCode.get("SHIPPED").recordActual(DUE.minusDays(40));
        byCode.get("IN_HOUSE").recordActual(DUE.minusDays(35));
        assertThat(forecaster.stageReached(plan)).as("the sample is next in plan order").isEqualTo(Stage.DESIGN);

        byCode.get("SEWN").recordActual(DUE.minusDays(10));
        assertThat(forecaster.stageReached(plan)).as("an unrecorded sample behind the furthest done one holds nothing back")
                .isEqualTo(Stage.LOGISTICS);

        byCode.get("EX_FACTORY").recordActual(DUE);
        assertThat(forecaster.stageReached(plan)).as("all done: the last milestone's").isEqualTo(Stage.LOGISTICS);
    }

    /** The factory shuts for the New Year from 10 to 19 March 2027 (10 days); the company works through. */
    private static final PlanCalendar NEW_YEAR_SHUTDOWN = (day, factory) -> factory
            && !day.isBefore(LocalDate.of(2027, 3, 10)) && !day.isAfter(LocalDate.of(2027, 3, 19));

    @Test
    void aPlanAcrossTheNewYearShutdownStartsThatMuchEarlierBeforeTheFactorysWork() {
        Map<String, Milestone> planned = planWith(NEW_YEAR_SHUTDOWN);

        assertThat(planned.get("EX_FACTORY").getPlannedDate()).isEqualTo(DUE);
        assertThat(planned.get("SEWN").getPlannedDate()).isEqualTo(DUE.minusDays(10));
        assertThat(planned.get("IN_HOUSE").getPlannedDate()).as("25 working days before sewing, not 25 days")
                .isEqualTo(LocalDate.of(2027, 2, 14));
        assertThat(planned.get("SHIPPED").getPlannedDate()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(planned.get("SAMPLE").getPlannedDate())
                .as("the 30 days before ex-factory are the factory's work: the sample is due before the shutdown too")
                .isEqualTo(DUE.minusDays(30 + 10));
    }

    @Test
    void aSlipIntoTheShutdownComesOutAfterItAndPushesTheRestByWorkingDays() {
        Map<String, Milestone> planned = planWith(NEW_YEAR_SHUTDOWN);
        List<Milestone> milestones = List.copyOf(planned.values());

        planned.get("IN_HOUSE").expectOn(LocalDate.of(2027, 3, 12), "fabric held at the dye house");
        forecaster.reforecast(milestones, LONG_BEFORE, NEW_YEAR_SHUTDOWN);

        assertThat(planned.get("IN_HOUSE").getForecastDate()).isEqualTo(LocalDate.of(2027, 3, 20));
        assertThat(planned.get("SEWN").getForecastDate()).isEqualTo(LocalDate.of(2027, 4, 14));
        assertThat(forecaster.deliveryForecast(milestones)).contains(LocalDate.of(2027, 4, 24));
    }

    @Test
    void aSlipBeforeTheShutdownIsPushedAcrossIt() {
        Map<String, Milestone> planned = planWith(NEW_YEAR_SHUTDOWN);
        List<Milestone> milestones = List.copyOf(planned.values());

        planned.get("IN_HOUSE").expectOn(LocalDate.of(2027, 3, 5), "short shipment");
        forecaster.reforecast(milestones, LONG_BEFORE, NEW_YEAR_SHUTDOWN);

        assertThat(planned.get("SEWN").getForecastDate()).isEqualTo(LocalDate.of(2027, 4, 9));
        assertThat(forecaster.deliveryForecast(milestones)).contains(LocalDate.of(2027, 4, 19));
    }

    /** A shutdown anywhere, also over a company milestone that a factory milestone waits for, leaves a plan on time. */
    @ParameterizedTest(name = "factory shut {0} to {1}")
    @CsvSource({"2027-01-15, 2027-01-31", "2027-02-01, 2027-02-20", "2027-02-20, 2027-03-05", "2027-03-25, 2027-04-05",
            "2027-03-31, 2027-03-31"})
    void aPlanMadeAroundAShutdownIsForecastOnItsPlannedDates(LocalDate from, LocalDate to) {
        PlanCalendar shutdown = (day, factory) -> factory && !day.isBefore(from) && !day.isAfter(to);

        Map<String, Milestone> planned = planWith(shutdown);

        assertThat(planned.values()).allSatisfy(m -> {
            assertThat(m.getForecastDate()).as(m.getCode()).isEqualTo(m.getPlannedDate());
            assertThat(shutdown.isClosed(m.getPlannedDate(), m.isOnFactoryCalendar())).as(m.getCode()).isFalse();
        });
    }

    private Map<String, Milestone> planWith(PlanCalendar calendar) {
        MilestoneTemplate template = template();
        Map<String, LocalDate> dates = LeadTimeFit.schedule(template, DUE, 100, calendar);
        List<Milestone> milestones = template.getMilestones().stream()
                .map(m -> new Milestone(m, dates.get(m.getCode()))).toList();
        forecaster.reforecast(milestones, LONG_BEFORE, calendar);
        return milestones.stream().collect(Collectors.toMap(Milestone::getCode, Function.identity()));
    }
}

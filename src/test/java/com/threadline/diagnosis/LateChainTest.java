package com.threadline.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.diagnosis.LateChain.Link;
import com.threadline.plan.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The blame on hand-built plans: fabric in-house (pushed by nothing) before the PP meeting, which also waits for
 * trims; cutting, sewing and ex-factory after it. Each plan step is 5 days after the one before it.
 */
class LateChainTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    /** code, name, predecessors, days late (null: open and forecast that late) */
    private record Plan(String code, String name, String after, int late, boolean done) {
    }

    private static List<Step> plan(int fabric, int trims, int meeting, int cutting, int sewing, int exFactory,
            boolean delivered) {
        List<Plan> plans = List.of(new Plan("ORDER_CONFIRMED", "订单确认", "", 0, true),
                new Plan("FABRIC_IN_HOUSE", "面料到厂", "ORDER_CONFIRMED", fabric, true),
                new Plan("TRIMS_IN_HOUSE", "辅料到厂", "ORDER_CONFIRMED", trims, true),
                new Plan("PP_MEETING", "产前会", "FABRIC_IN_HOUSE,TRIMS_IN_HOUSE", meeting, true),
                new Plan("CUTTING_START", "开裁", "PP_MEETING", cutting, true),
                new Plan("SEWING_DONE", "缝制完成", "CUTTING_START", sewing, true),
                new Plan("EX_FACTORY", "出厂", "SEWING_DONE", exFactory, delivered));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            LocalDate planned = START.plusDays(5L * i);
            LocalDate date = planned.plusDays(p.late());
            steps.add(new Step(i + 1, p.code(), p.name(), Stage.PRODUCTION, OrderDiagnosis.codes(p.after()),
                    p.code().equals("EX_FACTORY"), planned, date, p.done() ? date : null, null));
        }
        return steps;
    }

    @Test
    void lateFabricIsTheFirstSlipAndSewingThatLostTwoMoreDaysIsBlamedToo() {
        LateChain chain = LateChain.of(plan(5, 2, 5, 5, 7, 7, false));

        assertThat(chain.late()).isTrue();
        assertThat(chain.links()).extracting(link -> link.step().code()).containsExactly("FABRIC_IN_HOUSE",
                "PP_MEETING", "CUTTING_START", "SEWING_DONE", "EX_FACTORY");
        assertThat(chain.links()).extracting(Link::slipDays).containsExactly(5L, 5L, 5L, 7L, 7L);
        assertThat(chain.links()).extracting(Link::addedDays).containsExactly(5L, 0L, 0L, 2L, 0L);
        assertThat(chain.firstSlip()).map(link -> link.step().code()).hasValue("FABRIC_IN_HOUSE");
        assertThat(chain.blamed()).extracting(link -> link.step().code())
                .containsExactly("FABRIC_IN_HOUSE", "SEWING_DONE");
        assertThat(chain.contains("TRIMS_IN_HOUSE")).as("trims were late too, but less than fabric").isFalse();
    }

    @Test
    void whenTrimsWereLaterThanFabricTheChainRunsThroughTrims() {
        LateChain chain = LateChain.of(plan(3, 6, 6, 6, 6, 6, true));

        assertThat(chain.firstSlip()).map(link -> link.step().code()).hasValue("TRIMS_IN_HOUSE");
        assertThat(chain.blamed()).extracting(link -> link.step().code()).containsExactly("TRIMS_IN_HOUSE");
    }

    @Test
    void aFactoryThatStartsCuttingLateAfterAnOnTimeMeetingIsTheFirstSlip() {
        LateChain chain = LateChain.of(plan(0, 0, 0, 4, 4, 3, true));

        assertThat(chain.links()).extracting(link -> link.step().code())
                .containsExactly("CUTTING_START", "SEWING_DONE", "EX_FACTORY");
        assertThat(chain.links()).extracting(Link::addedDays).containsExactly(4L, 0L, 0L);
    }

    @Test
    void slipsMadeUpBeforeDeliveryBlameNobody() {
        assertThat(LateChain.of(plan(5, 0, 5, 3, 0, 0, true)).late()).isFalse();
        assertThat(LateChain.of(plan(0, 0, 0, 0, 0, -1, true)).links()).isEmpty();
    }

    @Test
    void theSentenceNamesTheSupplierReportBehindTheFirstSlipAndWhatEachLaterStepAdded() {
        List<Step> steps = plan(5, 2, 5, 5, 7, 7, false);
        LateChain chain = LateChain.of(steps);
        List<Report> reports = List.of(
                new Report(Instant.parse("2026-09-03T06:20:00Z"), "REPORT", "王供应", "供应商 绍兴柯桥纺织",
                        "面料（全棉府绸）发货 2026-09-03，预计 2026-09-11 到厂", List.of("FABRIC_")),
                new Report(Instant.parse("2026-09-01T01:00:00Z"), "REPORT", "王供应", "供应商 绍兴柯桥纺织",
                        "面料（全棉府绸）发货 2026-09-01，预计 2026-09-06 到厂", List.of("FABRIC_")),
                new Report(Instant.parse("2026-09-04T01:00:00Z"), "REPORT", "李辅料", "供应商 义乌辅料",
                        "辅料（纽扣）发货", List.of("TRIMS_")));
        SlipCause cause = new SlipCause(texts(), ZoneId.of("Asia/Shanghai"));

        assertThat(cause.sentence(chain, reports)).isEqualTo(
                "面料到厂晚 5 天（供应商 绍兴柯桥纺织 · 王供应 于 2026-09-03 14:20 报告：面料（全棉府绸）发货 2026-09-03，"
                        + "预计 2026-09-11 到厂） → 产前会晚 5 天 → 开裁晚 5 天 → 缝制完成晚 7 天（本步又添 2 天） → 交期晚 7 天");
    }

    @Test
    void withoutAReportTheMaterialLineSaysWhatHappened() {
        List<Report> facts = List.of(new Report(null, "LINE", null, "供应商 常州布业",
                "面料（全棉府绸）PO 交期 2026-09-01，发货 2026-09-04，到厂 2026-09-11", List.of("FABRIC_")));
        SlipCause cause = new SlipCause(texts(), ZoneId.of("Asia/Shanghai"));

        assertThat(cause.sentence(LateChain.of(plan(5, 2, 5, 5, 5, 5, true)), facts)).startsWith(
                "面料到厂晚 5 天（供应商 常州布业：面料（全棉府绸）PO 交期 2026-09-01，发货 2026-09-04，到厂 2026-09-11） → 产前会晚 5 天");
    }

    @Test
    void withoutAReportTheReasonSomeoneGaveWhenMovingTheStepIsTheCause() {
        List<Step> steps = new ArrayList<>(plan(0, 0, 0, 4, 4, 4, true));
        Step cutting = steps.get(4);
        steps.set(4, new Step(cutting.seq(), cutting.code(), cutting.name(), cutting.stage(), cutting.predecessors(),
                false, cutting.planned(), cutting.forecast(), cutting.actual(), "裁床坏了两天"));
        SlipCause cause = new SlipCause(texts(), ZoneId.of("Asia/Shanghai"));

        assertThat(cause.sentence(LateChain.of(steps), List.of()))
                .isEqualTo("开裁晚 4 天（裁床坏了两天） → 缝制完成晚 4 天 → 交期晚 4 天");
        assertThat(cause.sentence(LateChain.of(plan(0, 0, 3, 3, 3, 3, true)), List.of()))
                .isEqualTo("产前会晚 3 天（没有相关的报告或说明） → 开裁晚 3 天 → 缝制完成晚 3 天 → 交期晚 3 天");
    }

    @Test
    void eachStepTookTheDaysFromItsLastPredecessorAgainstThePlannedGap() {
        Map<String, StepDwell> dwell = StepDwell.of(plan(5, 2, 5, 5, 7, 7, false));

        assertThat(dwell).doesNotContainKey("ORDER_CONFIRMED");
        assertThat(dwell.get("FABRIC_IN_HOUSE")).isEqualTo(new StepDwell("FABRIC_IN_HOUSE", 10, 5));
        // the meeting started when trims came (day 12, the later of its two), planned after trims (day 10)
        assertThat(dwell.get("PP_MEETING")).isEqualTo(new StepDwell("PP_MEETING", 20 - 12, 15 - 10));
        assertThat(dwell.get("SEWING_DONE").excessDays()).isEqualTo(2);
        assertThat(StepDwell.finished(plan(5, 2, 5, 5, 7, 7, false))).as("ex-factory is still open")
                .doesNotContainKey("EX_FACTORY").containsKey("SEWING_DONE");
    }

    private static ResourceBundleMessageSource texts() {
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasename("i18n/desk");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        return texts;
    }
}

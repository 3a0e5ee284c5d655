package com.threadline.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The closed exceptions of the demo's history and the alerts they sent, derived from what happened to each
 * {@link PastOrder}: late fabric raises a material delay (against its supplier), a late ex-factory a delivery delay,
 * F-DG's slow sewing a capacity shortfall, a late vessel a logistics deviation, a late cut a production not started.
 * Grades follow the delay (P0 for more than 5 days late at delivery). Exceptions are detected around the clock,
 * mostly in working hours; people confirm within minutes in working hours, later in the evening and at weekends,
 * slowest in sleep hours unless a P0's phone call wakes them; 黄跟单 (merch2) confirms slower than 陈跟单 (merch).
 * Each alert is logged per round, person and channel with its sent and read times, as the delivery log does.
 */
@Component
class DemoHistoryAlerts {

    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, String> IM = Map.of("gm", "WECOM", "merch", "FEISHU");

    static {
        DemoUsers.USERS.forEach(u -> NAMES.put(u[0], u[1]));
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoHistoryAlerts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create(List<PastOrder> past, Random random) {
        List<PastException> exceptions = new ArrayList<>();
        for (PastOrder order : past) {
            findings(order).forEach(e -> {
                e.timeAt(random, clock);
                exceptions.add(e);
            });
        }
        jdbc.batchUpdate("insert into order_exception (order_id, order_no, type, subject, status, priority, stage,"
                + " delay_days, value_share, owner_role, factory_code, supplier_code, title, detail, roles,"
                + " escalation_level, response_due_at, plan_due_at, detected_at, last_seen_at, condition_cleared_at,"
                + " notified_at, confirmed_at, confirmed_by, solution_plan, expected_recovery_date, plan_submitted_at,"
                + " plan_submitted_by, resolved_at, closed_at, closed_by, root_cause, measures, delivery_impact_days,"
                + " at_stake_date, version) values (?, ?, ?, ?, 'CLOSED', ?, ?, ?, 1.0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                exceptions.stream().map(e -> new Object[] {e.order.id, e.order.orderNo, e.type, e.subject, e.priority,
                        e.stage, e.delayDays, e.ownerRole, e.order.factoryCode, e.supplierCode, e.title, e.title,
                        String.join(",", e.roles()), e.escalated() ? 1 : 0, utc(e.responseDue()), utc(e.planDue()),
                        utc(e.detectedAt), utc(e.clearedAt), utc(e.clearedAt), utc(e.detectedAt.plusSeconds(20)),
                        utc(e.confirmedAt), e.responsible(), e.plan(), e.planSubmittedAt == null ? null
                                : e.closeDate, utc(e.planSubmittedAt), e.planSubmittedAt == null ? null : e.responsible(),
                        utc(e.clearedAt), utc(e.closedAt), e.responsible(), e.rootCause, e.measures,
                        e.type.equals("DELIVERY_DELAY") ? e.delayDays : 0, e.atStake}).toList());
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, order_no, type from order_exception where order_no like '" + DemoHistory.ORDER_PREFIX
                + "%'", rs -> {
                    ids.put(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1));
                });
        List<Object[]> events = new ArrayList<>();
        List<Object[]> deliveries = new ArrayList<>();
        for (PastException e : exceptions) {
            long id = ids.get(e.order.orderNo + "|" + e.type);
            events.addAll(e.timeline(id));
            deliveries.addAll(e.deliveries(id, random));
        }
        jdbc.batchUpdate("insert into exception_event (exception_id, at, kind, actor, detail) values (?, ?, ?, ?, ?)",
                events);
        jdbc.batchUpdate("insert into notification_delivery (exception_id, round, recipient, channel, status, attempts,"
                + " provider_message_id, error, first_attempt_at, last_attempt_at, sent_at, read_at, read_via)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", deliveries);
    }

    private static List<PastException> findings(PastOrder o) {
        List<PastException> found = new ArrayList<>();
        int fabricLate = o.slip("FABRIC_IN_HOUSE");
        if (fabricLate >= 2) {
            found.add(new PastException(o, "MATERIAL_DELAY", "LINE-1", fabricLate >= 8 && o.peakSeason ? "P0"
                    : fabricLate >= 6 ? "P1" : "P2", "MATERIALS", fabricLate, "purchaser", o.fabricSupplier,
                    DemoData.FABRIC + " (" + o.fabricSupplier + ") 晚于需求日 " + o.planned.get("FABRIC_IN_HOUSE") + " "
                            + fabricLate + " 天",
                    dayOf(o, "FABRIC_SHIPPED", 0), dayOf(o, "FABRIC_IN_HOUSE", 0), o.planned.get("FABRIC_IN_HOUSE"),
                    "面料厂排产延误，坯布晚出", "催供应商加班染整，分批发货，工厂调整裁床顺序"));
        }
        if (o.cancelled()) {
            return found;
        }
        int late = o.deliveryDelay();
        if (late > 0) {
            LocalDate detected = fabricLate >= 2 ? dayOf(o, "FABRIC_IN_HOUSE", 0) : dayOf(o, "SEWING_DONE", -3);
            found.add(new PastException(o, "DELIVERY_DELAY", "ORDER", late > 5 ? "P0" : late >= 3 ? "P1" : "P2",
                    "PRODUCTION", late, "merchandiser", null,
                    "预计交期晚于交期 " + o.dueDate + " " + late + " 天", detected, dayOf(o, "EX_FACTORY", 0), o.dueDate,
                    fabricLate >= 2 ? "面料晚到，生产整体后移" : "车缝与后整效率不足",
                    "与客户协商分批出货，工厂加班赶货"));
        }
        int sewingLate = o.slip("SEWING_DONE");
        if (o.factoryCode.equals("F-DG") && sewingLate >= 2 || o.peakSeason && sewingLate >= 3) {
            found.add(new PastException(o, "CAPACITY_SHORTFALL", "SEWING", sewingLate >= 3 ? "P2" : "P3",
                    "PRODUCTION", sewingLate, "planner", null, "车缝连续 2 天产量低于计划 15%",
                    dayOf(o, "SEWING_START", 4), dayOf(o, "SEWING_DONE", 0), o.planned.get("SEWING_DONE"),
                    "车缝线人手不足，后整积压", "增开一条车缝线，后整加班"));
        }
        if (o.slip("CUTTING_START") >= 4) {
            found.add(new PastException(o, "PRODUCTION_NOT_STARTED", "CUTTING_START", "P2", "PRODUCTION",
                    o.slip("CUTTING_START"), "planner", null, "计划开裁已过仍未开裁", o.planned.get("CUTTING_START").plusDays(1),
                    dayOf(o, "CUTTING_START", 0), o.planned.get("CUTTING_START"), "等待面料，裁床空档",
                    "面料到厂后优先排裁"));
        }
        int vesselLate = o.slip("ETA") - o.slip("ETD");
        if (vesselLate >= 2) {
            found.add(new PastException(o, "LOGISTICS_DEVIATION", "ETA", "P3", "LOGISTICS", vesselLate,
                    "merchandiser", null, "船期延误，到港晚于计划 " + vesselLate + " 天",
                    o.planned.get("ETA").minusDays(2), dayOf(o, "ETA", 0), o.planned.get("ETA"), "船公司甩柜",
                    "改订下一班船，通知客户"));
        }
        return found;
    }

    private static LocalDate dayOf(PastOrder o, String code, int plusDays) {
        LocalDate actual = o.actual.get(code);
        return (actual != null ? actual : o.planned.get(code)).plusDays(plusDays);
    }

    /** The UTC wall time Hibernate stores instants in ({@code hibernate.jdbc.time_zone: UTC}). */
    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Working (weekdays 9–18), off (evenings, early mornings, weekends) or sleep hours (22–7), in the company zone. */
    enum Hours {
        WORKING(9), OFF(28), SLEEP(70);

        /** Median minutes until someone confirms an alert that reached them in these hours. */
        final int confirmMinutes;

        Hours(int confirmMinutes) {
            this.confirmMinutes = confirmMinutes;
        }

        static Hours of(ZonedDateTime t) {
            int hour = t.getHour();
            if (hour >= 22 || hour < 7) {
                return SLEEP;
            }
            boolean weekend = t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
            return weekend || hour < 9 || hour >= 18 ? OFF : WORKING;
        }
    }

    private static final class PastException {

        final PastOrder order;
        final String type;
        final String subject;
        final String priority;
        final String stage;
        final int delayDays;
        final String ownerRole;
        final String supplierCode;
        final String title;
        final LocalDate detectDate;
        final LocalDate closeDate;
        final LocalDate atStake;
        final String rootCause;
        final String measures;
        Instant detectedAt;
        Hours hours;
        Instant confirmedAt;
        Instant planSubmittedAt;
        Instant clearedAt;
        Instant closedAt;
        final Map<String, Instant> readAt = new HashMap<>();

        PastException(PastOrder order, String type, String subject, String priority, String stage, int delayDays,
                String ownerRole, String supplierCode, String title, LocalDate detectDate, LocalDate closeDate,
                LocalDate atStake, String rootCause, String measures) {
            this.order = order;
            this.type = type;
            this.subject = subject;
            this.priority = priority;
            this.stage = stage;
            this.delayDays = delayDays;
            this.ownerRole = ownerRole;
            this.supplierCode = supplierCode;
            this.title = title;
            this.detectDate = detectDate;
            this.closeDate = closeDate.isAfter(detectDate) ? closeDate : detectDate.plusDays(1);
            this.atStake = atStake;
            this.rootCause = rootCause;
            this.measures = measures;
        }

        void timeAt(Random random, Clock clock) {
            int r = random.nextInt(100);
            int minuteOfDay = r < 62 ? 9 * 60 + random.nextInt(9 * 60)
                    : r < 85 ? (random.nextBoolean() ? 18 * 60 + random.nextInt(4 * 60) : 7 * 60 + random.nextInt(120))
                    : (22 * 60 + random.nextInt(9 * 60)) % (24 * 60);
            ZonedDateTime detected = detectDate.atStartOfDay(clock.getZone()).plusMinutes(minuteOfDay)
                    .plusSeconds(random.nextInt(60));
            detectedAt = detected.toInstant();
            hours = Hours.of(detected);
            double median = hours.confirmMinutes;
            if (priority.equals("P0") && hours != Hours.WORKING) {
                median = 16;
            }
            if (priority.equals("P3")) {
                median *= 2;
            }
            if (responsible().equals("merch2")) {
                median *= 1.7;
            }
            confirmedAt = detectedAt.plusSeconds(Math.max(40, (long) (median * 60 * Math.exp(0.75 * random.nextGaussian()))));
            boolean needsPlan = priority.equals("P0") || priority.equals("P1")
                    || priority.equals("P2") && random.nextBoolean();
            if (needsPlan) {
                double planMedian = priority.equals("P0") ? 55 : priority.equals("P1") ? 130 : 360;
                planSubmittedAt = confirmedAt.plusSeconds((long) (planMedian * 60 * Math.exp(0.6 * random.nextGaussian())));
            }
            Instant last = planSubmittedAt != null ? planSubmittedAt : confirmedAt;
            closedAt = closeDate.atStartOfDay(clock.getZone()).plusHours(16).plusMinutes(random.nextInt(90)).toInstant();
            if (!closedAt.isAfter(last.plusSeconds(3600))) {
                closedAt = last.plus(Duration.ofHours(3));
            }
            clearedAt = closedAt.minus(Duration.ofHours(2));
            for (String person : recipients()) {
                if (person.equals(responsible())) {
                    Instant beforeConfirming = confirmedAt.minusSeconds(30 + random.nextInt(90));
                    readAt.put(person, beforeConfirming.isAfter(detectedAt.plusSeconds(25)) ? beforeConfirming
                            : detectedAt.plusSeconds(25));
                } else if (random.nextInt(100) >= 12) {
                    readAt.put(person, detectedAt.plusSeconds(
                            Math.max(30, (long) (hours.confirmMinutes * 78 * Math.exp(0.8 * random.nextGaussian())))));
                }
            }
        }

        String responsible() {
            return switch (ownerRole) {
                case "purchaser" -> "buyer";
                case "merchandiser" -> order.merchandiser;
                default -> ownerRole;
            };
        }

        List<String> roles() {
            List<String> roles = new ArrayList<>(List.of(ownerRole));
            if (priority.equals("P0")) {
                roles.add("gm");
            } else if (priority.equals("P1")) {
                roles.add("businessOwner");
            }
            return roles;
        }

        Set<String> recipients() {
            Set<String> people = new LinkedHashSet<>(List.of(responsible()));
            if (priority.equals("P0")) {
                people.add("gm");
            } else if (priority.equals("P1")) {
                people.add("owner");
            }
            return people;
        }

        Integer responseMinutes() {
            return switch (priority) {
                case "P0", "P1" -> 30;
                case "P2" -> 60;
                default -> null;
            };
        }

        Instant responseDue() {
            return responseMinutes() == null ? null : detectedAt.plus(Duration.ofMinutes(responseMinutes()));
        }

        Instant planDue() {
            return switch (priority) {
                case "P0" -> detectedAt.plus(Duration.ofMinutes(120));
                case "P1" -> detectedAt.plus(Duration.ofMinutes(240));
                default -> null;
            };
        }

        boolean escalated() {
            return responseDue() != null && confirmedAt.isAfter(responseDue());
        }

        String plan() {
            return planSubmittedAt == null ? null : measures;
        }

        boolean secondRound() {
            return !priority.equals("P3") && confirmedAt.isAfter(detectedAt.plus(Duration.ofMinutes(15)));
        }

        List<Object[]> timeline(long id) {
            List<Object[]> events = new ArrayList<>();
            String who = NAMES.getOrDefault(responsible(), responsible());
            events.add(new Object[] {id, utc(detectedAt), "DETECTED", "monitor", title});
            events.add(new Object[] {id, utc(detectedAt.plusSeconds(5)), "GRADED", "system", "定为 " + priority});
            events.add(new Object[] {id, utc(detectedAt.plusSeconds(20)), "NOTIFIED", "system", "第 1 轮："
                    + String.join("、", recipients().stream().map(p -> NAMES.getOrDefault(p, p)).toList())});
            if (secondRound()) {
                events.add(new Object[] {id, utc(detectedAt.plus(Duration.ofMinutes(15))), "RENOTIFIED", "system",
                        "第 2 轮：" + who});
            }
            if (escalated()) {
                events.add(new Object[] {id, utc(responseDue()), "ESCALATED", "system", "超时未确认，升级至李经理"});
            }
            events.add(new Object[] {id, utc(confirmedAt), "CONFIRMED", responsible(), "已确认，正在处理"});
            if (planSubmittedAt != null) {
                events.add(new Object[] {id, utc(planSubmittedAt), "PLAN_SUBMITTED", responsible(), measures});
            }
            events.add(new Object[] {id, utc(clearedAt), "CONDITION_CLEARED", "monitor", "监控条件已消除"});
            events.add(new Object[] {id, utc(closedAt), "CLOSED", responsible(), rootCause});
            return events;
        }

        List<Object[]> deliveries(long id, Random random) {
            List<Object[]> rows = new ArrayList<>();
            for (String person : recipients()) {
                Instant read = readAt.get(person);
                int r = random.nextInt(100);
                String readVia = read == null ? null : r < 55 ? "IM" : r < 85 ? "IN_APP" : "LINK";
                List<String[]> sends = new ArrayList<>();
                String im = IM.getOrDefault(person, "DINGTALK");
                sends.add(new String[] {"1", "INBOX"});
                sends.add(new String[] {"1", im});
                if (priority.equals("P0") || priority.equals("P1")) {
                    sends.add(new String[] {"1", "SMS"});
                }
                if (priority.equals("P0") && hours != Hours.WORKING) {
                    sends.add(new String[] {"1", "VOICE"});
                }
                Instant second = detectedAt.plus(Duration.ofMinutes(15));
                if (secondRound() && (read == null || read.isAfter(second))) {
                    sends.add(new String[] {"2", im});
                    if ((priority.equals("P2")) && hours != Hours.SLEEP || priority.equals("P1")) {
                        sends.add(new String[] {"2", "SMS"});
                    }
                    if (priority.equals("P0")) {
                        sends.add(new String[] {"2", "VOICE"});
                    }
                }
                String readChannel = readVia == null ? null : switch (readVia) {
                    case "IN_APP" -> "INBOX";
                    case "LINK" -> sends.stream().anyMatch(s -> s[1].equals("SMS")) ? "SMS" : im;
                    default -> im;
                };
                int readRound = read != null && read.isAfter(second) && sends.stream()
                        .anyMatch(s -> s[0].equals("2") && s[1].equals(readChannel)) ? 2 : 1;
                for (String[] send : sends) {
                    int round = Integer.parseInt(send[0]);
                    String channel = send[1];
                    Instant attempt = (round == 1 ? detectedAt.plusSeconds(20) : second).plusSeconds(random.nextInt(5));
                    boolean failed = (channel.equals("SMS") || channel.equals("VOICE")) && random.nextInt(100) < 3;
                    boolean readHere = !failed && channel.equals(readChannel) && round == readRound;
                    rows.add(new Object[] {id, round, person, channel, failed ? "FAILED" : "SENT", failed ? 3 : 1,
                            channel.equals("INBOX") || failed ? null : "demo-" + id + "-" + round + "-" + person + "-" + channel,
                            failed ? "运营商网关超时" : null, utc(attempt), utc(failed ? attempt.plusSeconds(180) : attempt),
                            failed ? null : utc(attempt.plusSeconds(2)), readHere ? utc(read) : null,
                            readHere ? readVia : null});
                }
            }
            return rows;
        }
    }
}

package com.threadline.figures;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Prints the figures of the response loop's load on people, before and after the bounded loop: exceptions per grade,
 * alerts per person per day in working, off and sleep hours, and voice calls per person per day, on the demo's
 * exceptions and on a generated month of exceptions with realistic slips. Run it on purpose:
 * {@code mvn -q -o test -Dtest=ResponseLoadFigures -Dfigures=true}.
 *
 * <p>Grades, roles, deadlines and channels come from the real decision tables. The loop itself is replayed as a
 * model of the two versions of processes/exception-handling.bpmn: <b>before</b>, a reminder every 15 minutes to
 * the unread, lost whenever the deadline fires at the same instant (as the real job executor did), and a deadline
 * that escalates to the next level's people every time it passes, without end; <b>after</b>, the reminder kept at
 * the deadline, escalation to someone new (the next level on duty, then the roster's deputy) until the top, then
 * hourly reminders for four hours, and at most one call per person per hour. Both hold P2/P3 alerts outside working
 * hours until the next working start (one per exception and person). Nobody reads before confirming; the first
 * responsible person confirms after a delay that depends on the hour (working, off, sleep) and the grade.
 */
class ResponseLoadFigures {

    private static final String[] ROLE_PEOPLE = {"gm=王总", "businessOwner=李经理", "merchandiser=陈跟单",
            "purchaser=赵采购", "planner=刘计划", "tech=周技术", "qc=吴质检"};
    private static final String DEPUTY = "孙副总";
    private static final LocalTime WORK_START = LocalTime.of(8, 30);
    private static final LocalTime WORK_END = LocalTime.of(18, 0);

    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision grading = decision("exception-grading.dmn", "ExceptionGrading");
    private final DmnDecision rolesOf = decision("responsible-roles.dmn", "ResponsibleRoles");
    private final DmnDecision deadlines = decision("response-deadlines.dmn", "ResponseDeadlines");
    private final DmnDecision channels = decision("notification-channels.dmn", "NotificationChannels");
    private final DmnDecision chain = decision("escalation-chain.dmn", "EscalationChain");
    private final Map<String, String> people = new HashMap<>();

    record Case(String type, int delayDays, double valueShare, String stage, Integer slackDays, String ownerRole,
            LocalDateTime detectedAt) {
    }

    @Test
    void printFigures() {
        assumeTrue(Boolean.getBoolean("figures"), "figures are printed on purpose: -Dfigures=true");
        for (String entry : ROLE_PEOPLE) {
            people.put(entry.split("=")[0], entry.split("=")[1]);
        }
        LocalDateTime monday10 = LocalDateTime.of(2026, 12, 7, 10, 0);
        report("demo data (13 open exceptions, raised Monday 10:00)", demo(monday10), 1);
        report("a generated month (30 days) of exceptions with realistic slips", month(monday10.withHour(0)), 30);
    }

    /** The demo's exceptions as they are graded on main: two near P0 delays, material, capacity and logistics. */
    private List<Case> demo(LocalDateTime at) {
        List<Case> cases = new ArrayList<>();
        int[][] delivery = {{9, 28}, {8, 25}, {6, 45}, {3, 70}, {2, 40}, {9, 85}, {4, 60}};
        for (int[] d : delivery) {
            cases.add(new Case("DELIVERY_DELAY", d[0], 1.0, "PRODUCTION", d[1], "merchandiser", at));
        }
        cases.add(new Case("MATERIAL_DELAY", 3, 0.6, "MATERIALS", 10, "purchaser", at));
        cases.add(new Case("MATERIAL_DELAY", 6, 0.6, "MATERIALS", 40, "purchaser", at));
        cases.add(new Case("CAPACITY_SHORTFALL", 3, 0.3, "PRODUCTION", 20, "planner", at));
        cases.add(new Case("LOGISTICS_DEVIATION", 4, 1.0, "LOGISTICS", 9, "merchandiser", at));
        cases.add(new Case("PRODUCTION_NOT_STARTED", 2, 1.0, "PRODUCTION", 50, "planner", at));
        cases.add(new Case("DELIVERY_DELAY", 1, 1.0, "QC", 20, "merchandiser", at));
        return cases;
    }

    /** 30 days, about six new conditions a day; inputs mostly arrive in working hours. */
    private List<Case> month(LocalDateTime start) {
        Random random = new Random(12);
        String[] types = {"MATERIAL_DELAY", "MATERIAL_DELAY", "DELIVERY_DELAY", "DELIVERY_DELAY", "CAPACITY_SHORTFALL",
                "LOGISTICS_DEVIATION", "PRODUCTION_NOT_STARTED"};
        List<Case> cases = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            int count = 3 + random.nextInt(7);
            for (int i = 0; i < count; i++) {
                String type = types[random.nextInt(types.length)];
                int delay = 1 + (int) Math.min(14, Math.round(-Math.log(1 - random.nextDouble()) * 3.5));
                int slack = 3 + random.nextInt(88);
                double share = 0.2 + random.nextInt(9) / 10.0;
                double hourDraw = random.nextDouble();
                int minuteOfDay = hourDraw < 0.75 ? 510 + random.nextInt(570)
                        : hourDraw < 0.9 ? 1080 + random.nextInt(240) : random.nextInt(420);
                String stage = type.equals("MATERIAL_DELAY") ? "MATERIALS"
                        : type.equals("LOGISTICS_DEVIATION") ? "LOGISTICS" : "PRODUCTION";
                String owner = type.equals("MATERIAL_DELAY") ? "purchaser"
                        : type.equals("CAPACITY_SHORTFALL") || type.equals("PRODUCTION_NOT_STARTED") ? "planner"
                        : "merchandiser";
                cases.add(new Case(type, delay, share, stage, slack, owner,
                        start.plusDays(day).plusMinutes(minuteOfDay)));
            }
        }
        return cases;
    }

    private void report(String title, List<Case> cases, int days) {
        Map<String, Integer> grades = new TreeMap<>();
        Load before = new Load();
        Load after = new Load();
        for (Case c : cases) {
            String grade = grade(c);
            grades.merge(grade, 1, Integer::sum);
            replay(c, grade, false, before);
            replay(c, grade, true, after);
        }
        System.out.println("\n== " + title);
        System.out.println("exceptions per grade: " + grades);
        System.out.println("per person per day      working  off  sleep  voice   (before -> after)");
        java.util.Set<String> everyone = new java.util.TreeSet<>(before.people());
        everyone.addAll(after.people());
        for (String person : everyone) {
            System.out.printf("  %-6s  %5.1f->%-5.1f %4.1f->%-4.1f %4.1f->%-4.1f %4.1f->%-4.1f%n", person,
                    before.per(person, "working", days), after.per(person, "working", days),
                    before.per(person, "off", days), after.per(person, "off", days),
                    before.per(person, "sleep", days), after.per(person, "sleep", days),
                    before.per(person, "voice", days), after.per(person, "voice", days));
        }
    }

    private String grade(Case c) {
        Map<String, Object> in = new HashMap<>();
        in.put("type", c.type());
        in.put("delayDays", c.delayDays());
        in.put("valueShare", c.valueShare());
        in.put("stage", c.stage());
        in.put("slackDays", c.slackDays());
        return (String) dmn.evaluateDecisionTable(grading, in).getSingleResult().getSingleEntry();
    }

    /** One exception's alerts under one version of the loop, minute by minute until it is confirmed. */
    private void replay(Case c, String grade, boolean bounded, Load load) {
        Map<String, Object> in = new HashMap<>();
        in.put("type", c.type());
        in.put("priority", grade);
        in.put("ownerRole", c.ownerRole());
        List<String> roles = new ArrayList<>();
        dmn.evaluateDecisionTable(rolesOf, in).getResultList().forEach(r -> roles.add((String) r.get("role")));
        Object response = dmn.evaluateDecisionTable(deadlines, Map.of("priority", grade)).getSingleResult()
                .get("responseMinutes");
        int confirmAfter = confirmAfter(grade, c.detectedAt());
        Map<String, Integer> lastAlerted = new LinkedHashMap<>();
        int[] round = {0};
        Sender send = (who, minute) -> {
            round[0]++;
            for (String person : who) {
                lastAlerted.put(person, minute);
                load.alert(person, c, grade, round[0], c.detectedAt().plusMinutes(minute), bounded);
            }
        };
        List<String> first = people(roles);
        send.to(first, 0);
        if (response == null) {
            return;
        }
        int deadlineEvery = ((Number) response).intValue();
        int nextDeadline = deadlineEvery;
        Integer topAt = null;
        for (int minute = 15; minute < confirmAfter; minute += 15) {
            boolean deadline = topAt == null && minute == nextDeadline;
            int at = minute;
            Integer top = topAt;
            List<String> due = lastAlerted.keySet().stream().filter(p -> {
                int every = bounded && top != null ? 60 : 15;
                return at - lastAlerted.get(p) >= every - 2 && (!bounded || top == null || at <= top + 240);
            }).toList();
            if (!bounded && deadline) {
                due = List.of();
            }
            if (!due.isEmpty()) {
                send.to(due, minute);
            }
            if (deadline) {
                List<String> next = nextLevel(roles);
                next.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
                List<String> fresh = people(next);
                if (bounded) {
                    fresh = new ArrayList<>(fresh.stream().filter(p -> !lastAlerted.containsKey(p)).toList());
                    if (fresh.isEmpty() && (next.contains("gm") || next.contains("businessOwner"))
                            && !lastAlerted.containsKey(DEPUTY)) {
                        fresh.add(DEPUTY);
                    }
                    if (fresh.isEmpty()) {
                        topAt = minute;
                    }
                }
                if (!fresh.isEmpty()) {
                    send.to(fresh, minute);
                }
                nextDeadline = minute + deadlineEvery;
            }
        }
    }

    interface Sender {
        void to(List<String> people, int minute);
    }

    private List<String> nextLevel(List<String> roles) {
        List<String> next = new ArrayList<>();
        for (String role : roles) {
            Object level = dmn.evaluateDecisionTable(chain, Map.of("role", role)).getSingleResult().getSingleEntry();
            String nextRole = level == null ? role : level.toString();
            if (!next.contains(nextRole)) {
                next.add(nextRole);
            }
        }
        return next;
    }

    private List<String> people(List<String> roles) {
        return roles.stream().map(people::get).distinct().toList();
    }

    /** Minutes until the first responsible person confirms: quick at work, slower off hours, slowest asleep. */
    private static int confirmAfter(String grade, LocalDateTime at) {
        String when = timeClass(at);
        boolean urgent = grade.equals("P0") || grade.equals("P1");
        return switch (when) {
            case "working" -> urgent ? 25 : 50;
            case "off" -> urgent ? 55 : 120;
            default -> urgent ? 95 : 600;
        };
    }

    static String timeClass(LocalDateTime at) {
        LocalTime time = at.toLocalTime();
        if (time.isBefore(LocalTime.of(7, 0)) || !time.isBefore(LocalTime.of(22, 0))) {
            return "sleep";
        }
        boolean workday = at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY;
        return workday && !time.isBefore(WORK_START) && time.isBefore(WORK_END) ? "working" : "off";
    }

    /** Alerts and calls per person, by the hour they arrive; routine alerts out of hours wait for the morning. */
    private final class Load {

        private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
        private final Map<String, List<LocalDateTime>> calls = new HashMap<>();
        private final Map<String, Boolean> held = new HashMap<>();

        void alert(String person, Case c, String grade, int round, LocalDateTime at, boolean capped) {
            boolean routine = grade.equals("P2") || grade.equals("P3");
            if (routine && !timeClass(at).equals("working")) {
                if (held.putIfAbsent(c.hashCode() + person, true) == null) {
                    count(person, "working");
                }
                return;
            }
            count(person, timeClass(at));
            Map<String, Object> in = new HashMap<>();
            in.put("priority", grade);
            in.put("presence", timeClass(at).equals("working") ? "online" : "offline");
            in.put("round", round);
            in.put("quietHours", timeClass(at).equals("sleep"));
            boolean voice = dmn.evaluateDecisionTable(channels, in).getResultList().stream()
                    .anyMatch(r -> "VOICE".equals(r.get("channel")));
            List<LocalDateTime> made = calls.computeIfAbsent(person, p -> new ArrayList<>());
            if (voice && (!capped || made.stream().noneMatch(call -> call.isAfter(at.minusHours(1))))) {
                made.add(at);
                count(person, "voice");
            }
        }

        private void count(String person, String what) {
            counts.computeIfAbsent(person, p -> new HashMap<>()).merge(what, 1, Integer::sum);
        }

        List<String> people() {
            return List.copyOf(counts.keySet());
        }

        double per(String person, String what, int days) {
            return counts.getOrDefault(person, Map.of()).getOrDefault(what, 0) / (double) days;
        }
    }

    private DmnDecision decision(String file, String id) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("decisions/" + file)) {
            return dmn.parseDecision(id, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

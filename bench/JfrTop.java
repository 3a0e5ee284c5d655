/*
 * Where the app's CPU goes, from a JFR recording (JDK only):
 *
 *   java bench/JfrTop.java recording.jfr [TOP]
 *
 * Prints, over all jdk.ExecutionSample events:
 *   - samples per request kind (the first matching entry point on the stack),
 *   - self time by top frame package group,
 *   - inclusive time of the most frequent methods from the app, Camunda, Hibernate, Spring, Jackson and the driver.
 */

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

public class JfrTop {

    /** Entry points, checked from the bottom of the stack up; the first one found names the request. */
    static final Map<String, String> ENTRY = new LinkedHashMap<>();

    static {
        ENTRY.put("OrderController.create", "POST /api/orders (create)");
        ENTRY.put("OrderController.report", "POST /api/orders/{no}/reports");
        ENTRY.put("OrderController.recordActual", "POST /api/orders/{no}/milestones/{code}/actual");
        ENTRY.put("OrderController.detail", "GET /api/orders/{no}");
        ENTRY.put("TaskResourceImpl.complete", "POST /engine-rest/task/{id}/complete");
        ENTRY.put("TaskRestServiceImpl.getTasks", "GET /engine-rest/task");
        ENTRY.put("TaskRestServiceImpl.queryTasks", "GET /engine-rest/task");
        ENTRY.put("EarlyReportReplayer.replayPending", "EarlyReportReplayer (scheduled)");
        ENTRY.put("JobExecutor", "Camunda job executor");
        ENTRY.put("AcquireJobsRunnable", "Camunda job executor");
    }

    static final String[][] GROUPS = {
            {"com.threadline.", "app (com.threadline)"},
            {"org.camunda.bpm.engine.impl.db.", "camunda db/persistence"},
            {"org.camunda.bpm.engine.impl.persistence.", "camunda db/persistence"},
            {"org.camunda.bpm.engine.impl.history.", "camunda history"},
            {"org.camunda.bpm.engine.rest.", "camunda rest"},
            {"org.camunda.bpm.engine.impl.juel.", "camunda el"},
            {"org.camunda.", "camunda engine (other)"},
            {"org.apache.ibatis.", "mybatis"},
            {"org.hibernate.", "hibernate"},
            {"com.mysql.", "mysql driver"},
            {"com.zaxxer.", "hikari"},
            {"com.fasterxml.", "jackson"},
            {"org.springframework.", "spring"},
            {"org.apache.catalina.", "tomcat"},
            {"org.apache.coyote.", "tomcat"},
            {"org.apache.tomcat.", "tomcat"},
            {"org.glassfish.", "jersey (camunda rest)"},
            {"org.jvnet.", "jersey (camunda rest)"},
            {"java.", "jdk"},
            {"javax.", "jdk"},
            {"jdk.", "jdk"},
            {"sun.", "jdk"},
    };

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Map<String, Integer> byEntry = new HashMap<>();
        Map<String, Integer> selfByGroup = new HashMap<>();
        Map<String, Integer> selfByMethod = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Map<String, Integer>> inclusiveByEntry = new HashMap<>();
        int total = 0;
        try (RecordingFile rf = new RecordingFile(file)) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                total++;
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                String entry = "other (" + threadName(e) + ")";
                for (int i = frames.size() - 1; i >= 0; i--) {
                    String m = name(frames.get(i).getMethod());
                    String hit = null;
                    for (Map.Entry<String, String> en : ENTRY.entrySet()) {
                        if (m.contains(en.getKey())) {
                            hit = en.getValue();
                            break;
                        }
                    }
                    if (hit != null) {
                        entry = hit;
                        break;
                    }
                }
                byEntry.merge(entry, 1, Integer::sum);
                if (!frames.isEmpty()) {
                    String self = name(frames.get(0).getMethod());
                    selfByMethod.merge(self, 1, Integer::sum);
                    selfByGroup.merge(group(self), 1, Integer::sum);
                }
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String m = name(f.getMethod());
                    if (seen.add(m)) {
                        inclusive.merge(m, 1, Integer::sum);
                        inclusiveByEntry.computeIfAbsent(entry, k -> new HashMap<>()).merge(m, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("%d CPU samples in %s%n", total, file);
        print("samples by request kind", byEntry, total, 20);
        print("self time by package group (top frame)", selfByGroup, total, 30);
        print("self time by method (top frame)", selfByMethod, total, top);
        Map<String, Integer> interesting = new HashMap<>();
        inclusive.forEach((k, v) -> {
            if (k.startsWith("com.threadline.") || k.startsWith("org.hibernate.") || k.startsWith("org.camunda.")
                    || k.startsWith("org.springframework.data.") || k.startsWith("org.springframework.orm.")
                    || k.startsWith("com.fasterxml.") || k.startsWith("com.mysql.") || k.startsWith("org.apache.ibatis.")) {
                interesting.put(k, v);
            }
        });
        print("inclusive time (app, camunda, hibernate, spring data/orm, jackson, mybatis, driver)", interesting, total, top);
        for (Map.Entry<String, Map<String, Integer>> en : inclusiveByEntry.entrySet()) {
            int n = byEntry.get(en.getKey());
            if (n < total / 20) {
                continue;
            }
            Map<String, Integer> app = new HashMap<>();
            en.getValue().forEach((k, v) -> {
                if (k.startsWith("com.threadline.") || k.startsWith("org.camunda.bpm.engine.impl.cmd.")
                        || k.contains("PlanForecaster") || k.startsWith("org.hibernate.event.internal.")
                        || k.startsWith("org.hibernate.engine.internal.") || k.contains("Hikari")
                        || k.contains("ExecutionEntity.") || k.contains("DbSqlSession.") || k.contains("ObjectMapper.")
                        || k.contains("HistoryEvent") || k.contains("DbEntityManager.")) {
                    app.put(k, v);
                }
            });
            print("inside " + en.getKey() + " (" + n + " samples; % of this kind)", app, n, 25);
        }
    }

    static String threadName(RecordedEvent e) {
        try {
            String t = e.getThread("sampledThread").getJavaName();
            return t == null ? "?" : t.replaceAll("-?\\d+$", "");
        } catch (Exception ex) {
            return "?";
        }
    }

    static String name(RecordedMethod m) {
        return m.getType().getName() + "." + m.getName();
    }

    static String group(String method) {
        for (String[] g : GROUPS) {
            if (method.startsWith(g[0])) {
                return g[1];
            }
        }
        return "other";
    }

    static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println("\n-- " + title);
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort((a, b) -> b.getValue() - a.getValue());
        for (int i = 0; i < Math.min(top, list.size()); i++) {
            System.out.printf("%6.1f%%  %6d  %s%n", 100.0 * list.get(i).getValue() / total, list.get(i).getValue(),
                    list.get(i).getKey());
        }
    }
}

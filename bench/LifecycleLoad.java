/*
 * Threadline lifecycle load test. JDK 17 only, single file:
 *
 *   java bench/LifecycleLoad.java BASE_URL N C [WARMUP]
 *   e.g. java bench/LifecycleLoad.java http://127.0.0.1:18080 500 8 50
 *
 * 1. setup:  registers one factory and two suppliers (409 = already there).
 * 2. warmup: (optional) WARMUP orders created and driven to DELIVERED, not measured.
 * 3. create: N orders through POST /api/orders with C concurrent workers.
 * 4. drive:  every order through its whole lifecycle (processes/order-lifecycle.bpmn), C orders at a
 *            time, each order's steps in process order: user tasks completed through Camunda's REST API,
 *            factory/supplier/forwarder reports through POST /api/orders/{no}/reports, and two actual
 *            dates through POST /api/orders/{no}/milestones/{code}/actual.
 *            Every task completion, report and actual is one "milestone update".
 * 5. verify: GET /api/orders/{no} for each: status DELIVERED and no milestone left open.
 *
 * Optional system properties (java -Dname=value bench/LifecycleLoad.java ...):
 *   bench.mark=true          marker statements in MariaDB's general log before every call (for SqlTrace.java)
 *   bench.parallelReports=true  send the reports one process state waits for (2, 3, 4 of them) at once
 *   bench.tz=Asia/Shanghai   zone for "today" (the app's threadline.time-zone; dates must not be in its future)
 *   bench.run=ID             order number prefix part (default: base-36 time)
 *   bench.timeoutSeconds=30  per-request timeout
 *
 * Signs in with HTTP Basic as THREADLINE_USER / THREADLINE_PASSWORD (environment; default admin / admin, the
 * initial administrator) and keeps the session cookie, so the server checks the password once per session.
 */

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LifecycleLoad {

    static final String FACTORY = "BENCH-F1";
    static final String FABRIC_SUPPLIER = "BENCH-FAB";
    static final String TRIMS_SUPPLIER = "BENCH-TRM";

    static final Pattern TASK_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern TASK_KEY = Pattern.compile("\"taskDefinitionKey\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern STAGE = Pattern.compile("\"stage\"\\s*:\\s*\"([A-Z_]+)\"");

    // ---------------------------------------------------------------- lifecycle, in process order

    enum Kind { TASK, REPORT, ACTUAL }

    record Step(Kind kind, String name, String variables) {
    }

    /** The steps of processes/order-lifecycle.bpmn, in the order the process waits for them. */
    static List<Step> lifecycle(String today) {
        List<Step> s = new ArrayList<>();
        // Design
        s.add(task("Task_ConfirmOrder", str("orderConfirmedOn", today), str("remarks", "bench")));
        s.add(task("Task_ConfirmTechPack", str("techPackVersion", "v1"), str("techPackConfirmedOn", today)));
        s.add(new Step(Kind.ACTUAL, "LAB_DIP", null));     // merchandiser enters lab dip and fit sample
        s.add(new Step(Kind.ACTUAL, "FIT_SAMPLE", null));  // approvals as they come in
        s.add(task("Task_ApproveSamples", str("samplesApprovedOn", today), str("sampleComments", "ok")));
        // Materials
        s.add(task("Task_BookMaterials", str("materialsBookedOn", today), str("purchaseOrderNo", "PO-1")));
        s.add(report("FABRIC_SHIPPED"));
        s.add(report("MATERIALS_IN_HOUSE"));
        s.add(task("Task_InspectFabric", str("fabricInspectedOn", today), str("fabricInspectionNotes", "4-pt ok")));
        // Production
        s.add(task("Task_HoldPpMeeting", str("ppMeetingOn", today), str("ppMeetingNotes", "ok")));
        s.add(report("CUTTING_DONE"));
        s.add(report("SEWING_DONE"));
        s.add(report("PACKING_DONE"));
        // Quality control
        s.add(task("Task_InspectFinalGoods", "\"finalInspectionPassed\":{\"value\":true,\"type\":\"Boolean\"}",
                str("finalInspectionOn", today), "\"defectsFound\":{\"value\":0,\"type\":\"Integer\"}"));
        s.add(task("Task_ConfirmCustomerInspection", str("customerInspectedOn", today)));
        // Logistics
        s.add(task("Task_BookShipment", str("shipmentBookedOn", today), str("carrier", "COSCO"),
                str("bookingNo", "BK-1")));
        s.add(report("GOODS_EX_FACTORY"));
        s.add(report("SHIPMENT_DEPARTED"));
        s.add(report("SHIPMENT_ARRIVED"));
        s.add(report("GOODS_DELIVERED"));
        return s;
    }

    static Step task(String key, String... vars) {
        return new Step(Kind.TASK, key, "{\"variables\":{" + String.join(",", vars) + "}}");
    }

    static Step report(String type) {
        return new Step(Kind.REPORT, type, null);
    }

    static String str(String name, String value) {
        return "\"" + name + "\":{\"value\":\"" + value + "\",\"type\":\"String\"}";
    }

    // ---------------------------------------------------------------- measurement

    /** Latencies (microseconds) of one kind of call. */
    static final class Recorder {
        private long[] values = new long[1024];
        private int size;
        final AtomicInteger errors = new AtomicInteger();

        synchronized void add(long micros) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = micros;
        }

        synchronized long[] snapshot() {
            return Arrays.copyOf(values, size);
        }
    }

    static final Map<String, Recorder> recorders = new ConcurrentHashMap<>();
    static final Map<String, Recorder> phaseTotals = new ConcurrentHashMap<>();
    static volatile String phase = "setup";
    static final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    static final AtomicInteger errorCount = new AtomicInteger();
    static final AtomicInteger earlyReports = new AtomicInteger();
    static final AtomicLong milestoneUpdates = new AtomicLong();
    static volatile long driveStartNanos;
    static final AtomicIntegerArray updatesPerSecond = new AtomicIntegerArray(7200);

    static HttpClient client;
    static final String BASIC_AUTH = "Basic " + java.util.Base64.getEncoder().encodeToString(
            (env("THREADLINE_USER", "admin") + ":" + env("THREADLINE_PASSWORD", "admin"))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
    static String base;
    static Duration timeout;

    record Response(int status, String body) {
    }

    static final boolean MARK = Boolean.getBoolean("bench.mark");
    static final ThreadLocal<String> STEP = new ThreadLocal<>();

    /** With -Dbench.mark=true: a marker statement in MariaDB's general log before every call (see SqlTrace.java). */
    static void mark(String label) {
        String cmd = System.getProperty("bench.mysql", "");
        if (!MARK || cmd.isBlank()) {
            return;
        }
        try {
            List<String> argv = new ArrayList<>(Arrays.asList(cmd.trim().split("\\s+")));
            argv.addAll(List.of("-N", "-B", "-e", "SELECT 'BENCH-MARK " + label.replace("'", "") + "'"));
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
        } catch (Exception e) {
            // no marker then
        }
    }

    static Response call(String kind, String method, String path, String json) {
        mark(kind + " " + (STEP.get() == null ? "" : STEP.get()));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json").header("Authorization", BASIC_AUTH);
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        long t0 = System.nanoTime();
        int status;
        String body;
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            body = r.body();
        } catch (Exception e) {
            status = -1;
            body = e.toString();
        }
        long micros = (System.nanoTime() - t0) / 1000;
        String p = phase;
        if (!p.equals("warmup")) {
            recorders.computeIfAbsent(p + ":" + kind, k -> new Recorder()).add(micros);
            if (p.equals("create") || p.equals("drive")) {
                phaseTotals.computeIfAbsent("overall", k -> new Recorder()).add(micros);
            }
        }
        return new Response(status, body);
    }

    static void fail(String what, Response r) {
        errorCount.incrementAndGet();
        if (failures.size() < 200) {
            String body = r.body() == null ? "" : r.body().replaceAll("\\s+", " ");
            failures.add(what + " -> HTTP " + r.status() + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body));
        }
    }

    static void countUpdate() {
        milestoneUpdates.incrementAndGet();
        int sec = (int) ((System.nanoTime() - driveStartNanos) / 1_000_000_000L);
        if (sec >= 0 && sec < updatesPerSecond.length()) {
            updatesPerSecond.incrementAndGet(sec);
        }
    }

    // ---------------------------------------------------------------- the calls

    static void setup() {
        Response f = call("setup", "POST", "/api/factories",
                "{\"code\":\"" + FACTORY + "\",\"name\":\"Bench Factory\",\"city\":\"Ningbo\"}");
        if (f.status() != 201 && f.status() != 409) {
            fail("setup factory", f);
        }
        Response s1 = call("setup", "POST", "/api/suppliers", "{\"code\":\"" + FABRIC_SUPPLIER
                + "\",\"name\":\"Bench Fabric Mill\",\"category\":\"FABRIC\",\"transitDays\":7}");
        if (s1.status() != 201 && s1.status() != 409) {
            fail("setup fabric supplier", s1);
        }
        Response s2 = call("setup", "POST", "/api/suppliers", "{\"code\":\"" + TRIMS_SUPPLIER
                + "\",\"name\":\"Bench Trims\",\"category\":\"TRIMS\",\"transitDays\":5}");
        if (s2.status() != 201 && s2.status() != 409) {
            fail("setup trims supplier", s2);
        }
    }

    static boolean create(String orderNo, LocalDate today) {
        String body = "{\"orderNo\":\"" + orderNo + "\",\"customer\":\"Bench Co\",\"style\":\"S1\","
                + "\"productType\":\"WOVEN\",\"quantity\":1000,\"dueDate\":\"" + today.plusDays(100) + "\","
                + "\"factoryCode\":\"" + FACTORY + "\",\"merchandiser\":\"merch\",\"businessOwner\":\"owner\","
                + "\"materials\":["
                + "{\"kind\":\"FABRIC\",\"description\":\"shell\",\"supplierCode\":\"" + FABRIC_SUPPLIER
                + "\",\"quantity\":100,\"unit\":\"m\"},"
                + "{\"kind\":\"TRIMS\",\"description\":\"buttons\",\"supplierCode\":\"" + TRIMS_SUPPLIER
                + "\",\"quantity\":2000,\"unit\":\"pcs\"}]}";
        STEP.set("order");
        Response r = call("create", "POST", "/api/orders", body);
        if (r.status() != 201) {
            fail("create " + orderNo, r);
            return false;
        }
        return true;
    }

    static final boolean PARALLEL_REPORTS = Boolean.getBoolean("bench.parallelReports");
    static final ExecutorService reportPool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "report");
        t.setDaemon(true);
        return t;
    });

    static boolean report(String orderNo, String type, String today) {
        Response r = call("report", "POST", "/api/orders/" + orderNo + "/reports",
                "{\"type\":\"" + type + "\",\"date\":\"" + today + "\"}");
        if (r.status() != 200) {
            fail(orderNo + " report " + type, r);
            return false;
        }
        if (!r.body().contains("\"deliveredToProcess\":true")) {
            earlyReports.incrementAndGet();
            fail(orderNo + " report " + type + " not delivered to the process", r);
            return false;
        }
        return true;
    }

    /**
     * With -Dbench.parallelReports=true the reports the process waits for at the same time (the parallel
     * branches: 2 material, 3 factory, 4 logistics reports) are sent at once, as independent partners would.
     */
    static boolean parallelReports(String orderNo, List<Step> group, String today) {
        List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
        for (Step step : group) {
            results.add(reportPool.submit(() -> report(orderNo, step.name(), today)));
        }
        boolean ok = true;
        for (java.util.concurrent.Future<Boolean> f : results) {
            try {
                if (f.get()) {
                    if (!phase.equals("warmup")) {
                        countUpdate();
                    }
                } else {
                    ok = false;
                }
            } catch (Exception e) {
                ok = false;
            }
        }
        return ok;
    }

    /** Drives one order through every step; stops at its first failure. */
    static boolean drive(String orderNo, List<Step> steps, String today) {
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            STEP.set(step.name());
            if (PARALLEL_REPORTS && step.kind() == Kind.REPORT) {
                List<Step> group = new ArrayList<>();
                while (s < steps.size() && steps.get(s).kind() == Kind.REPORT) {
                    group.add(steps.get(s++));
                }
                s--;
                if (!parallelReports(orderNo, group, today)) {
                    return false;
                }
                continue;
            }
            switch (step.kind()) {
                case TASK -> {
                    Response q = call("task-query", "GET", "/engine-rest/task?processInstanceBusinessKey=" + orderNo, null);
                    if (q.status() != 200) {
                        fail(orderNo + " query task " + step.name(), q);
                        return false;
                    }
                    String taskId = taskIdOf(q.body(), step.name());
                    if (taskId == null) {
                        List<String> open = new ArrayList<>();
                        Matcher k = TASK_KEY.matcher(q.body());
                        while (k.find()) {
                            open.add(k.group(1));
                        }
                        fail(orderNo + " expected open task " + step.name() + ", open: " + open, new Response(q.status(), ""));
                        return false;
                    }
                    Response c = call("task-complete", "POST", "/engine-rest/task/" + taskId + "/complete", step.variables());
                    if (c.status() != 204 && c.status() != 200) {
                        fail(orderNo + " complete " + step.name(), c);
                        return false;
                    }
                }
                case REPORT -> {
                    if (!report(orderNo, step.name(), today)) {
                        return false;
                    }
                }
                case ACTUAL -> {
                    Response r = call("actual", "POST", "/api/orders/" + orderNo + "/milestones/" + step.name() + "/actual",
                            "{\"actualDate\":\"" + today + "\"}");
                    if (r.status() != 200) {
                        fail(orderNo + " actual " + step.name(), r);
                        return false;
                    }
                }
            }
            if (!phase.equals("warmup")) {
                countUpdate();
            }
        }
        return true;
    }

    /** The id of the open task with this definition key in a /engine-rest/task answer: the last "id" before its key. */
    static String taskIdOf(String json, String key) {
        Matcher k = TASK_KEY.matcher(json);
        while (k.find()) {
            if (k.group(1).equals(key)) {
                String id = null;
                Matcher i = TASK_ID.matcher(json);
                while (i.find() && i.start() < k.start()) {
                    id = i.group(1);
                }
                return id;
            }
        }
        return null;
    }

    static boolean verify(String orderNo) {
        STEP.set("order");
        Response r = call("order-get", "GET", "/api/orders/" + orderNo, null);
        if (r.status() != 200) {
            fail("verify " + orderNo, r);
            return false;
        }
        Matcher s = STATUS.matcher(r.body());
        String status = s.find() ? s.group(1) : "?";
        Matcher g = STAGE.matcher(r.body());
        String stage = g.find() ? g.group(1) : "?";
        int open = 0;
        int i = r.body().indexOf("\"done\":false");
        while (i >= 0) {
            open++;
            i = r.body().indexOf("\"done\":false", i + 1);
        }
        if (!status.equals("DELIVERED") || open > 0) {
            fail("verify " + orderNo + ": status " + status + ", stage " + stage + ", " + open + " milestones not done",
                    new Response(r.status(), ""));
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- CPU accounting (Linux /proc)

    /** name -> pid of the processes whose CPU time is reported per phase (from -Dbench.pids=app:123,db:456). */
    static final Map<String, Long> watched = new LinkedHashMap<>();
    static final long CLK_TCK = Long.getLong("bench.clkTck", 100);

    /**
     * Waits until the watched processes have finished what the last requests set off (the changed-order scans, the
     * job executor, MariaDB's purge): together under a tenth of a core for a second, at most 60 s. A phase's CPU is
     * read after this, so that work counts for the phase that caused it and not for the next one (on 2 cores the
     * tails were small: 0.1-0.7 CPU-s after a phase of 150 orders).
     */
    static void settle(DoubleSupplier cpuMillis) {
        long start = System.nanoTime();
        double first = cpuMillis.getAsDouble();
        double before = first;
        for (int second = 1; second <= 60; second++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            double now = cpuMillis.getAsDouble();
            if (now - before < 100 || second == 60) {
                System.out.printf(Locale.ROOT, "(settled after %.0f s, %.0f CPU-ms of app and database meanwhile)%n",
                        (System.nanoTime() - start) / 1e9, now - first);
                return;
            }
            before = now;
        }
    }

    static double watchedCpuMillis() {
        return watched.values().stream().mapToDouble(LifecycleLoad::procCpuMillis).sum();
    }

    /** CPU milliseconds used so far by each watched process, the load generator itself, and the whole machine. */
    static Map<String, Long> dbBefore = Map.of();

    static Map<String, Double> cpuSnapshot() {
        dbBefore = dbStatus();
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : watched.entrySet()) {
            m.put(e.getKey(), procCpuMillis(e.getValue()));
        }
        m.put("loadgen", procCpuMillis(ProcessHandle.current().pid()));
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
            double busy = 0;
            double idle = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                double v = Double.parseDouble(f[i]) * 1000.0 / CLK_TCK;
                if (i == 4 || i == 5) {
                    idle += v;
                } else {
                    busy += v;
                }
            }
            m.put("machine-busy", busy);
            m.put("machine-total", busy + idle);
        } catch (Exception e) {
            // not Linux: no machine figures
        }
        return m;
    }

    static double procCpuMillis(long pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000.0 / CLK_TCK; // utime, stime
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    record CpuUse(String phase, double seconds, Map<String, Double> millis, long ops, String opName,
            Map<String, Long> dbStatus) {
    }

    static final String[] DB_COUNTERS = {"Questions", "Com_select", "Com_insert", "Com_update", "Com_delete",
            "Com_commit", "Com_rollback", "Com_set_option", "Innodb_rows_read", "Innodb_rows_inserted",
            "Innodb_rows_updated", "Innodb_rows_deleted", "Innodb_data_fsyncs", "Innodb_row_lock_waits",
            "Innodb_row_lock_time", "Bytes_received", "Bytes_sent"};

    /** MariaDB's global counters through the mysql client (-Dbench.mysql="mysql -h127.0.0.1 -uroot"), or empty. */
    static Map<String, Long> dbStatus() {
        String cmd = System.getProperty("bench.mysql", "");
        Map<String, Long> m = new LinkedHashMap<>();
        if (cmd.isBlank()) {
            return m;
        }
        try {
            List<String> argv = new ArrayList<>(Arrays.asList(cmd.trim().split("\\s+")));
            argv.addAll(List.of("-N", "-B", "-e", "SHOW GLOBAL STATUS"));
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            for (String line : text.split("\n")) {
                String[] kv = line.split("\t");
                if (kv.length == 2 && kv[1].matches("\\d+")) {
                    m.put(kv[0], Long.parseLong(kv[1]));
                }
            }
        } catch (Exception e) {
            // no status then
        }
        return m;
    }

    static final List<CpuUse> cpuUse = Collections.synchronizedList(new ArrayList<>());

    static void recordCpu(String name, Map<String, Double> before, long nanos, long ops, String opName) {
        Map<String, Long> db0 = dbBefore;
        Map<String, Double> after = cpuSnapshot();
        Map<String, Long> db1 = dbBefore;
        Map<String, Long> dbDelta = new LinkedHashMap<>();
        for (String k : DB_COUNTERS) {
            if (db0.containsKey(k) && db1.containsKey(k)) {
                dbDelta.put(k, db1.get(k) - db0.get(k));
            }
        }
        Map<String, Double> d = new LinkedHashMap<>();
        for (String k : after.keySet()) {
            d.put(k, after.get(k) - before.getOrDefault(k, Double.NaN));
        }
        cpuUse.add(new CpuUse(name, nanos / 1e9, d, ops, opName, dbDelta));
    }

    // ---------------------------------------------------------------- phases

    static long runPhase(String name, int n, int concurrency, IntConsumer work) throws InterruptedException {
        phase = name;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        if (name.equals("drive")) {
            driveStartNanos = t0;
        }
        for (int w = 0; w < concurrency; w++) {
            pool.execute(() -> {
                for (int i; (i = next.getAndIncrement()) < n; ) {
                    work.accept(i);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(6, TimeUnit.HOURS)) {
            throw new IllegalStateException(name + " did not finish");
        }
        return System.nanoTime() - t0;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java bench/LifecycleLoad.java BASE_URL N C [WARMUP]");
            System.exit(2);
        }
        base = args[0].replaceAll("/+$", "");
        int n = Integer.parseInt(args[1]);
        int c = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        ZoneId zone = ZoneId.of(System.getProperty("bench.tz", "Asia/Shanghai"));
        String run = System.getProperty("bench.run", Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT));
        timeout = Duration.ofSeconds(Long.getLong("bench.timeoutSeconds", 30));
        LocalDate today = LocalDate.now(zone);
        List<Step> steps = lifecycle(today.toString());
        long updatesPerOrder = steps.size();

        for (String kv : System.getProperty("bench.pids", "").split(",")) {
            String[] p = kv.split(":");
            if (p.length == 2 && !p[1].isBlank()) {
                watched.put(p[0].trim(), Long.parseLong(p[1].trim()));
            }
        }
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(2)).build();

        System.out.printf("Threadline lifecycle load: %s  N=%d  C=%d  warmup=%d  run=%s  today=%s (%s)%s%n",
                base, n, c, warmup, run, today, zone, PARALLEL_REPORTS ? "  parallel reports" : "");
        System.out.printf("Per order: 1 create + %d milestone updates (%d task completions, %d reports, %d actuals)"
                + " + %d task queries%n", updatesPerOrder, count(steps, Kind.TASK), count(steps, Kind.REPORT),
                count(steps, Kind.ACTUAL), count(steps, Kind.TASK));

        phase = "setup";
        setup();

        if (warmup > 0) {
            String[] wNos = new String[warmup];
            for (int i = 0; i < warmup; i++) {
                wNos[i] = "W-" + run + "-" + i;
            }
            long wt = runPhase("warmup", warmup, c, i -> {
                if (create(wNos[i], today)) {
                    drive(wNos[i], steps, today.toString());
                }
            });
            System.out.printf("warmup: %d orders created and driven in %.1f s%n", warmup, wt / 1e9);
        }
        int errorsBefore = errorCount.get();

        String[] orderNos = new String[n];
        for (int i = 0; i < n; i++) {
            orderNos[i] = "B-" + run + "-" + i;
        }
        boolean[] created = new boolean[n];
        boolean[] driven = new boolean[n];

        settle(LifecycleLoad::watchedCpuMillis);
        Map<String, Double> cpu0 = cpuSnapshot();
        long createNanos = runPhase("create", n, c, i -> created[i] = create(orderNos[i], today));
        int createdCount = countTrue(created);
        settle(LifecycleLoad::watchedCpuMillis);
        recordCpu("create", cpu0, createNanos, createdCount, "order");
        System.out.printf("create: %d/%d orders in %.2f s%n", createdCount, n, createNanos / 1e9);

        cpu0 = cpuSnapshot();
        long driveNanos = runPhase("drive", n, c, i -> driven[i] = created[i] && drive(orderNos[i], steps, today.toString()));
        int drivenCount = countTrue(driven);
        settle(LifecycleLoad::watchedCpuMillis);
        recordCpu("drive", cpu0, driveNanos, milestoneUpdates.get(), "update");
        System.out.printf("drive:  %d/%d orders driven to the end in %.2f s%n", drivenCount, n, driveNanos / 1e9);

        boolean[] delivered = new boolean[n];
        long verifyNanos = runPhase("verify", n, c, i -> delivered[i] = verify(orderNos[i]));
        int deliveredCount = countTrue(delivered);

        // ------------------------------------------------------------ summary
        double createRate = createdCount / (createNanos / 1e9);
        double updateRate = milestoneUpdates.get() / (driveNanos / 1e9);
        int seconds = (int) Math.ceil(driveNanos / 1e9);
        List<Integer> perSecond = new ArrayList<>();
        for (int s = 0; s < Math.min(seconds, updatesPerSecond.length()); s++) {
            perSecond.add(updatesPerSecond.get(s));
        }
        // sustained: the worst 5-second window of the drive phase (ignoring the last, partial second)
        double worstWindow = Double.NaN;
        int full = (int) Math.floor(driveNanos / 1e9);
        if (full >= 5) {
            worstWindow = Double.MAX_VALUE;
            for (int s = 0; s + 5 <= full; s++) {
                int sum = 0;
                for (int k = s; k < s + 5; k++) {
                    sum += perSecond.get(k);
                }
                worstWindow = Math.min(worstWindow, sum / 5.0);
            }
        }

        StringBuilder out = new StringBuilder();
        out.append("\n==================== LIFECYCLE LOAD SUMMARY ====================\n");
        out.append(String.format("target            %s  N=%d  C=%d  warmup=%d  run=%s%n", base, n, c, warmup, run));
        out.append(String.format("orders created    %d/%d in %.2f s  =>  %.1f orders/s   (target >= 50)%n",
                createdCount, n, createNanos / 1e9, createRate));
        out.append(String.format("milestone updates %d in %.2f s  =>  %.1f updates/s   (target >= 200)%n",
                milestoneUpdates.get(), driveNanos / 1e9, updateRate));
        out.append(String.format("  worst 5 s window %.1f updates/s; per second: %s%n", worstWindow, perSecond));
        out.append(String.format("  lifecycles      %.1f orders/s driven end to end (%d HTTP calls each)%n",
                drivenCount / (driveNanos / 1e9), updatesPerOrder + count(steps, Kind.TASK)));
        out.append(String.format("verified          %d/%d DELIVERED with every milestone done (%.2f s)%n",
                deliveredCount, n, verifyNanos / 1e9));
        out.append(String.format("errors            %d (measured phases)%s%n", errorCount.get() - errorsBefore,
                errorsBefore > 0 ? "  + " + errorsBefore + " in setup/warmup" : ""));
        if (earlyReports.get() > 0) {
            out.append(String.format("reports not delivered to the process: %d%n", earlyReports.get()));
        }
        out.append("\nlatency (ms)                    count      p50      p95      p99      max\n");
        List<String> keys = new ArrayList<>(recorders.keySet());
        List<String> order = List.of("create:create", "drive:task-query", "drive:task-complete", "drive:report",
                "drive:actual", "verify:order-get");
        keys.sort((a, b) -> Integer.compare(rank(order, a), rank(order, b)));
        Map<String, Recorder> rows = new LinkedHashMap<>();
        for (String k : keys) {
            if (!k.startsWith("setup")) {
                rows.put(k, recorders.get(k));
            }
        }
        rows.put("overall (create+drive)", phaseTotals.getOrDefault("overall", new Recorder()));
        for (Map.Entry<String, Recorder> e : rows.entrySet()) {
            long[] v = e.getValue().snapshot();
            Arrays.sort(v);
            out.append(String.format("%-28s %8d %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), v.length, pct(v, 50) / 1000.0,
                    pct(v, 95) / 1000.0, pct(v, 99) / 1000.0, v.length == 0 ? 0 : v[v.length - 1] / 1000.0));
        }
        if (!cpuUse.isEmpty()) {
            out.append("\nCPU (ms of CPU per op; machine has ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores = ").append(1000 * Runtime.getRuntime().availableProcessors()).append(" CPU-ms/s)\n");
            for (CpuUse u : cpuUse) {
                double total = u.millis().getOrDefault("machine-total", Double.NaN);
                double busy = u.millis().getOrDefault("machine-busy", Double.NaN);
                double known = 0;
                StringBuilder line = new StringBuilder(String.format("%-7s per %-6s", u.phase(), u.opName()));
                for (Map.Entry<String, Double> e : u.millis().entrySet()) {
                    if (e.getKey().startsWith("machine")) {
                        continue;
                    }
                    known += e.getValue();
                    line.append(String.format("  %s %.2f", e.getKey(), e.getValue() / Math.max(1, u.ops())));
                }
                line.append(String.format("  other-processes %.2f", (busy - known) / Math.max(1, u.ops())));
                line.append(String.format("   | machine busy %.0f%%, of it other processes %.0f%%", 100 * busy / total,
                        100 * (busy - known) / total));
                out.append(line).append('\n');
            }
            for (CpuUse u : cpuUse) {
                double app = 0;
                for (Map.Entry<String, Double> e : u.millis().entrySet()) {
                    if (!e.getKey().startsWith("machine") && !e.getKey().equals("loadgen")) {
                        app += e.getValue();
                    }
                }
                double per = app / Math.max(1, u.ops());
                out.append(String.format("  %s: app+db %.2f CPU-ms per %s => CPU-bound ceiling on %d cores without load generator or other processes: %.0f %ss/s%n",
                        u.phase(), per, u.opName(), Runtime.getRuntime().availableProcessors(),
                        1000.0 * Runtime.getRuntime().availableProcessors() / per, u.opName()));
            }
        }
        for (CpuUse u : cpuUse) {
            if (u.dbStatus().isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("MariaDB per %s (%s phase):", u.opName(), u.phase()));
            u.dbStatus().forEach((k, v) -> line.append(String.format(" %s=%.1f", k, (double) v / Math.max(1, u.ops()))));
            out.append(line).append('\n');
        }
        long[] all = phaseTotals.getOrDefault("overall", new Recorder()).snapshot();
        Arrays.sort(all);
        boolean ok = createRate >= 50 && updateRate >= 200 && pct(all, 99) / 1000.0 < 200
                && errorCount.get() == 0 && deliveredCount == n;
        out.append(String.format("%ntargets: create>=50/s %s, updates>=200/s %s, p99<200ms %s, no errors %s, all delivered %s%n",
                yes(createRate >= 50), yes(updateRate >= 200), yes(pct(all, 99) / 1000.0 < 200),
                yes(errorCount.get() == 0), yes(deliveredCount == n)));
        out.append("RESULT: ").append(ok ? "PASS" : "FAIL").append('\n');
        out.append("================================================================\n");
        if (!failures.isEmpty()) {
            out.append("\nfailures (first ").append(Math.min(failures.size(), 50)).append(" of ").append(errorCount.get()).append("):\n");
            failures.stream().limit(50).forEach(f -> out.append("  ").append(f).append('\n'));
        }
        System.out.print(out);
        System.exit(ok ? 0 : 1);
    }

    static String yes(boolean b) {
        return b ? "yes" : "NO";
    }

    static int rank(List<String> order, String key) {
        int i = order.indexOf(key);
        return i < 0 ? order.size() : i;
    }

    static long count(List<Step> steps, Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).count();
    }

    static int countTrue(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            if (x) {
                n++;
            }
        }
        return n;
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(idx, sorted.length - 1))];
    }
}

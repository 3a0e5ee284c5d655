import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the bare engine (EngineCeiling) with the engine calls Threadline makes for the same work, and prints the
 * CPU milliseconds of the engine's JVM and of MariaDB per unit of work (from /proc). Compiled with
 * bench/LifecycleLoad.java, whose lifecycle steps it takes, by run-engine-ceiling.sh:
 *
 *   java -cp CLASSES CeilingLoad lifecycle BASE N C WARMUP APP_PID DB_PID
 *   java -cp CLASSES CeilingLoad burst     BASE N C WARMUP APP_PID DB_PID
 *
 * lifecycle: N orders' processes/order-lifecycle.bpmn started from C workers, as Threadline starts one per created
 *   order (its start checks run in the same call); then each driven through the steps of
 *   LifecycleLoad: a task query and a completion through /engine-rest per user task, one message correlated by
 *   business key per report (Threadline's ProgressReportService), and nothing for the two actual dates, which
 *   Threadline records in its own tables only. Per start and per step (the lifecycle benchmark's "update").
 * burst: N processes/exception-handling.bpmn started at once from C clients with the variables Threadline's
 *   ExceptionHandling.start passes for the notification burst's exceptions (a material 3 days late, graded P1), until
 *   the job executor has run every first notification (Task_NotifyResponsibles). Per exception, and the wall time.
 */
public class CeilingLoad {

    static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":(\\d+)");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final int CORES = Runtime.getRuntime().availableProcessors();
    static String base;
    static long appPid;
    static long dbPid;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        base = args[1];
        int n = Integer.parseInt(args[2]);
        int c = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        appPid = Long.parseLong(args[5]);
        dbPid = Long.parseLong(args[6]);
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        if (mode.equals("lifecycle")) {
            lifecycle(run, n, c, warmup);
        } else {
            burst(run, n, c, warmup);
        }
    }

    // ---------------------------------------------------------------- lifecycle

    static void lifecycle(String run, int n, int c, int warmup) throws Exception {
        List<LifecycleLoad.Step> steps = LifecycleLoad.lifecycle(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        List<String> warm = keys("W-" + run, warmup);
        run(c, warm, CeilingLoad::startOrder);
        run(c, warm, key -> drive(key, steps, new ArrayList<>(), new ArrayList<>()));

        List<String> keys = keys("B-" + run, n);
        List<Long> startNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> stepNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> queryNanos = Collections.synchronizedList(new ArrayList<>());
        LifecycleLoad.settle(CeilingLoad::engineAndDbMillis);
        Cpu c0 = Cpu.now();
        double startSeconds = seconds(() -> run(c, keys, key -> startNanos.add(timed(() -> startOrder(key)))));
        LifecycleLoad.settle(CeilingLoad::engineAndDbMillis);
        Cpu c1 = Cpu.now();
        double driveSeconds = seconds(() -> run(c, keys, key -> drive(key, steps, stepNanos, queryNanos)));
        LifecycleLoad.settle(CeilingLoad::engineAndDbMillis);
        Cpu c2 = Cpu.now();
        long stepCount = (long) n * steps.size();

        System.out.printf("orders %d (+%d warm-up), workers %d, steps per order %d (%d task completions, %d reports,"
                        + " %d actual dates: no engine call); %d finished lifecycles (history)%n",
                n, warmup, c, steps.size(), count(steps, LifecycleLoad.Kind.TASK), count(steps, LifecycleLoad.Kind.REPORT),
                count(steps, LifecycleLoad.Kind.ACTUAL),
                count("/engine-rest/history/process-instance/count?processDefinitionKey=OrderLifecycle&finished=true"));
        System.out.printf(Locale.ROOT, "start: %.1f starts/s; p50 %d ms, p99 %d ms; %s%n",
                n / startSeconds, pct(startNanos, 50), pct(startNanos, 99), c0.perOp(c1, n, "start"));
        System.out.printf(Locale.ROOT, "drive: %.1f steps/s; step p50 %d ms, p99 %d ms; task query p50 %d ms, p99 %d ms; %s%n",
                stepCount / driveSeconds, pct(stepNanos, 50), pct(stepNanos, 99), pct(queryNanos, 50),
                pct(queryNanos, 99), c1.perOp(c2, stepCount, "step"));
        System.out.printf(Locale.ROOT, "per start: engine+db %.2f CPU-ms%n", c0.appDbMillis(c1) / n);
        System.out.printf(Locale.ROOT, "per step: engine+db %.2f CPU-ms%n", c1.appDbMillis(c2) / stepCount);
    }

    static void startOrder(String key) throws Exception {
        post("/engine-rest/process-definition/key/OrderLifecycle/start", "{\"businessKey\":\"" + key
                + "\",\"variables\":{\"orderNo\":{\"value\":\"" + key + "\",\"type\":\"String\"}}}");
    }

    static void drive(String key, List<LifecycleLoad.Step> steps, List<Long> stepNanos, List<Long> queryNanos) {
        for (LifecycleLoad.Step step : steps) {
            switch (step.kind()) {
                case TASK -> {
                    String[] taskId = new String[1];
                    queryNanos.add(timed(() -> {
                        taskId[0] = LifecycleLoad.taskIdOf(get("/engine-rest/task?processInstanceBusinessKey=" + key),
                                step.name());
                        if (taskId[0] == null) {
                            throw new IllegalStateException(key + ": no open " + step.name());
                        }
                    }));
                    stepNanos.add(timed(() -> post("/engine-rest/task/" + taskId[0] + "/complete", step.variables())));
                }
                case REPORT -> stepNanos.add(timed(() -> {
                    String result = post("/engine-rest/message", "{\"messageName\":\"" + messageName(step.name())
                            + "\",\"businessKey\":\"" + key + "\",\"all\":true,\"resultEnabled\":true}");
                    if (result.strip().equals("[]")) {
                        throw new IllegalStateException(key + ": " + step.name() + " correlated nothing");
                    }
                }));
                case ACTUAL -> { }
            }
        }
    }

    /** FABRIC_SHIPPED -> FabricShipped, as Threadline's ProgressReport names its messages. */
    static String messageName(String report) {
        StringBuilder name = new StringBuilder();
        for (String word : report.split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    static long count(List<LifecycleLoad.Step> steps, LifecycleLoad.Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).count();
    }

    // ---------------------------------------------------------------- exception burst

    static void burst(String run, int n, int c, int warmup) throws Exception {
        if (warmup > 0) {
            long before = notified("exceptions");
            run(c, keys("W-" + run, warmup), CeilingLoad::startException);
            awaitNotified(before + warmup);
        }
        long notified0 = notified("exceptions");
        List<String> keys = keys("B-" + run, n);
        Cpu c0 = Cpu.now();
        long firstSent = System.currentTimeMillis();
        run(c, keys, CeilingLoad::startException);
        long startsDone = System.currentTimeMillis();
        boolean all = awaitNotified(notified0 + n);
        Cpu c1 = Cpu.now();
        long last = notified("lastMs");
        long duplicates = notified("runs") - notified("exceptions");
        double perException = c0.appDbMillis(c1) / n;

        System.out.printf(Locale.ROOT, "exceptions %d from %d clients (+%d warm-up); started in %.1f s; %s first notifications%s;"
                        + " waiting at Task_ConfirmHandling: %d%n", n, c, warmup, (startsDone - firstSent) / 1000.0,
                all ? "all" : "NOT ALL", all ? "" : " (gave up after 600 s)",
                count("/engine-rest/task/count?taskDefinitionKey=Task_ConfirmHandling"));
        System.out.printf(Locale.ROOT, "burst: first start sent -> last first notification %.2f s; duplicates %d; %s%n",
                (last - firstSent) / 1000.0, duplicates, c0.perOp(c1, n, "exception"));
        System.out.printf(Locale.ROOT, "per exception: engine+db %.2f CPU-ms; 1.3 x (%d x that / %d cores) = %.2f s%n",
                perException, n, CORES, 1.3 * n * perException / CORES / 1000.0);
    }

    static void startException(String key) throws Exception {
        long id = Math.abs((long) key.hashCode());
        post("/engine-rest/process-definition/key/ExceptionHandling/start", "{\"businessKey\":\"" + key
                + "\",\"variables\":{"
                + "\"slackDays\":{\"value\":7,\"type\":\"Integer\"},"
                + "\"delayDays\":{\"value\":3,\"type\":\"Integer\"},"
                + "\"valueShare\":{\"value\":0.4,\"type\":\"Double\"},"
                + "\"stage\":{\"value\":\"MATERIALS\",\"type\":\"String\"},"
                + "\"exceptionId\":{\"value\":" + id + ",\"type\":\"Long\"},"
                + "\"orderNo\":{\"value\":\"" + key + "\",\"type\":\"String\"},"
                + "\"type\":{\"value\":\"MATERIAL_DELAY\",\"type\":\"String\"},"
                + "\"ownerRole\":{\"value\":\"purchaser\",\"type\":\"String\"},"
                + "\"title\":{\"value\":\"面料晚到 3 天\",\"type\":\"String\"}}}");
    }

    static long notified(String figure) throws Exception {
        return number(get("/bench/first-notifications"), figure);
    }

    static long count(String path) throws Exception {
        return number(get(path), "count");
    }

    static long number(String json, String figure) {
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(figure)) {
                return Long.parseLong(m.group(2));
            }
        }
        throw new IllegalStateException("no " + figure);
    }

    static boolean awaitNotified(long exceptions) throws Exception {
        long until = System.currentTimeMillis() + 600_000;
        while (notified("exceptions") < exceptions) {
            if (System.currentTimeMillis() > until) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    // ---------------------------------------------------------------- CPU

    /** CPU so far (ms) of the engine's JVM, of MariaDB and of the whole machine (busy and total). */
    record Cpu(long app, long db, long busy, long total) {

        static Cpu now() throws Exception {
            String[] stat = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0, total = 0;
            for (int i = 1; i < stat.length; i++) {
                long ticks = Long.parseLong(stat[i]);
                total += ticks;
                busy += i == 4 || i == 5 ? 0 : ticks; // idle, iowait
            }
            return new Cpu(cpuMillis(appPid), cpuMillis(dbPid), busy * 10, total * 10);
        }

        double appDbMillis(Cpu later) {
            return later.app - app + later.db - db;
        }

        String perOp(Cpu later, long ops, String op) {
            double busyMs = later.busy - busy, others = busyMs - appDbMillis(later);
            return String.format(Locale.ROOT, "engine CPU %.2f ms, MariaDB CPU %.2f ms per %s; machine busy %.0f%%, of it"
                    + " other processes (load generator included) %.0f%%", (later.app - app) / (double) ops,
                    (later.db - db) / (double) ops, op, 100 * busyMs / (later.total - total),
                    100 * others / (later.total - total));
        }
    }

    static double engineAndDbMillis() {
        try {
            return cpuMillis(appPid) + cpuMillis(dbPid);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** User plus system CPU of a process so far, from /proc (clock ticks of 10 ms). */
    static long cpuMillis(long pid) throws Exception {
        String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    // ---------------------------------------------------------------- plumbing

    interface Work {
        void run(String key) throws Exception;
    }

    interface Call {
        void run() throws Exception;
    }

    static List<String> keys(String prefix, int n) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(prefix + "-" + i);
        }
        return keys;
    }

    static void run(int workers, List<String> keys, Work work) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < keys.size(); i = next.getAndIncrement()) {
                    try {
                        work.run(keys.get(i));
                    } catch (Exception e) {
                        if (failures.incrementAndGet() <= 5) {
                            System.err.println(keys.get(i) + ": " + e);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of " + keys.size() + " failed");
        }
    }

    static double seconds(Call call) throws Exception {
        long t0 = System.nanoTime();
        call.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    static long timed(Call call) {
        long t = System.nanoTime();
        try {
            call.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - t;
    }

    static long pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1_000_000;
    }

    static String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    static String post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the bare engine as LifecycleLoad drives Threadline: N instances from C workers; each completes its user
 * tasks through /engine-rest (a task query, then complete) and correlates its messages by business key. Prints
 * starts/s, steps/s (a step = a task completion or a correlation, the lifecycle benchmark's "update"), latency
 * percentiles and the CPU milliseconds per step of the engine's JVM and of MariaDB.
 *
 * java CeilingLoad.java <base> <N> <C> <pairs> <appPid> <dbPid>
 */
public class CeilingLoad {

    static final Pattern TASK_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int n = Integer.parseInt(args[1]);
        int c = Integer.parseInt(args[2]);
        int pairs = Integer.parseInt(args[3]);
        long appPid = Long.parseLong(args[4]);
        long dbPid = Long.parseLong(args[5]);

        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add("CEIL-" + System.nanoTime() + "-" + i);
        }
        List<Long> startNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> stepNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> queryNanos = Collections.synchronizedList(new ArrayList<>());

        long cpu0App = cpuMillis(appPid), cpu0Db = cpuMillis(dbPid), t0 = System.nanoTime();
        run(c, keys, key -> startNanos.add(timed(() -> post("/engine-rest/process-definition/key/ceiling/start",
                "{\"businessKey\":\"" + key + "\"}"))));
        long t1 = System.nanoTime(), cpu1App = cpuMillis(appPid), cpu1Db = cpuMillis(dbPid);
        run(c, keys, key -> {
            for (int i = 1; i <= pairs; i++) {
                String[] taskId = new String[1];
                queryNanos.add(timed(() -> {
                    Matcher m = TASK_ID.matcher(get("/engine-rest/task?processInstanceBusinessKey=" + key));
                    if (!m.find()) {
                        throw new IllegalStateException("no task for " + key);
                    }
                    taskId[0] = m.group(1);
                }));
                stepNanos.add(timed(() -> post("/engine-rest/task/" + taskId[0] + "/complete", "{}")));
                int step = i;
                stepNanos.add(timed(() -> post("/engine-rest/message",
                        "{\"messageName\":\"Report_" + step + "\",\"businessKey\":\"" + key + "\"}")));
            }
        });
        long t2 = System.nanoTime(), cpu2App = cpuMillis(appPid), cpu2Db = cpuMillis(dbPid);
        String finished = get("/engine-rest/history/process-instance/count?processDefinitionKey=ceiling&finished=true");

        double startSeconds = (t1 - t0) / 1e9, driveSeconds = (t2 - t1) / 1e9;
        System.out.printf("instances %d, workers %d, steps per instance %d; finished instances (history) %s%n",
                n, c, 2 * pairs, finished);
        System.out.printf("start: %.1f instances/s; p50 %d ms, p99 %d ms; engine CPU %.1f ms, MariaDB CPU %.1f ms per start%n",
                n / startSeconds, pct(startNanos, 50), pct(startNanos, 99), (cpu1App - cpu0App) / (double) n,
                (cpu1Db - cpu0Db) / (double) n);
        System.out.printf("drive: %.1f steps/s (task completions and correlations); step p50 %d ms, p99 %d ms; "
                        + "task query p50 %d ms, p99 %d ms%n", stepNanos.size() / driveSeconds, pct(stepNanos, 50),
                pct(stepNanos, 99), pct(queryNanos, 50), pct(queryNanos, 99));
        System.out.printf("drive: engine CPU %.1f ms, MariaDB CPU %.1f ms per step (task queries included)%n",
                (cpu2App - cpu1App) / (double) stepNanos.size(), (cpu2Db - cpu1Db) / (double) stepNanos.size());
    }

    interface Work {
        void run(String key) throws Exception;
    }

    interface Call {
        void run() throws Exception;
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
            throw new IllegalStateException(failures.get() + " instances failed");
        }
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

    /** User plus system CPU of a process so far, from /proc (clock ticks of 10 ms). */
    static long cpuMillis(long pid) throws Exception {
        String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }
}

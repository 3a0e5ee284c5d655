import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Client side of the monitor benchmark (JDK only; run with {@code java MonitorBench.java <command> ...}).
 *
 * <pre>
 * passes  BASE COUNT OUT.csv [APP_PID]  POST /api/monitoring/passes COUNT times, one after the other; per pass the
 *                                       wall time of the POST, what it found/opened, and each monitor's millis
 *                                       from GET /api/monitoring/passes; with APP_PID also the CPU time the
 *                                       app's JVM used meanwhile (all threads, from /proc: a load-independent view)
 * trigger BASE CANDIDATES MODE N OUT.csv
 *                                       MODE seq: one client; for each candidate POST a late shipment of line 1,
 *                                       then poll the exception until its first notification is visible, then the
 *                                       next one. MODE conc: N clients posting back to back, then
 *                                       waiting until every one is notified.
 *                                       CANDIDATES: lines "orderNo neededBy(yyyy-mm-dd)". Records the client send
 *                                       time (System.currentTimeMillis) of every request.
 * latency SENT.csv SERVER.tsv LABEL     joins the send times with the server's timestamps (exported by the script
 *                                       from MariaDB) and prints p50/p95/p99/max of send -> detected -> notified
 * </pre>
 */
public class MonitorBench {

    /** Keeps the session cookie, so the server checks the Basic password once per session. */
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new java.net.CookieManager()).version(HttpClient.Version.HTTP_1_1).build();
    /** THREADLINE_USER / THREADLINE_PASSWORD from the environment; default admin / admin, the initial administrator. */
    static final String BASIC_AUTH = "Basic " + java.util.Base64.getEncoder().encodeToString(
            (env("THREADLINE_USER", "admin") + ":" + env("THREADLINE_PASSWORD", "admin")).getBytes(StandardCharsets.UTF_8));
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "passes" -> passes(args[1], Integer.parseInt(args[2]), Path.of(args[3]), args.length > 4 ? args[4] : null);
            case "trigger" -> trigger(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4]), Path.of(args[5]));
            case "latency" -> latency(Path.of(args[1]), Path.of(args[2]), args[3]);
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: passes BASE COUNT OUT | trigger BASE CANDIDATES seq|conc N OUT | latency SENT SERVER LABEL");
        System.exit(2);
    }

    // ---------------------------------------------------------------- full passes

    static void passes(String base, int count, Path out, String appPid) throws Exception {
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        Map<String, List<Double>> perMonitor = new TreeMap<>();
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out))) {
            csv.println("pass,wall_ms,app_cpu_ms,found,opened,worsened,cleared,monitor_ms");
            for (int i = 1; i <= count; i++) {
                double cpu0 = cpuMillis(appPid);
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/monitoring/passes"))
                        .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.noBody()).build());
                double wall = (System.nanoTime() - t0) / 1e6;
                double cpu = cpuMillis(appPid) - cpu0;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("POST passes: " + r.statusCode() + " " + r.body());
                }
                int found = 0, opened = 0, worsened = 0, cleared = 0;
                for (Object o : (List<?>) Json.parse(r.body())) {
                    Map<?, ?> m = (Map<?, ?>) o;
                    found += num(m.get("found"));
                    opened += num(m.get("opened"));
                    worsened += num(m.get("worsened"));
                    cleared += num(m.get("cleared"));
                }
                Map<?, ?> last = (Map<?, ?>) Json.parse(get(base + "/api/monitoring/passes").body());
                StringBuilder monitors = new StringBuilder();
                for (Map.Entry<?, ?> e : new TreeMap<>(last).entrySet()) {
                    Map<?, ?> rec = (Map<?, ?>) e.getValue();
                    double ms = ((Number) rec.get("millis")).doubleValue();
                    perMonitor.computeIfAbsent((String) e.getKey(), k -> new ArrayList<>()).add(ms);
                    monitors.append(monitors.isEmpty() ? "" : " ").append(e.getKey()).append('=').append((long) ms);
                    if (num(rec.get("retries")) > 0 || rec.get("error") != null) {
                        monitors.append("(retries=").append(rec.get("retries")).append(",error=")
                                .append(rec.get("error")).append(')');
                    }
                }
                walls.add(wall);
                cpus.add(cpu);
                csv.printf(Locale.ROOT, "%d,%.1f,%.0f,%d,%d,%d,%d,%s%n", i, wall, cpu, found, opened, worsened, cleared,
                        monitors);
                System.out.printf(Locale.ROOT,
                        "  pass %2d: %8.0f ms (app CPU %6.0f ms)  found=%d opened=%d worsened=%d cleared=%d  [%s]%n",
                        i, wall, cpu, found, opened, worsened, cleared, monitors);
            }
        }
        System.out.println("  wall ms: " + stats(walls));
        if (appPid != null) {
            System.out.println("  app CPU ms: " + stats(cpus));
        }
        for (Map.Entry<String, List<Double>> e : perMonitor.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-24s ms: %s%n", e.getKey(), stats(e.getValue()));
        }
    }

    // ---------------------------------------------------------------- trigger inputs

    record Candidate(String orderNo, LocalDate neededBy) {
    }

    static void trigger(String base, Path candidates, String mode, int clients, Path out) throws Exception {
        ConcurrentLinkedQueue<Candidate> queue = new ConcurrentLinkedQueue<>();
        for (String line : Files.readAllLines(candidates)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2) {
                queue.add(new Candidate(f[0], LocalDate.parse(f[1])));
            }
        }
        int total = queue.size();
        boolean sequential = mode.equals("seq");
        int threads = sequential ? 1 : clients;
        List<String> rows = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.currentTimeMillis();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                Candidate c;
                while ((c = queue.poll()) != null) {
                    rows.add(sendShipment(base, c, sequential));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        long elapsed = System.currentTimeMillis() - started;
        if (!sequential) {
            // the scans run after the responses: wait until every exception is notified before the latency export
            for (String row : rows) {
                String[] f = row.split(",");
                if (f[3].equals("200")) {
                    pollNotified(base, f[0], Long.parseLong(f[1]));
                }
            }
        }
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out))) {
            csv.println("order_no,send_ms,response_ms,status,seen_notified_ms");
            rows.forEach(csv::println);
        }
        List<Double> responses = new ArrayList<>();
        int failed = 0;
        for (String row : rows) {
            String[] f = row.split(",");
            if (!f[3].equals("200")) {
                failed++;
            }
            responses.add(Double.parseDouble(f[2]) - Double.parseDouble(f[1]));
        }
        System.out.printf(Locale.ROOT, "  %s: %d inputs (%d client%s) in %.1f s (%.1f/s), non-200: %d%n", mode, total,
                threads, threads == 1 ? "" : "s", elapsed / 1000.0, total * 1000.0 / elapsed, failed);
        System.out.println("  HTTP response ms (send -> response, includes the after-commit scan of the order): "
                + stats(responses));
    }

    static String sendShipment(String base, Candidate c, boolean pollUntilNotified) throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        String body = "{\"shippedDate\":\"" + today + "\",\"carrier\":\"SF Express\",\"trackingNo\":\"BENCH-"
                + c.orderNo() + "\",\"eta\":\"" + c.neededBy().plusDays(3) + "\",\"reportedBy\":\"supplier.bench\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/orders/" + c.orderNo()
                        + "/materials/1/shipment"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long sent = System.currentTimeMillis();
        HttpResponse<String> r = send(request);
        long responded = System.currentTimeMillis();
        if (r.statusCode() != 200) {
            System.err.println("  " + c.orderNo() + ": " + r.statusCode() + " " + r.body());
        }
        long seen = -1;
        if (pollUntilNotified && r.statusCode() == 200) {
            seen = pollNotified(base, c.orderNo(), sent);
        }
        return c.orderNo() + "," + sent + "," + responded + "," + r.statusCode() + "," + seen;
    }

    /** Polls (every 10 ms, at most 30 s) until the order's MATERIAL_DELAY exception shows a NOTIFIED event. */
    static long pollNotified(String base, String orderNo, long sent) throws Exception {
        long id = -1;
        while (System.currentTimeMillis() - sent < 30_000) {
            if (id < 0) {
                Map<?, ?> page = (Map<?, ?>) Json.parse(get(base + "/api/exceptions?orderNo=" + orderNo
                        + "&type=MATERIAL_DELAY").body());
                for (Object o : (List<?>) page.get("items")) {
                    Map<?, ?> e = (Map<?, ?>) o;
                    if ("LINE-1".equals(e.get("subject"))) {
                        id = ((Number) e.get("id")).longValue();
                    }
                }
            }
            if (id >= 0) {
                Map<?, ?> detail = (Map<?, ?>) Json.parse(get(base + "/api/exceptions/" + id).body());
                for (Object o : (List<?>) detail.get("timeline")) {
                    if ("NOTIFIED".equals(((Map<?, ?>) o).get("kind"))) {
                        return System.currentTimeMillis();
                    }
                }
            }
            Thread.sleep(10);
        }
        System.err.println("  " + orderNo + ": no notification within 30 s");
        return -1;
    }

    // ---------------------------------------------------------------- latency report

    static void latency(Path sentCsv, Path serverTsv, String label) throws IOException {
        Map<String, String[]> sent = new HashMap<>();
        for (String line : Files.readAllLines(sentCsv).subList(1, Files.readAllLines(sentCsv).size())) {
            String[] f = line.split(",");
            sent.put(f[0], f);
        }
        // server (bench_mark, see bench-marks.sql): order_no, exception id, detected_ms (row inserted),
        // notified_ms (NOTIFIED event inserted), inbox_ms (first round-1 message), job_locked_ms (the job executor
        // acquired the notification job), priority
        List<Double> total = new ArrayList<>(), detect = new ArrayList<>(), notify = new ArrayList<>(),
                response = new ArrayList<>(), pickup = new ArrayList<>(), inbox = new ArrayList<>(),
                seen = new ArrayList<>();
        Map<String, Integer> priorities = new TreeMap<>();
        int missing = 0;
        for (String line : Files.readAllLines(serverTsv)) {
            String[] f = line.split("\t");
            String[] s = sent.remove(f[0]);
            if (s == null) {
                continue;
            }
            double send = Double.parseDouble(s[1]);
            double detected = dbl(f[2]);
            double notified = dbl(f[3]);
            double inboxAt = dbl(f[4]);
            double jobStart = dbl(f[5]);
            priorities.merge(f.length > 6 ? f[6] : "?", 1, Integer::sum);
            if (Double.isNaN(notified)) {
                missing++;
                continue;
            }
            response.add(Double.parseDouble(s[2]) - send);
            total.add(notified - send);
            detect.add(detected - send);
            notify.add(notified - detected);
            if (!Double.isNaN(jobStart)) {
                pickup.add(jobStart - detected);
            }
            if (!Double.isNaN(inboxAt)) {
                inbox.add(inboxAt - send);
            }
            if (s.length > 4 && !s[4].equals("-1")) {
                seen.add(Double.parseDouble(s[4]) - send);
            }
        }
        missing += sent.size();
        System.out.println("  " + label + ": " + total.size() + " exceptions opened and notified, " + missing
                + " without exception or notification; grades " + priorities);
        System.out.println("    send -> first notification (NOTIFIED event)  ms: " + stats(total));
        System.out.println("    send -> first inbox message                  ms: " + stats(inbox));
        System.out.println("    send -> exception detected_at                ms: " + stats(detect));
        System.out.println("    send -> HTTP response                        ms: " + stats(response));
        System.out.println("    detected -> notify job acquired (pickup)     ms: " + stats(pickup));
        System.out.println("    detected -> notified                         ms: " + stats(notify));
        if (!seen.isEmpty()) {
            System.out.println("    send -> client saw it notified (10 ms poll)  ms: " + stats(seen));
        }
    }

    static double dbl(String s) {
        return s == null || s.isEmpty() || s.equals("NULL") ? Double.NaN : Double.parseDouble(s);
    }

    // ---------------------------------------------------------------- helpers

    static HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpRequest signedIn = HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", BASIC_AUTH).build();
        return HTTP.send(signedIn, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** User + system CPU time of a process so far (ms), from /proc/PID/stat (clock ticks of 10 ms); 0 without PID. */
    static double cpuMillis(String pid) throws IOException {
        if (pid == null) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
    }

    static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    /** n, min, p50, p95, p99, max (nearest rank). */
    static String stats(List<Double> values) {
        if (values.isEmpty()) {
            return "n=0";
        }
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return String.format(Locale.ROOT, "n=%d min=%.0f p50=%.0f p95=%.0f p99=%.0f max=%.0f", v.size(), v.get(0),
                rank(v, 50), rank(v, 95), rank(v, 99), v.get(v.size() - 1));
    }

    static double rank(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** A minimal JSON reader: objects to LinkedHashMap, arrays to ArrayList, numbers to Double. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            Json j = new Json(s);
            Object v = j.value();
            j.ws();
            if (j.i != s.length()) {
                throw new IllegalArgumentException("trailing JSON at " + j.i);
            }
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        i++; // ':'
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[': {
                    List<Object> l = new ArrayList<>();
                    i++;
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return Double.parseDouble(s.substring(start, i));
                }
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }
}

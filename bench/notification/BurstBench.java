/*
 * Issue 4's burst benchmark: many exceptions raised at once, each timed until its first notification reached a
 * provider. A JDK program, compiled with bench/monitoring/MonitorBench.java (its percentiles) and run by
 * run-burst-benchmark.sh:
 *
 *   java -cp CLASSES BurstBench BASE CANDIDATES CLIENTS STUB_PORT DB OUT_DIR [WAIT_SECONDS]
 *
 * 1. Starts a stand-in provider on 127.0.0.1:STUB_PORT for WeCom (gettoken, message/send) and Aliyun SMS (POST /),
 *    which the app is configured to call. It answers like the real ones and records every message it is handed,
 *    with the time it arrived: that is "handed to its provider".
 * 2. Raises one MATERIAL_DELAY exception per candidate: CLIENTS clients post, back to back, a late shipment of the
 *    order's fabric (POST /api/orders/{no}/materials/1/shipment); the order's monitor scan opens the exception and
 *    its process sends the first alert. CANDIDATES: lines "orderNo neededBy(yyyy-mm-dd)".
 * 3. Waits until every exception's alert reached the stub, or WAIT_SECONDS (600), then until the stub has been
 *    quiet for 3 s (the other people and channels of each alert, and any late duplicate).
 * 4. Prints: the whole burst (first input sent, and first exception opened, to the last first notification), per
 *    exception latency (input sent -> first notification; opened -> first notification) p50/p95/p99/max, and
 *    duplicates: (exception, round, person, channel) with more than one SENT attempt in the delivery log, and
 *    messages the stub got more than once. "Opened" is the bench_mark the database writes when order_exception
 *    gets the row (bench/monitoring/bench-marks.sql), on the same machine clock.
 */

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
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
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class BurstBench {

    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    static final Pattern ORDER_NO = Pattern.compile("MB-\\d{6}");
    static final Pattern EXCEPTION_LINK = Pattern.compile("/exceptions/(\\d+)");
    static final Pattern WECOM_USER = Pattern.compile("\"touser\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern SMS_OUT_ID = Pattern.compile("threadline-(\\d+)-(\\d+)");

    /** One message the stub was handed: when, on which channel, to whom, about which order and exception. */
    record Received(long atMs, String channel, String to, String orderNo, String exceptionId) {
    }

    record Sent(String orderNo, long sentMs, long respondedMs, int status) {
    }

    static final ConcurrentLinkedQueue<Received> RECEIVED = new ConcurrentLinkedQueue<>();
    static final AtomicInteger IDS = new AtomicInteger();
    static final ExecutorService STUB_THREADS = Executors.newFixedThreadPool(8);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String[]> candidates = Files.readAllLines(Path.of(args[1])).stream().map(l -> l.trim().split("\\s+"))
                .filter(f -> f.length >= 2).toList();
        int clients = Integer.parseInt(args[2]);
        int stubPort = Integer.parseInt(args[3]);
        String db = args[4];
        Path out = Path.of(args[5]);
        int waitSeconds = args.length > 6 ? Integer.parseInt(args[6]) : 600;

        HttpServer stub = stub(stubPort);
        List<Sent> sent = raise(base, candidates, clients);
        Set<String> raised = sent.stream().filter(s -> s.status() == 200).map(Sent::orderNo).collect(Collectors.toSet());
        boolean complete = awaitFirstNotifications(raised, waitSeconds);
        awaitQuiet(3000); // the other recipients and channels, and late duplicates if any
        stub.stop(0);
        STUB_THREADS.shutdown();
        report(sent, clients, db, out, complete);
    }

    // ---------------------------------------------------------------- stand-in provider

    static HttpServer stub(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        server.createContext("/cgi-bin/gettoken", exchange ->
                answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"bench\",\"expires_in\":7200}"));
        server.createContext("/cgi-bin/message/send", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            record(body, "WECOM", first(WECOM_USER, body), first(EXCEPTION_LINK, body));
            answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"w-" + IDS.incrementAndGet() + "\"}");
        });
        server.createContext("/", exchange -> {
            String request = exchange.getRequestURI().getRawQuery() + "&"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> params = new HashMap<>();
            for (String pair : request.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
            record(params.getOrDefault("TemplateParam", ""), "SMS", params.get("PhoneNumbers"),
                    first(SMS_OUT_ID, params.getOrDefault("OutId", "")));
            answer(exchange, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"s-" + IDS.incrementAndGet()
                    + "\",\"RequestId\":\"bench\"}");
        });
        server.setExecutor(STUB_THREADS);
        server.start();
        return server;
    }

    static void record(String text, String channel, String to, String exceptionId) {
        RECEIVED.add(new Received(System.currentTimeMillis(), channel, to, first0(ORDER_NO, text), exceptionId));
    }

    static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    static String decode(String s) {
        return s == null ? "" : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static String first0(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }

    // ---------------------------------------------------------------- the burst

    static List<Sent> raise(String base, List<String[]> candidates, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new java.net.CookieManager()).version(HttpClient.Version.HTTP_1_1).build();
        ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>(candidates);
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                String[] candidate;
                while ((candidate = queue.poll()) != null) {
                    String body = "{\"shippedDate\":\"" + today + "\",\"carrier\":\"SF Express\",\"trackingNo\":\"BURST-"
                            + candidate[0] + "\",\"eta\":\"" + LocalDate.parse(candidate[1]).plusDays(3)
                            + "\",\"reportedBy\":\"supplier.bench\"}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/orders/" + candidate[0]
                                    + "/materials/1/shipment")).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json").header("Authorization", AUTH)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long at = System.currentTimeMillis();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    sent.add(new Sent(candidate[0], at, System.currentTimeMillis(), response.statusCode()));
                    if (response.statusCode() != 200) {
                        System.err.println("  " + candidate[0] + ": " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return sent;
    }

    static boolean awaitFirstNotifications(Set<String> orders, int seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (!RECEIVED.stream().map(Received::orderNo).collect(Collectors.toSet()).containsAll(orders)) {
            if (System.currentTimeMillis() > until) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    /** Until the stub has been handed nothing for {@code millis}. */
    static void awaitQuiet(long millis) throws InterruptedException {
        int seen;
        do {
            seen = RECEIVED.size();
            Thread.sleep(millis);
        } while (RECEIVED.size() != seen);
    }

    // ---------------------------------------------------------------- figures

    static void report(List<Sent> sent, int clients, String db, Path out, boolean complete) throws Exception {
        Map<String, Long> firstMessage = new HashMap<>();
        Map<String, Long> firstOfException = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        for (Received r : RECEIVED) {
            if (r.orderNo() != null) {
                firstMessage.merge(r.orderNo(), r.atMs(), Math::min);
            }
            if (r.exceptionId() != null) {
                firstOfException.merge(r.exceptionId(), r.atMs(), Math::min);
            }
            copies.merge(r.channel() + "/" + r.exceptionId() + "/" + r.to(), 1, Integer::sum);
        }
        // opened -> first notification of that exception: an order's delivery delay (opened by the same input) may
        // be notified before its material delay is opened, so the order's first message would not do here
        Map<String, Double> opened = new HashMap<>();
        Map<String, Long> openedNotified = new HashMap<>();
        for (String line : mysql(db, "SELECT e.order_no, e.id, MIN(b.at_ms) FROM order_exception e JOIN bench_mark b"
                + " ON b.what = 'detected' AND b.ref = e.id WHERE e.type = 'MATERIAL_DELAY'"
                + " GROUP BY e.order_no, e.id")) {
            String[] f = line.split("\t");
            opened.put(f[0], Double.parseDouble(f[2]));
            Long notified = firstOfException.get(f[1]);
            if (notified != null) {
                openedNotified.put(f[0], notified);
            }
        }

        List<Double> fromSend = new ArrayList<>();
        List<Double> fromOpened = new ArrayList<>();
        long firstSend = Long.MAX_VALUE;
        long lastFirstMessage = 0;
        double firstOpened = Double.MAX_VALUE;
        int unnotified = 0;
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("burst.csv")))) {
            csv.println("order_no,sent_ms,responded_ms,status,opened_ms,first_notification_ms");
            for (Sent s : sent) {
                Long notified = firstMessage.get(s.orderNo());
                Double open = opened.get(s.orderNo());
                csv.println(s.orderNo() + "," + s.sentMs() + "," + s.respondedMs() + "," + s.status() + ","
                        + (open == null ? "" : String.format(Locale.ROOT, "%.3f", open)) + ","
                        + (notified == null ? "" : notified));
                if (s.status() != 200) {
                    continue;
                }
                firstSend = Math.min(firstSend, s.sentMs());
                if (notified == null) {
                    unnotified++;
                    continue;
                }
                lastFirstMessage = Math.max(lastFirstMessage, notified);
                fromSend.add((double) (notified - s.sentMs()));
                if (open != null && openedNotified.containsKey(s.orderNo())) {
                    firstOpened = Math.min(firstOpened, open);
                    fromOpened.add(openedNotified.get(s.orderNo()) - open);
                }
            }
        }
        long lastSend = sent.stream().mapToLong(Sent::sentMs).max().orElse(0);
        List<Double> responses = sent.stream().map(s -> (double) (s.respondedMs() - s.sentMs())).toList();
        long stubDuplicates = copies.values().stream().filter(n -> n > 1).count();
        List<String> logDuplicates = mysql(db, "SELECT COUNT(*) FROM (SELECT d.exception_id FROM notification_delivery d"
                + " JOIN delivery_attempt a ON a.delivery_id = d.id WHERE a.status = 'SENT'"
                + " GROUP BY d.exception_id, d.round, d.recipient, d.channel HAVING COUNT(*) > 1) x");
        List<String> byChannel = mysql(db, "SELECT CONCAT(d.channel, ' ', d.status, ' ', COUNT(*)) FROM notification_delivery d"
                + " WHERE d.exception_id > 0 GROUP BY d.channel, d.status ORDER BY d.channel, d.status");

        System.out.printf(Locale.ROOT, "inputs: %d from %d clients, sent over %.1f s, non-200: %d%n", sent.size(),
                clients, (lastSend - firstSend) / 1000.0, sent.stream().filter(s -> s.status() != 200).count());
        System.out.println("HTTP response ms: " + MonitorBench.stats(responses));
        System.out.printf(Locale.ROOT, "exceptions opened: %d; with a first notification at the stub: %d; without: %d%s%n",
                opened.size(), fromSend.size(), unnotified, complete ? "" : " (gave up waiting)");
        System.out.printf(Locale.ROOT, "whole burst: first input sent -> last first notification %.2f s;"
                        + " first exception opened -> last first notification %.2f s (target 5 s)%n",
                (lastFirstMessage - firstSend) / 1000.0, (lastFirstMessage - firstOpened) / 1000.0);
        System.out.println("per exception, input sent -> first notification ms: " + MonitorBench.stats(fromSend));
        System.out.println("per exception, opened -> first notification ms:     " + MonitorBench.stats(fromOpened)
                + " (target p99 < 1000)");
        System.out.println("messages at the stub: " + RECEIVED.size() + "; received more than once (channel,"
                + " exception, person): " + stubDuplicates);
        System.out.println("delivery log: (exception, round, person, channel) with more than one SENT attempt: "
                + String.join("", logDuplicates) + "; deliveries by channel and status: " + String.join(", ", byChannel));
    }

    static List<String> mysql(String db, String sql) throws Exception {
        Process p = new ProcessBuilder("mysql", "-uroot", "-h127.0.0.1", "--protocol=TCP", "-N", "-B", db, "-e", sql)
                .redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("mysql: " + lines);
        }
        return lines;
    }
}

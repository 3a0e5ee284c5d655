import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Live-update fan-out: PAGES open event streams, half of them of the order's merchandiser (concerned), half of
 * other people (not concerned). CHANGES times the order's plan is changed through the API; for each change and
 * each concerned page it measures the time from sending the change to the page receiving order-changed, and checks
 * that no other page got it. Single-file JDK program:
 * {@code java LiveFanout.java BASE ORDER_NO CONCERNED_USER OTHER_USER PASSWORD PAGES CHANGES}.
 */
public class LiveFanout {

    /** A milestone every open demo order has, moved again and again: each move re-forecasts the plan. */
    private static final String CODE = System.getenv().getOrDefault("MILESTONE", "FIT_SAMPLE");
    private static final int WARMUP = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "10"));

    public static void main(String[] args) throws Exception {
        String base = args[0], orderNo = args[1], concerned = args[2], other = args[3], password = args[4];
        int pages = Integer.parseInt(args[5]), changes = Integer.parseInt(args[6]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        ConcurrentHashMap<Integer, Long> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> sinceCommitNanos = new ConcurrentLinkedQueue<>();
        AtomicInteger strays = new AtomicInteger();
        List<CountDownLatch> arrivals = new ArrayList<>();
        for (int c = 0; c < changes; c++) {
            arrivals.add(new CountDownLatch(pages / 2));
        }
        AtomicInteger currentChange = new AtomicInteger(-1);
        CountDownLatch open = new CountDownLatch(pages);
        for (int p = 0; p < pages; p++) {
            boolean isConcerned = p % 2 == 0;
            String user = isConcerned ? concerned : other;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/inbox/stream?user=" + user))
                    .header("Accept", "text/event-stream").header("Authorization", basic(user, password)).build();
            Thread reader = new Thread(() -> read(http, request, orderNo, isConcerned, open, currentChange, sentAt,
                    latenciesNanos, sinceCommitNanos, arrivals, strays), "page-" + p);
            reader.setDaemon(true);
            reader.start();
        }
        if (!open.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not every page could open its stream: " + open.getCount() + " missing");
        }
        Thread.sleep(500);

        // The changing client keeps its session cookie, as a page does: HTTP Basic without it would run BCrypt on
        // every change and measure that instead of the push.
        HttpClient changer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new java.net.CookieManager()).build();
        LocalDate expected = LocalDate.now().plusDays(30);
        // unmeasured: the first sign-in and a cold JIT are not what a running server's change costs
        for (int w = 0; w < WARMUP; w++) {
            change(changer, base, orderNo, concerned, password, expected.plusDays(w % 20), "warm-up " + w);
        }
        Thread.sleep(500);
        for (int c = 0; c < changes; c++) {
            currentChange.set(c);
            sentAt.put(c, System.nanoTime());
            change(changer, base, orderNo, concerned, password, expected.plusDays(c % 20), "fan-out " + c);
            if (!arrivals.get(c).await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("change " + c + " reached only " + (pages / 2 - arrivals.get(c).getCount())
                        + " of " + pages / 2 + " concerned pages within 10 s");
            }
            Thread.sleep(100);
        }
        Thread.sleep(500);
        List<Long> sorted = new ArrayList<>(latenciesNanos);
        Collections.sort(sorted);
        List<Long> committed = new ArrayList<>(sinceCommitNanos);
        Collections.sort(committed);
        System.out.printf("pages=%d (concerned %d), changes=%d, deliveries=%d, pages that got a change not theirs: %d%n",
                pages, pages / 2, changes, sorted.size(), strays.get());
        System.out.printf("send -> page received (ms): p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", ms(sorted, 0.50),
                ms(sorted, 0.95), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        System.out.printf("commit -> page received (ms, 1 ms clock): p50=%.0f p95=%.0f p99=%.0f max=%.0f%n",
                ms(committed, 0.50), ms(committed, 0.95), ms(committed, 0.99), committed.get(committed.size() - 1) / 1e6);
    }

    private static void change(HttpClient changer, String base, String orderNo, String login, String password,
            LocalDate date, String reason) throws Exception {
        String body = "{\"expectedDate\":\"" + date + "\",\"reason\":\"" + reason + "\"}";
        HttpRequest change = HttpRequest.newBuilder(URI.create(base + "/api/orders/" + orderNo
                        + "/milestones/" + CODE + "/forecast"))
                .header("Content-Type", "application/json").header("Authorization", basic(login, password))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> answer = changer.send(change, BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(reason + " -> " + answer.statusCode() + " " + answer.body());
        }
    }

    private static void read(HttpClient http, HttpRequest request, String orderNo, boolean isConcerned,
            CountDownLatch open, AtomicInteger currentChange, ConcurrentHashMap<Integer, Long> sentAt,
            ConcurrentLinkedQueue<Long> latencies, ConcurrentLinkedQueue<Long> sinceCommit,
            List<CountDownLatch> arrivals, AtomicInteger strays) {
        try {
            HttpResponse<Stream<String>> response = http.send(request, BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                System.err.println("stream -> " + response.statusCode());
                return;
            }
            open.countDown();
            String event = null;
            int lastCounted = -1;
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:") && "order-changed".equals(event) && line.contains(orderNo)) {
                    long now = System.nanoTime();
                    long wallNow = System.currentTimeMillis();
                    int c = currentChange.get();
                    if (!isConcerned) {
                        strays.incrementAndGet();
                    } else if (c >= 0 && c != lastCounted) {
                        lastCounted = c;
                        latencies.add(now - sentAt.get(c));
                        sinceCommit.add((wallNow - committedAt(line)) * 1_000_000L);
                        arrivals.get(c).countDown();
                    }
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
        } catch (Exception e) {
            System.err.println("stream ended: " + e);
        }
    }

    /** The change's commit time, from the event's "at" (ISO instant). */
    private static long committedAt(String data) {
        int at = data.indexOf("\"at\":\"");
        return java.time.Instant.parse(data.substring(at + 6, data.indexOf('"', at + 6))).toEpochMilli();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}

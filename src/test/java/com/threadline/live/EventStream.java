package com.threadline.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import com.threadline.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** One open server-sent-event stream as a page's EventSource reads it: event: and data: fields, a blank line ends each. */
public final class EventStream implements AutoCloseable {

    /** How long to wait for an event before the test fails; pushes normally arrive within milliseconds. */
    private static final long PATIENCE_SECONDS = 20;

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Stream<String> lines;

    private EventStream(Stream<String> lines, ObjectMapper json) {
        this.lines = lines;
        Thread reader = new Thread(() -> {
            String name = "message";
            StringBuilder data = new StringBuilder();
            try {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5));
                    } else if (line.isEmpty() && !data.isEmpty()) {
                        events.add(new Event(name, json.readTree(data.toString())));
                        name = "message";
                        data.setLength(0);
                    }
                }
            } catch (IOException | RuntimeException closed) {
                // the test closed the stream
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code uri} and checks that it answers 200 with an event stream. */
    public static EventStream open(HttpClient http, HttpRequest.Builder request, ObjectMapper json) throws Exception {
        HttpResponse<Stream<String>> response = http.send(request.header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(5)).build(), BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        return new EventStream(response.body(), json);
    }

    /** A request signed in with HTTP Basic as {@code login} with the tests' password. */
    public static HttpRequest.Builder signedIn(URI uri, String login) {
        String credentials = login + ":" + TestData.PASSWORD;
        return HttpRequest.newBuilder(uri).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** The data of the next event named {@code name}, skipping others. */
    public JsonNode next(String name) throws InterruptedException {
        return next(name, data -> true);
    }

    /** The data of the next event named {@code name} that {@code matches}, skipping others. */
    public JsonNode next(String name, Predicate<JsonNode> matches) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (true) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(event).as("event " + name + " within " + PATIENCE_SECONDS + " s").isNotNull();
            if (event.name().equals(name) && matches.test(event.data())) {
                return event.data();
            }
        }
    }

    /** Whether an event named {@code name} that {@code matches} arrives within {@code wait}. */
    public boolean receives(String name, Predicate<JsonNode> matches, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                return false;
            }
            if (event.name().equals(name) && matches.test(event.data())) {
                return true;
            }
        }
    }

    @Override
    public void close() {
        lines.close();
    }

    private record Event(String name, JsonNode data) {
    }
}

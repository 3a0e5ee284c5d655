package com.threadline.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events to the pages people have open: each page subscribes for its user, or watches one order, and
 * anything may publish a named event with a JSON payload to some users or to an order's watchers. Streams that time out, complete or fail to take an event are dropped;
 * idle ones get a heartbeat. Kept in memory, so each instance of the application pushes to the pages connected to
 * it.
 */
@Component
public class LiveHub {

    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);

    private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final Map<String, Set<SseEmitter>> orderWatchers = new ConcurrentHashMap<>();
    private final LiveSettings settings;
    private final ObjectMapper json;
    /** Its own thread: the application's scheduler runs the monitors, whose passes may take long. */
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    LiveHub(LiveSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        long every = settings.heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Ends every open stream, so the server can stop at once; the pages' EventSource reconnects by itself. */
    @PreDestroy
    void stop() {
        heartbeats.shutdownNow();
        for (Map<String, Set<SseEmitter>> keyed : List.of(streams, orderWatchers)) {
            keyed.values().forEach(open -> open.forEach(SseEmitter::complete));
            keyed.clear();
        }
    }

    /** A new stream for a page of {@code user}; the controller returns it as the response. */
    public SseEmitter subscribe(String user) {
        return open(streams, user);
    }

    /** A new stream for a page that shows one order, whoever has it open. */
    public SseEmitter watchOrder(String orderNo) {
        return open(orderWatchers, orderNo);
    }

    private SseEmitter open(Map<String, Set<SseEmitter>> keyed, String key) {
        SseEmitter stream = new SseEmitter(settings.timeout().toMillis());
        keyed.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(stream);
        stream.onCompletion(() -> drop(keyed, key, stream));
        stream.onTimeout(() -> drop(keyed, key, stream));
        stream.onError(error -> drop(keyed, key, stream));
        return stream;
    }

    /** Whether any page is open at all: publishers skip working out who should hear of a change when none is. */
    public boolean hasSubscribers() {
        return !streams.isEmpty() || !orderWatchers.isEmpty();
    }

    /** Streams open now, for the operator's metrics. */
    public int openStreams() {
        int open = 0;
        for (Map<String, Set<SseEmitter>> keyed : List.of(streams, orderWatchers)) {
            open += keyed.values().stream().mapToInt(Set::size).sum();
        }
        return open;
    }

    public boolean isSubscribed(String user) {
        Set<SseEmitter> open = streams.get(user);
        return open != null && !open.isEmpty();
    }

    public void publish(String user, String event, Object payload) {
        publish(List.of(user), event, payload);
    }

    public void publish(Collection<String> users, String event, Object payload) {
        String data = write(payload);
        for (String user : users) {
            publish(streams, user, event, data);
        }
    }

    public void publishToWatchers(String orderNo, String event, Object payload) {
        publish(orderWatchers, orderNo, event, write(payload));
    }

    /** Written once for all its streams: a change concerns a hundred open pages, not one. */
    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + payload, e);
        }
    }

    private void publish(Map<String, Set<SseEmitter>> keyed, String key, String event, String data) {
        for (SseEmitter stream : keyed.getOrDefault(key, Set.of())) {
            send(keyed, key, stream, SseEmitter.event().name(event).data(data));
        }
    }

    private void heartbeat() {
        for (Map<String, Set<SseEmitter>> keyed : List.of(streams, orderWatchers)) {
            keyed.forEach((key, open) -> open.forEach(stream -> send(keyed, key, stream,
                    SseEmitter.event().comment(""))));
        }
    }

    private void send(Map<String, Set<SseEmitter>> keyed, String key, SseEmitter stream,
            SseEmitter.SseEventBuilder event) {
        try {
            stream.send(event);
        } catch (IOException | IllegalStateException gone) {
            // the container completes the stream itself; here it only stops getting events
            LOG.debug("Dropping a live stream of {}: {}", key, gone.toString());
            drop(keyed, key, stream);
        }
    }

    private void drop(Map<String, Set<SseEmitter>> keyed, String key, SseEmitter stream) {
        keyed.computeIfPresent(key, (k, open) -> {
            open.remove(stream);
            return open.isEmpty() ? null : open;
        });
    }
}

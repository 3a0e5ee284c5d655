package com.threadline.buyer;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** One thread for the buyer's messages, so no request or plan update waits for a mail or SMS provider. */
@Component
class Background {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread worker = new Thread(task, "buyer-messages");
        worker.setDaemon(true);
        return worker;
    });

    /** Runs the task later; a failure is logged as {@code what} failed, and nothing else waits on it. */
    void run(String what, Runnable task) {
        thread.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("{} failed", what, e);
            }
        });
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
    }
}

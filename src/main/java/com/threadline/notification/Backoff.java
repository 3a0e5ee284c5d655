package com.threadline.notification;

import java.time.Duration;

/**
 * How often a channel is tried for one alert, and how long to wait in between: three attempts, 200 ms before the
 * second and 1 s before the third, or as long as the provider asked (Retry-After), up to 5 s.
 */
record Backoff(Duration first, Duration second, Duration longestRetryAfter) {

    static final Backoff STANDARD = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(5));

    static final int ATTEMPTS = 3;

    /** The wait after failed attempt {@code attempt} (1 or 2). */
    Duration after(int attempt, Duration retryAfter) {
        Duration ours = attempt == 1 ? first : second;
        if (retryAfter == null || retryAfter.compareTo(ours) <= 0) {
            return ours;
        }
        return retryAfter.compareTo(longestRetryAfter) < 0 ? retryAfter : longestRetryAfter;
    }

    /** @return false when interrupted: the job is being stopped, so no more attempts */
    boolean pause(int attempt, Duration retryAfter) {
        try {
            Thread.sleep(after(attempt, retryAfter).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

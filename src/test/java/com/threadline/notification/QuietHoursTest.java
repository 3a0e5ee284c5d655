package com.threadline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code threadline.notification.quiet-hours}: start inclusive, end exclusive, across midnight or not. */
class QuietHoursTest {

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            quietHours,  time,     quiet
            22:00-07:00, 21:59:59, false
            22:00-07:00, 22:00,    true
            22:00-07:00, 23:59:59, true
            22:00-07:00, 00:00,    true
            22:00-07:00, 06:59:59, true
            22:00-07:00, 07:00,    false
            22:00-07:00, 12:00,    false
            12:00-14:00, 11:59,    false
            12:00-14:00, 12:00,    true
            12:00-14:00, 14:00,    false
            23:30 - 06:30, 06:00,  true
            00:00-00:00, 03:00,    false
            '',          03:00,    false
            """)
    void containsFromStartToEnd(String quietHours, LocalTime time, boolean quiet) {
        assertThat(QuietHours.of(quietHours).contains(time)).isEqualTo(quiet);
    }

    @Test
    void readsBackAsWritten() {
        assertThat(QuietHours.of("22:00-07:00")).hasToString("22:00-07:00");
        assertThat(QuietHours.of(" ")).isEqualTo(QuietHours.NONE).hasToString("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"22:00", "22-07", "22:00-07:00-08:00", "25:00-07:00", "night"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> QuietHours.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("22:00-07:00");
    }
}

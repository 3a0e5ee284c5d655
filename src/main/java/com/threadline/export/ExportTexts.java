package com.threadline.export;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What an export writes in words: headers and enum values from the desk's texts, times in the company's zone. */
@Component
class ExportTexts {

    private final MessageSource texts;
    private final Clock clock;

    ExportTexts(MessageSource texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /** A header row kept in the desk's texts as one comma-separated line. */
    List<String> headers(String key) {
        return List.of(text(key).split(","));
    }

    String text(String key) {
        return texts.getMessage(key, null, key, Locale.ROOT);
    }

    /** {@code enum.<type>.<value>} in words; the value itself when there is no word for it. */
    String label(String type, Object value) {
        return value == null ? null : texts.getMessage("enum." + type + "." + value, null, value.toString(), Locale.ROOT);
    }

    LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }
}

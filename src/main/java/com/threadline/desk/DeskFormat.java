package com.threadline.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Dates and times on the desk's pages, always in the company's time zone, whatever the browser's. */
@Component("deskFormat")
public class DeskFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    DeskFormat(@Value("${threadline.time-zone}") ZoneId zone) {
        this.zone = zone;
    }

    public String zone() {
        return zone.getId();
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }
}

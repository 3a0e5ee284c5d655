package com.threadline.people;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onlineWindow}: a person is online while their last in-app heartbeat is younger than this.
 * {@code longestBusy}: how far ahead a person may mark themselves busy; longer absences are leave.
 */
@ConfigurationProperties("threadline.people")
public record PresenceSettings(@DefaultValue("2m") Duration onlineWindow, @DefaultValue("12h") Duration longestBusy) {
}

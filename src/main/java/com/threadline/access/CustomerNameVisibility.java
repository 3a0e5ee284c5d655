package com.threadline.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The company setting whether factories' and suppliers' people see the end customer's name (by default they do not),
 * and whether the caller of the current request does: staff always, work outside a request too.
 */
@Service
public class CustomerNameVisibility {

    private static final String SETTING = "customer-name-to-partners";
    /**
     * Every order a partner reads asks for the setting, which changes perhaps once a year: it is read again at most
     * this often. A change made here takes effect at once; another instance sees it within this time.
     */
    private static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Reading(boolean shown, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Reading last;

    CustomerNameVisibility(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean shownToPartners() {
        Instant now = clock.instant();
        Reading reading = last;
        if (reading == null || now.isBefore(reading.at()) || !now.isBefore(reading.at().plus(FRESH_FOR))) {
            reading = new Reading(stored(), now);
            last = reading;
        }
        return reading.shown();
    }

    private boolean stored() {
        return jdbc.queryForList("SELECT setting_value FROM company_setting WHERE name = ?", String.class, SETTING)
                .stream().findFirst().map(Boolean::parseBoolean).orElse(false);
    }

    public boolean shownToCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return !(authentication != null && authentication.getPrincipal() instanceof SignedInUser user)
                || user.isInternal() || shownToPartners();
    }

    void change(boolean shownToPartners, String administrator) {
        int changed = jdbc.update("UPDATE company_setting SET setting_value = ?, changed_by = ?, changed_at = ?"
                + " WHERE name = ?", String.valueOf(shownToPartners), administrator,
                Timestamp.from(clock.instant()), SETTING);
        if (changed == 0) {
            jdbc.update("INSERT INTO company_setting (name, setting_value, changed_by, changed_at) VALUES (?, ?, ?, ?)",
                    SETTING, String.valueOf(shownToPartners), administrator, Timestamp.from(clock.instant()));
        }
        last = null;
    }
}

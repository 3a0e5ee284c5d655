package com.threadline.demo;

import com.threadline.roster.RosterAdministration;
import com.threadline.roster.RosterViews.LeaveRequest;
import com.threadline.roster.RosterViews.OverrideRequest;
import com.threadline.roster.RosterViews.RotationRequest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's duty roster: the GM and the business owner stand behind their roles with 孙副总 as the deputy an
 * escalation reaches next; the two merchandisers take weekly turns; the purchaser is on leave from tomorrow with
 * the merchandiser standing in; a manager's override puts 黄跟单 on duty the day after tomorrow.
 */
@Component
class DemoRoster {

    private static final String BY = "gm";

    private final RosterAdministration roster;
    private final Clock clock;

    DemoRoster(RosterAdministration roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    void create() {
        if (roster.hasRotation("gm")) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        roster.changeRotation("gm", new RotationRequest(List.of("gm"), 7, monday, "vgm"), BY);
        roster.changeRotation("businessOwner", new RotationRequest(List.of("owner"), 7, monday, "vgm"), BY);
        roster.changeRotation("merchandiser", new RotationRequest(List.of("merch", "merch2"), 7, monday, "owner"), BY);
        roster.addLeave(new LeaveRequest("buyer", today.plusDays(1), today.plusDays(3), "merch", "年假"), BY);
        roster.addOverride(new OverrideRequest("merchandiser", "merch2", today.plusDays(2), today.plusDays(2),
                "客户验厂，黄跟单值班"), BY);
    }
}

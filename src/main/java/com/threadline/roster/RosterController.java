package com.threadline.roster;

import com.threadline.access.SignedInUser;
import com.threadline.roster.RosterViews.LeaveRequest;
import com.threadline.roster.RosterViews.LeaveView;
import com.threadline.roster.RosterViews.OverrideRequest;
import com.threadline.roster.RosterViews.OverrideView;
import com.threadline.roster.RosterViews.Person;
import com.threadline.roster.RosterViews.RoleDuty;
import com.threadline.roster.RosterViews.RosterView;
import com.threadline.roster.RosterViews.RotationRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The duty roster: staff read who is on duty; the GM and the administrator change it. */
@RestController
@RequestMapping("/api/roster")
class RosterController {

    private final RosterAdministration roster;

    RosterController(RosterAdministration roster) {
        this.roster = roster;
    }

    @GetMapping
    RosterView on(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return roster.on(date);
    }

    @GetMapping("/people")
    List<Person> people() {
        return roster.people();
    }

    @PutMapping("/rotations/{role}")
    RoleDuty changeRotation(@PathVariable String role, @Valid @RequestBody RotationRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        return roster.changeRotation(role, request, user.login());
    }

    @DeleteMapping("/rotations/{role}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeRotation(@PathVariable String role) {
        roster.removeRotation(role);
    }

    @PostMapping("/leaves")
    @ResponseStatus(HttpStatus.CREATED)
    LeaveView addLeave(@Valid @RequestBody LeaveRequest request, @AuthenticationPrincipal SignedInUser user) {
        return roster.addLeave(request, user.login());
    }

    @DeleteMapping("/leaves/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeLeave(@PathVariable Long id) {
        roster.removeLeave(id);
    }

    @PostMapping("/overrides")
    @ResponseStatus(HttpStatus.CREATED)
    OverrideView addOverride(@Valid @RequestBody OverrideRequest request, @AuthenticationPrincipal SignedInUser user) {
        return roster.addOverride(request, user.login());
    }

    @DeleteMapping("/overrides/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeOverride(@PathVariable Long id) {
        roster.removeOverride(id);
    }
}

package com.threadline.access;

import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, the company's time zone, and for a factory's or supplier's people which one: the phone pages
 * show that party's work, with times in that zone.
 */
@RestController
class MeController {

    private final PartyCodes parties;
    private final ZoneId zone;

    MeController(PartyCodes parties, @Value("${threadline.time-zone}") ZoneId zone) {
        this.parties = parties;
        this.zone = zone;
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        return new Me(user.login(), user.displayName(), user.camundaGroups(), parties.factoryOf(user),
                parties.supplierOf(user), zone.getId());
    }

    /** Of the pages named, those the user may open: the phone pages show only links to these. */
    @GetMapping("/api/me/pages")
    List<String> pages(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "path", required = false) List<String> paths) {
        return paths == null ? List.of()
                : paths.stream().filter(path -> path.startsWith("/") && PageAccess.mayOpen(user, path)).toList();
    }

    /** {@code zone}: the company's time zone, in which the pages show every time. */
    record Me(String login, String displayName, List<String> groups, String factoryCode, String supplierCode,
            String zone) {
    }
}

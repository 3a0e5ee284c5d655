package com.threadline.access;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and for a factory's or supplier's people which one: the phone pages show that party's work. */
@RestController
class MeController {

    private final PartyCodes parties;

    MeController(PartyCodes parties) {
        this.parties = parties;
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        return new Me(user.login(), user.displayName(), user.camundaGroups(), parties.factoryOf(user),
                parties.supplierOf(user));
    }

    /** Of the pages named, those the user may open: the phone pages show only links to these. */
    @GetMapping("/api/me/pages")
    List<String> pages(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "path", required = false) List<String> paths) {
        return paths == null ? List.of()
                : paths.stream().filter(path -> path.startsWith("/") && PageAccess.mayOpen(user, path)).toList();
    }

    record Me(String login, String displayName, List<String> groups, String factoryCode, String supplierCode) {
    }
}

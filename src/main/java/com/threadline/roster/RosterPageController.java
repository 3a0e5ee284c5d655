package com.threadline.roster;

import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's duty roster page ({@code /roster}): staff see who is on duty; the GM and the administrator edit. */
@Controller
class RosterPageController {

    @GetMapping("/roster")
    String roster(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r.isInternal() && r != Role.ADMIN)
                .toList());
        model.addAttribute("canEdit", user != null && (user.has(Role.ADMIN) || user.has(Role.GM)));
        return "roster";
    }
}

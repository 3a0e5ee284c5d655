package com.threadline.desk;

import com.threadline.access.PageRefusal;
import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page a refused page is replaced by: which page, and that it is not for the user's role, in plain Chinese. */
@Controller
class RefusedPageController {

    @RequestMapping(PageRefusal.PAGE)
    String refused(HttpServletRequest request, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("path", request.getAttribute(PageRefusal.REFUSED_PATH));
        model.addAttribute("staleForm", Boolean.TRUE.equals(request.getAttribute(PageRefusal.STALE_FORM)));
        model.addAttribute("roles", user == null ? "" : user.roles().stream().sorted()
                .map(role -> chinese(role)).collect(Collectors.joining("、")));
        return "refused";
    }

    /** The label's Chinese half ("跟单员 Merchandiser" → 跟单员). */
    private static String chinese(Role role) {
        return role.label().split(" ")[0];
    }
}

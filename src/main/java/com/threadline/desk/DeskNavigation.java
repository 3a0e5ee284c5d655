package com.threadline.desk;

import com.threadline.access.PageAccess;
import com.threadline.access.SignedInUser;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The links of the desk's navigation, each shown only to those who may open its page ({@link PageAccess}, the rules
 * the pages themselves are refused by), so nobody is led to a page that then refuses them.
 */
@Component("deskNavigation")
public class DeskNavigation {

    /** A link: {@code key} marks the current page, {@code label} is the message key of its text. */
    public record Link(String key, String label, String href) {
    }

    private static final List<Link> LINKS = List.of(
            new Link("dashboard", "nav.dashboard", "/dashboard"),
            new Link("orders", "nav.orders", "/orders"),
            new Link("exceptions", "nav.exceptions", "/m/exceptions.html"),
            new Link("approvals", "nav.approvals", "/m/approvals.html"),
            new Link("tasklist", "nav.tasklist", "/camunda/app/tasklist/"),
            new Link("capacity", "nav.capacity", "/capacity"),
            new Link("rush", "nav.rush", "/capacity/rush"),
            new Link("calendars", "nav.calendars", "/calendars"),
            new Link("roster", "nav.roster", "/roster"),
            new Link("customers", "nav.customers", "/customers"),
            new Link("stock", "nav.stock", "/stock"),
            new Link("riskModel", "nav.riskModel", "/risk-model"),
            new Link("analysis", "nav.analysis", "/analysis/bottlenecks"),
            new Link("notifications", "nav.notifications", "/admin/notifications"),
            new Link("alert-analytics", "nav.alertAnalytics", "/alert-analytics"),
            new Link("rule-health", "nav.ruleHealth", "/rule-health"),
            new Link("users", "nav.users", "/admin/users"));

    public List<Link> linksFor(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return List.of();
        }
        return LINKS.stream().filter(link -> PageAccess.mayOpen(user, link.href())).toList();
    }

    /** The name the navigation greets the user with. */
    public String displayName(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.displayName() : "";
    }
}

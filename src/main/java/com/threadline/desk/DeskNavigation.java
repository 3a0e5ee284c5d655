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

    /**
     * What the navigation bar shows: a link of its own, or a menu ({@code label} set) of the links of one kind of
     * work, so the bar keeps to one line.
     */
    public record Entry(String label, List<Link> links) {

        public boolean isMenu() {
            return label != null;
        }

        public boolean holds(String key) {
            return links.stream().anyMatch(link -> link.key().equals(key));
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            single(new Link("dashboard", "nav.dashboard", "/dashboard")),
            single(new Link("orders", "nav.orders", "/orders")),
            single(new Link("exceptions", "nav.exceptions", "/m/exceptions.html")),
            single(new Link("approvals", "nav.approvals", "/m/approvals.html")),
            single(new Link("tasklist", "nav.tasklist", "/camunda/app/tasklist/")),
            menu("nav.menu.planning",
                    new Link("capacity", "nav.capacity", "/capacity"),
                    new Link("rush", "nav.rush", "/capacity/rush"),
                    new Link("calendars", "nav.calendars", "/calendars"),
                    new Link("roster", "nav.roster", "/roster")),
            menu("nav.menu.records",
                    new Link("customers", "nav.customers", "/customers"),
                    new Link("stock", "nav.stock", "/stock")),
            menu("nav.menu.analysis",
                    new Link("analysis", "nav.analysis", "/analysis/bottlenecks"),
                    new Link("riskModel", "nav.riskModel", "/risk-model"),
                    new Link("alert-analytics", "nav.alertAnalytics", "/alert-analytics"),
                    new Link("rule-health", "nav.ruleHealth", "/rule-health"),
                    new Link("notifications", "nav.notifications", "/admin/notifications")),
            single(new Link("users", "nav.users", "/admin/users")));

    private static Entry single(Link link) {
        return new Entry(null, List.of(link));
    }

    private static Entry menu(String label, Link... links) {
        return new Entry(label, List.of(links));
    }

    /** The entries with only the links the user may open; a menu left with none is left out. */
    public List<Entry> entriesFor(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return List.of();
        }
        return ENTRIES.stream()
                .map(entry -> new Entry(entry.label(),
                        entry.links().stream().filter(link -> PageAccess.mayOpen(user, link.href())).toList()))
                .filter(entry -> !entry.links().isEmpty())
                .toList();
    }

    /** The name the navigation greets the user with. */
    public String displayName(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.displayName() : "";
    }
}

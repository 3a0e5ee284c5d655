package com.threadline.desk;

import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The links of the desk's navigation, each shown only to those who may open its page, so nobody is led to a page
 * that then refuses them.
 */
@Component("deskNavigation")
public class DeskNavigation {

    private static final Predicate<SignedInUser> STAFF = SignedInUser::isInternal;
    private static final Predicate<SignedInUser> EVERYONE = user -> true;
    private static final Predicate<SignedInUser> ADMIN_OR_GM = user -> user.has(Role.ADMIN) || user.has(Role.GM);
    private static final Predicate<SignedInUser> ADMIN = user -> user.has(Role.ADMIN);

    /** A link: {@code key} marks the current page, {@code label} is the message key of its text. */
    public record Link(String key, String label, String href, Predicate<SignedInUser> shownTo) {
    }

    private static final List<Link> LINKS = List.of(
            new Link("orders", "nav.orders", "/orders", STAFF),
            new Link("exceptions", "nav.exceptions", "/m/exceptions.html", EVERYONE),
            new Link("approvals", "nav.approvals", "/m/approvals.html", STAFF),
            new Link("tasklist", "nav.tasklist", "/camunda/app/tasklist/", STAFF),
            new Link("calendars", "nav.calendars", "/calendars", STAFF),
            new Link("customers", "nav.customers", "/customers", STAFF),
            new Link("notifications", "nav.notifications", "/admin/notifications.html", ADMIN_OR_GM),
            new Link("users", "nav.users", "/admin/users.html", ADMIN));

    public List<Link> linksFor(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return List.of();
        }
        return LINKS.stream().filter(link -> link.shownTo().test(user)).toList();
    }

    /** The name the navigation greets the user with. */
    public String displayName(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.displayName() : "";
    }
}

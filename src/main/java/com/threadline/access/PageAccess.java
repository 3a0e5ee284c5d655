package com.threadline.access;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which pages each kind of user may open. The security rules refuse the others (a page in Chinese that says the
 * page is not for this role), and the navigation shows a user only the links this lets them open, from this one
 * list. Staff open the factory's and supplier's phone pages too, naming the party in the link.
 */
public final class PageAccess {

    private record Rule(PathPattern pattern, Predicate<SignedInUser> mayOpen) {
    }

    private static final Predicate<SignedInUser> STAFF = ApiAccessRules.STAFF;
    /** Who sees the GM's dashboard (and hears of every order's changes while it is open). */
    public static final Set<Role> DASHBOARD_VIEWERS = Set.of(Role.GM, Role.BUSINESS_OWNER, Role.MERCHANDISER,
            Role.ADMIN);
    static final Predicate<SignedInUser> SEES_DASHBOARD = user -> DASHBOARD_VIEWERS.stream().anyMatch(user::has);
    private static final List<Rule> RULES = List.of(
            rule("/admin/users", user -> user.has(Role.ADMIN)),
            rule("/admin/users.html", user -> user.has(Role.ADMIN)),
            rule("/admin/notifications", ApiAccessRules.ADMIN_OR_GM),
            rule("/admin/notifications.html", ApiAccessRules.ADMIN_OR_GM),
            rule("/admin/**", user -> user.has(Role.ADMIN)),
            rule("/rule-health", ApiAccessRules.ADMIN_OR_GM),
            rule("/alert-analytics", ApiAccessRules.ADMIN_OR_GM),
            rule("/orders/import", ApiAccessRules.IMPORTERS),
            rule("/dashboard", SEES_DASHBOARD),
            rule("/orders", STAFF), rule("/orders/**", STAFF), rule("/orders.html", STAFF), rule("/order.html", STAFF),
            rule("/calendars", STAFF), rule("/calendars/**", STAFF),
            rule("/roster", STAFF),
            rule("/capacity/rush", ApiAccessRules.CALENDAR_EDITORS), rule("/capacity", STAFF),
            rule("/risk-model", STAFF),
            rule("/customers", STAFF), rule("/customers/**", STAFF), rule("/stock", STAFF),
            rule("/m/approvals.html", STAFF),
            rule("/analysis/bottlenecks", STAFF),
            rule("/m/factory.html", ApiAccessRules.STAFF_OR_FACTORY),
            rule("/m/supplier.html", ApiAccessRules.STAFF_OR_SUPPLIER),
            rule("/camunda/**", STAFF));

    private PageAccess() {
    }

    /** Whether the user may open the page at {@code path} (a path without query; pages not listed: anyone). */
    public static boolean mayOpen(SignedInUser user, String path) {
        String page = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return RULES.stream().filter(rule -> rule.pattern().matches(
                        PathContainer.parsePath(page)))
                .findFirst().map(rule -> rule.mayOpen().test(user)).orElse(true);
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages) {
        for (Rule rule : RULES) {
            pages.requestMatchers(withDefaults().matcher(rule.pattern().getPatternString()))
                    .access(ApiAccessRules.allowed(rule.mayOpen()));
        }
    }

    private static Rule rule(String pattern, Predicate<SignedInUser> mayOpen) {
        return new Rule(PathPatternParser.defaultInstance.parse(pattern), mayOpen);
    }
}

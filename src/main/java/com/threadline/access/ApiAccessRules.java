package com.threadline.access;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.util.function.Predicate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which kinds of user may call which part of the API at all (403 otherwise, before the request body is even
 * read). Which rows they then see is up to the query layer ({@link CallerScope}): a factory user's foreign order
 * answers 404. A person's card and presence are read by staff and changed by the administrator, besides the
 * person themselves. Approvals are internal: which level a staff member may decide is up to the approval service.
 */
final class ApiAccessRules {

    static final Predicate<SignedInUser> STAFF = SignedInUser::isInternal;
    static final Predicate<SignedInUser> ADMIN_OR_GM = user -> user.has(Role.ADMIN) || user.has(Role.GM);
    static final Predicate<SignedInUser> STAFF_OR_FACTORY = STAFF.or(user -> user.has(Role.FACTORY));
    static final Predicate<SignedInUser> STAFF_OR_SUPPLIER = STAFF.or(user -> user.has(Role.SUPPLIER));
    static final Predicate<SignedInUser> MERCHANDISER_OR_ADMIN = user -> user.has(Role.MERCHANDISER)
            || user.has(Role.ADMIN);
    static final Predicate<SignedInUser> CALENDAR_EDITORS = ADMIN_OR_GM.or(user -> user.has(Role.PLANNER));
    static final Predicate<SignedInUser> IMPORTERS = user -> user.has(Role.MERCHANDISER) || user.has(Role.ADMIN)
            || user.has(Role.FINANCE);

    private ApiAccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(path("/api/monitoring/**"), path("/api/notifications/**"), path(POST, "/api/factories"),
                        path(POST, "/api/suppliers")).access(allowed(ADMIN_OR_GM))
                .requestMatchers(path("/api/users/**"), path("/api/company-settings"))
                        .access(allowed(user -> user.has(Role.ADMIN)))
                .requestMatchers(path(PUT, "/api/calendars/**"), path(DELETE, "/api/calendars/**"))
                        .access(allowed(CALENDAR_EDITORS))
                .requestMatchers(path(PUT, "/api/roster/**"), path(POST, "/api/roster/**"),
                        path(DELETE, "/api/roster/**")).access(allowed(ADMIN_OR_GM))
                .requestMatchers(path("/api/inbox/**"), path(POST, "/api/me/password")).authenticated()
                .requestMatchers(path(GET, "/api/people/{userId}/**")).access(personal(STAFF))
                .requestMatchers(path("/api/people/{userId}/**")).access(personal(user -> user.has(Role.ADMIN)))
                .requestMatchers(path("/api/exceptions/statistics"), path("/api/exceptions/*/review*"))
                        .access(allowed(STAFF))
                .requestMatchers(path("/api/evidence/*/shares/**")).access(allowed(STAFF))
                .requestMatchers(path("/api/evidence/*/buyer")).access(allowed(MERCHANDISER_OR_ADMIN))
                .requestMatchers(path("/api/me"), path(GET, "/api/me/pages"), path("/api/evidence/**")).authenticated()
                .requestMatchers(path(GET, "/api/suppliers/*/material-lines"),
                        path(GET, "/api/suppliers/*/purchase-requests"), path(POST, "/api/purchase-requests/*/promise"))
                        .access(allowed(STAFF_OR_SUPPLIER))
                .requestMatchers(path(GET, "/api/factories/*/next-milestones"), path(POST, "/api/exceptions/*/opened"))
                        .access(allowed(STAFF_OR_FACTORY))
                .requestMatchers(path("/api/imports/**"), path(POST, "/api/orders/batch")).access(allowed(IMPORTERS))
                .requestMatchers(path("/api/orders/*/materials/**")).access(allowed(STAFF_OR_SUPPLIER))
                .requestMatchers(path(GET, "/api/orders"), path(GET, "/api/orders/*"),
                        path(POST, "/api/orders/*/milestones/**"), path(POST, "/api/orders/*/reports"),
                        path("/api/orders/*/output"), path(GET, "/api/orders/*/sizes"), path("/api/orders/*/capacity"),
                        path(GET, "/api/exceptions"),
                        path(GET, "/api/exceptions/*"), path(POST, "/api/exceptions/*/confirm"),
                        path(POST, "/api/exceptions/*/snooze"),
                        path(POST, "/api/exceptions/*/actions")).access(allowed(STAFF_OR_FACTORY))
                .requestMatchers(path("/api/approvals"), path("/api/approvals/**")).access(allowed(STAFF))
                .requestMatchers(path("/api/dashboard/**")).access(allowed(PageAccess.SEES_DASHBOARD))
                .requestMatchers(path("/api/**")).access(allowed(STAFF));
    }

    static AuthorizationManager<RequestAuthorizationContext> allowed(Predicate<SignedInUser> rule) {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get().getPrincipal() instanceof SignedInUser user && rule.test(user));
    }

    /** The person named in the path themselves, or whoever {@code others} admits. */
    private static AuthorizationManager<RequestAuthorizationContext> personal(Predicate<SignedInUser> others) {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get().getPrincipal() instanceof SignedInUser user
                        && (user.login().equals(context.getVariables().get("userId")) || others.test(user)));
    }

    private static RequestMatcher path(String pattern) {
        return withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(org.springframework.http.HttpMethod method, String pattern) {
        return withDefaults().matcher(method, pattern);
    }
}

package com.threadline.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Finds the {@link Actor} of the change being made on this thread: the request's principal, else the user background
 * work runs for (an import), else the user the Camunda engine was told about (a Tasklist completion driving a
 * delegate), else "system".
 */
@Component
class ActorLookup {

    static final String CLIENT_HEADER = "X-Client";

    /** Lazily: the engine starts after the JPA layer that calls this. */
    private final ObjectProvider<IdentityService> identity;

    ActorLookup(ObjectProvider<IdentityService> identity) {
        this.identity = identity;
    }

    Actor current() {
        HttpServletRequest request = currentRequest();
        String user = principal(request);
        if (user == null && request == null) {
            user = backgroundUser();
        }
        if (user == null) {
            user = engineUser();
        }
        if (user == null) {
            user = Actor.SYSTEM;
        }
        if (request == null) {
            return Actor.system(user);
        }
        String client = request.getHeader(CLIENT_HEADER);
        client = client == null || client.isBlank()
                ? ClientName.of(request.getHeader("User-Agent"))
                : client.strip();
        return new Actor(user, client, request.getRemoteAddr());
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    private static String principal(HttpServletRequest request) {
        Principal principal = request == null ? null : request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** Background work run in a user's name (an import) carries that user's sign-in on its thread. */
    private static String backgroundUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
    }

    private String engineUser() {
        IdentityService engine = identity.getIfAvailable();
        Authentication authentication = engine == null ? null : engine.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}

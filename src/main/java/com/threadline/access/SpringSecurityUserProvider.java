package com.threadline.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's webapps and engine REST who Spring Security signed in, with the groups of their roles (and no
 * tenants: Threadline deploys and runs everything without one).
 * Camunda creates it by class name (filter init parameter), hence public with a no-argument constructor.
 */
public class SpringSecurityUserProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(user.login());
        result.setGroups(user.camundaGroups());
        // we use no tenants; left unset, Camunda's filter would query them on every /engine-rest call
        result.setTenants(List.of());
        return result;
    }

    /** Spring Security has already challenged anyone unauthenticated before Camunda's filters run. */
    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    }
}

package com.threadline.access;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password sign-in (the form and HTTP Basic alike) goes through {@link SignInThrottle}: a locked login or
 * address is refused before its password is even checked, and each outcome is counted.
 */
class ThrottledSignIn implements AuthenticationProvider {

    /** Refused because the login or the client address is locked; the form says so, HTTP Basic answers 401. */
    static final class Locked extends AuthenticationException {
        Locked() {
            super("Too many failed sign-ins; try again later");
        }
    }

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String login = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInThrottle.Attempt counted = throttle.check(login, address);
        if (counted.refused()) {
            throw new Locked();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(counted);
            return signedIn;
        } catch (AuthenticationException refused) {
            try {
                throttle.failed(login, address);
            } catch (DataIntegrityViolationException concurrentFirstFailure) {
                // another request counted this subject's first failure at the same moment; one count is lost
            }
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}

package com.threadline.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page the user's role may not open answers 403 with a page that says so in Chinese (rendered at {@link #PAGE}),
 * instead of an empty form over refused API calls.
 */
public final class PageRefusal implements AccessDeniedHandler {

    /** Where the refusal is rendered; the refused path is in the request attribute {@link #REFUSED_PATH}. */
    public static final String PAGE = "/refused";
    public static final String REFUSED_PATH = PageRefusal.class.getName() + ".path";
    /** Set when the refusal is a missing or stale CSRF token, not the role. */
    public static final String STALE_FORM = PageRefusal.class.getName() + ".staleForm";

    private final AccessDeniedHandlerImpl forward = new AccessDeniedHandlerImpl();

    PageRefusal() {
        forward.setErrorPage(PAGE);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        request.setAttribute(REFUSED_PATH, request.getRequestURI());
        request.setAttribute(STALE_FORM, denied instanceof CsrfException);
        forward.handle(request, response, denied);
    }
}

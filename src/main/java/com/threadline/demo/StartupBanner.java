package com.threadline.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to go and how to log in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final int port;
    private final boolean demo;
    private final String adminLogin;

    StartupBanner(@Value("${local.server.port:${server.port:8080}}") int port,
            @Value("${threadline.demo.enabled:false}") boolean demo,
            @Value("${threadline.access.initial-admin.login}") String adminLogin) {
        this.port = port;
        this.demo = demo;
        this.adminLogin = adminLogin;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String base = "http://localhost:" + port;
        StringBuilder text = new StringBuilder("\n\n  Threadline is running\n")
                .append("  Orders (sign in here)      : ").append(base).append("/\n")
                .append("  Tasklist / Cockpit / Admin : ").append(base).append("/camunda/app/\n")
                .append("  REST API (orders)          : ").append(base).append("/api/orders\n")
                .append("  Swagger UI                 : ").append(base).append("/swagger-ui.html\n")
                .append("  Camunda engine REST        : ").append(base).append("/engine-rest\n")
                .append("  Sign in                    : ").append(base).append("/login.html\n")
                .append("  Administrator              : ").append(adminLogin)
                .append(" (threadline.access.initial-admin; password as configured, 'admin' unless changed)\n");
        if (demo) {
            text.append("  Demo logins, password '").append(DemoUsers.PASSWORD).append("':");
            DemoUsers.USERS.forEach(u -> text.append(' ').append(u[0]).append(" (").append(u[2]).append(')'));
            text.append(' ').append(DemoUsers.FACTORY_USER).append(" (factory F-NB) ").append(DemoUsers.SUPPLIER_USER)
                    .append(" (supplier S-KQ)\n");
        }
        log.info(text.toString());
    }
}

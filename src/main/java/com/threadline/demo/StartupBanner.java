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

    StartupBanner(@Value("${local.server.port:${server.port:8080}}") int port,
            @Value("${threadline.demo.enabled:false}") boolean demo) {
        this.port = port;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String base = "http://localhost:" + port;
        StringBuilder text = new StringBuilder("\n\n  Threadline is running\n")
                .append("  Tasklist / Cockpit / Admin : ").append(base).append("/camunda/app/\n")
                .append("  REST API (orders)          : ").append(base).append("/api/orders\n")
                .append("  Swagger UI                 : ").append(base).append("/swagger-ui.html\n")
                .append("  Camunda engine REST        : ").append(base).append("/engine-rest\n")
                .append("  Login admin / admin (Camunda administrator)\n");
        if (demo) {
            text.append("  Demo logins, password '").append(DemoUsers.PASSWORD).append("':");
            DemoUsers.USERS.forEach(u -> text.append(' ').append(u[0]).append(" (").append(u[2]).append(')'));
            text.append('\n');
        }
        log.info(text.toString());
    }
}

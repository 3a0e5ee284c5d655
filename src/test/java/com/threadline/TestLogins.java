package com.threadline;

import org.springframework.boot.test.web.client.TestRestTemplate;

/** How tests sign in: HTTP Basic on every request, by default as the administrator of the test configuration. */
public final class TestLogins {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private TestLogins() {
    }

    public static TestRestTemplate asAdmin(TestRestTemplate rest) {
        return rest.withBasicAuth(ADMIN, ADMIN_PASSWORD);
    }
}

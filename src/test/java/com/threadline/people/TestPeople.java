package com.threadline.people;

import com.threadline.TestData;
import com.threadline.access.Accounts;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A fresh user of our company (no role) per test, so no test sees another's contact card or heartbeat. */
@Component
public class TestPeople {

    private final Accounts accounts;

    TestPeople(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Creates user p + 12 hex digits (Camunda ids are letters and digits) named 测试 {@code name}, password
     * {@link TestData#PASSWORD}; returns its login.
     */
    public String newUser(String name) {
        String id = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        accounts.createInternal(id, "测试 " + name, TestData.PASSWORD, Set.of());
        return id;
    }

    public static String unknownUser() {
        return "nobody" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}

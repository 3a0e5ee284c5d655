package com.threadline.people;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** A fresh Camunda user per test, so no test sees another's contact card or heartbeat. */
@Component
public class TestPeople {

    private final IdentityService identity;

    TestPeople(IdentityService identity) {
        this.identity = identity;
    }

    /** Creates user p + 12 hex digits (Camunda ids are letters and digits) named 测试 {@code name}; returns its id. */
    public String newUser(String name) {
        String id = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        User user = identity.newUser(id);
        user.setFirstName("测试");
        user.setLastName(name);
        user.setPassword("test");
        identity.saveUser(user);
        return id;
    }

    public static String unknownUser() {
        return "nobody" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}

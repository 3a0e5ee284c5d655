package com.threadline.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The people behind a role: the members of the Camunda group of the same id. */
@Component
public class RoleMembers {

    private final IdentityService identity;

    RoleMembers(IdentityService identity) {
        this.identity = identity;
    }

    public List<String> usersIn(Collection<String> roles) {
        Set<String> users = new LinkedHashSet<>();
        for (String role : roles) {
            identity.createUserQuery().memberOfGroup(role).orderByUserId().asc().list().stream()
                    .map(User::getId)
                    .forEach(users::add);
        }
        return List.copyOf(users);
    }
}

package com.threadline.access;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Mirrors our users and roles into Camunda's identity tables, so candidate groups, Tasklist filters and
 * authorizations see them. Camunda gets a random password it never hands out: signing in is ours.
 */
@Component
class CamundaIdentity {

    private final IdentityService identity;

    CamundaIdentity(IdentityService identity) {
        this.identity = identity;
    }

    void ensureGroups() {
        for (Role role : Role.values()) {
            if (identity.createGroupQuery().groupId(role.camundaGroup()).count() == 0) {
                Group group = identity.newGroup(role.camundaGroup());
                group.setName(role.label());
                group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
                identity.saveGroup(group);
            }
        }
    }

    void push(UserAccount account) {
        User user = identity.createUserQuery().userId(account.getLogin()).singleResult();
        if (user == null) {
            user = identity.newUser(account.getLogin());
        }
        user.setFirstName(account.getDisplayName());
        user.setLastName("");
        user.setPassword(UUID.randomUUID() + UUID.randomUUID().toString());
        identity.saveUser(user);
        Set<String> wanted = new HashSet<>();
        account.getRoles().forEach(role -> wanted.add(role.camundaGroup()));
        Set<String> managed = new HashSet<>();
        for (Role role : Role.values()) {
            managed.add(role.camundaGroup());
        }
        for (Group group : identity.createGroupQuery().groupMember(account.getLogin()).list()) {
            if (managed.contains(group.getId()) && !wanted.remove(group.getId())) {
                identity.deleteMembership(account.getLogin(), group.getId());
            }
        }
        wanted.forEach(group -> identity.createMembership(account.getLogin(), group));
    }
}

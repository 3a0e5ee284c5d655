package com.threadline.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the Camunda webapps once authorizations are on. Tasks need no grant here: the engine
 * lets the members of a task's candidate group read and work on it. Factory and supplier users get nothing.
 */
@Component
class CamundaGrants {

    /** Roles that watch the processes as a whole in Cockpit. */
    private static final List<Role> COCKPIT = List.of(Role.GM, Role.BUSINESS_OWNER);

    private final AuthorizationService authorizations;

    CamundaGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grantMissing() {
        for (Resource resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        for (Role role : Role.values()) {
            if (!role.isInternal() || role == Role.ADMIN) {
                continue;
            }
            grant(role.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(role.id(), Resources.FILTER, ANY, Permissions.READ);
        }
        for (Role role : COCKPIT) {
            grant(role.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(role.id(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                    Permissions.READ_INSTANCE);
            grant(role.id(), Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(role.id(), Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(resourceId)
                .count() > 0) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}

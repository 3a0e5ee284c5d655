package com.threadline.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine grants a task's candidate groups their task only while authorizations are on. Tasks of a database from
 * before sign-in have no such grants, so Tasklist would show them to nobody; this gives them the same grants.
 */
@Component
class OpenTaskGrants {

    private final AuthorizationService authorizations;
    private final TaskService tasks;

    OpenTaskGrants(AuthorizationService authorizations, TaskService tasks) {
        this.authorizations = authorizations;
        this.tasks = tasks;
    }

    /** At start: only a database with open tasks and no task grant at all predates authorizations. */
    void grantIfFromBeforeSignIn() {
        if (authorizations.createAuthorizationQuery().resourceType(Resources.TASK).count() == 0) {
            grantMissing();
        }
    }

    /** Grants each open task's candidate groups what the engine would have; returns how many grants it made. */
    int grantMissing() {
        int granted = 0;
        for (Task task : tasks.createTaskQuery().list()) {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                        && !granted(link.getGroupId(), task.getId())) {
                    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                    grant.setGroupId(link.getGroupId());
                    grant.setResource(Resources.TASK);
                    grant.setResourceId(task.getId());
                    grant.addPermission(Permissions.READ);
                    grant.addPermission(Permissions.UPDATE);
                    authorizations.saveAuthorization(grant);
                    granted++;
                }
            }
        }
        return granted;
    }

    private boolean granted(String group, String taskId) {
        return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.TASK)
                .resourceId(taskId).count() > 0;
    }
}

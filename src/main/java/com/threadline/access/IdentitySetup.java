package com.threadline.access;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before anything else runs: Camunda has a group per role with its grants, tasks from before sign-in have theirs,
 * and there is an administrator to sign in with ({@code threadline.access.initial-admin}, only when no user has the admin role yet).
 * Outside the demo that administrator must change the initial password at the first sign-in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentitySetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final CamundaIdentity camunda;
    private final CamundaGrants grants;
    private final OpenTaskGrants taskGrants;
    private final Accounts accounts;
    private final String adminLogin;
    private final String adminPassword;
    private final boolean adminMustChangePassword;

    IdentitySetup(CamundaIdentity camunda, CamundaGrants grants, OpenTaskGrants taskGrants, Accounts accounts,
            @Value("${threadline.access.initial-admin.login}") String adminLogin,
            @Value("${threadline.access.initial-admin.password}") String adminPassword,
            @Value("${threadline.access.initial-admin.must-change-password:true}") boolean mustChangePassword,
            @Value("${threadline.demo.enabled:false}") boolean demo) {
        this.camunda = camunda;
        this.grants = grants;
        this.taskGrants = taskGrants;
        this.accounts = accounts;
        this.adminLogin = adminLogin;
        this.adminPassword = adminPassword;
        this.adminMustChangePassword = mustChangePassword && !demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        camunda.ensureGroups();
        grants.grantMissing();
        taskGrants.grantIfFromBeforeSignIn();
        if (!accounts.anyAdmin()) {
            accounts.createInternal(adminLogin, "系统管理员", adminPassword, Set.of(Role.ADMIN));
            log.info("Created the administrator '{}' (threadline.access.initial-admin)", adminLogin);
            if (adminMustChangePassword) {
                accounts.requirePasswordChange(adminLogin);
            }
        }
    }
}

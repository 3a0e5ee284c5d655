package com.threadline.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** One demo login per role; the group ids are the candidate groups of the BPMN user tasks. */
@Component
class DemoUsers {

    static final String PASSWORD = "demo";

    /** login, display name, group id, group name */
    static final List<String[]> USERS = List.of(
            new String[] {"gm", "王总", "gm", "总经理 GM"},
            new String[] {"owner", "李经理", "businessOwner", "业务负责人 Business owner"},
            new String[] {"merch", "陈跟单", "merchandiser", "跟单员 Merchandiser"},
            new String[] {"buyer", "赵采购", "purchaser", "采购 Purchaser"},
            new String[] {"planner", "刘计划", "planner", "生产计划员 Planner"},
            new String[] {"tech", "周技术", "tech", "技术部 Tech"},
            new String[] {"qc", "吴质检", "qc", "质检 QC"});

    private final IdentityService identity;

    DemoUsers(IdentityService identity) {
        this.identity = identity;
    }

    void create() {
        for (String[] u : USERS) {
            if (identity.createGroupQuery().groupId(u[2]).count() == 0) {
                Group group = identity.newGroup(u[2]);
                group.setName(u[3]);
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(u[0]).count() == 0) {
                User user = identity.newUser(u[0]);
                user.setFirstName(u[1]);
                user.setLastName("");
                user.setEmail(u[0] + "@threadline.demo");
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                identity.createMembership(u[0], u[2]);
            }
        }
    }
}

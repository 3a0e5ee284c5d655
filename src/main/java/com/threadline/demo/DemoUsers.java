package com.threadline.demo;

import com.threadline.people.ContactDetails;
import com.threadline.people.InstantMessenger;
import com.threadline.people.People;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * One demo login per role; the group ids are the candidate groups of the BPMN user tasks. Each has a contact card
 * (made-up numbers): the GM prefers WeCom, the merchandiser Feishu, the others use the company's IM.
 */
@Component
class DemoUsers {

    static final String PASSWORD = "demo";

    /** login, display name, group id, group name, mobile, preferred IM (null: the company's) */
    static final List<String[]> USERS = List.of(
            new String[] {"gm", "王总", "gm", "总经理 GM", "13900001001", "WECOM"},
            new String[] {"owner", "李经理", "businessOwner", "业务负责人 Business owner", "13900001002", null},
            new String[] {"merch", "陈跟单", "merchandiser", "跟单员 Merchandiser", "13900001003", "FEISHU"},
            new String[] {"buyer", "赵采购", "purchaser", "采购 Purchaser", "13900001004", null},
            new String[] {"planner", "刘计划", "planner", "生产计划员 Planner", "13900001005", null},
            new String[] {"tech", "周技术", "tech", "技术部 Tech", "13900001006", null},
            new String[] {"qc", "吴质检", "qc", "质检 QC", "13900001007", null});

    private final IdentityService identity;
    private final People people;

    DemoUsers(IdentityService identity, People people) {
        this.identity = identity;
        this.people = people;
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
            if (!people.hasContact(u[0])) {
                people.updateContact(new ContactDetails(u[0], u[1], "+86" + u[4], u[0] + "@threadline.demo",
                        "demo-" + u[0], "Demo" + u[0], "ou_demo_" + u[0],
                        u[5] == null ? null : InstantMessenger.valueOf(u[5])));
            }
        }
    }
}

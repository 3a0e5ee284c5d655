package com.threadline.demo;

import com.threadline.access.Accounts;
import com.threadline.access.Role;
import com.threadline.partner.Factory;
import com.threadline.partner.Supplier;
import com.threadline.people.ContactDetails;
import com.threadline.people.InstantMessenger;
import com.threadline.people.People;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One demo login per internal role (the role ids are the candidate groups of the BPMN user tasks), a deputy GM and a
 * second merchandiser for the duty roster ({@link DemoRoster}), and one user
 * of the first factory and of the first supplier. Each internal user has a contact card (made-up numbers): the GM
 * prefers WeCom, the merchandiser Feishu, the others use the company's IM.
 */
@Component
class DemoUsers {

    static final String PASSWORD = "demo";

    static final String FACTORY_USER = "factory1";
    static final String SUPPLIER_USER = "supplier1";

    /** login, display name, role id, mobile, preferred IM (null: the company's) */
    static final List<String[]> USERS = List.of(
            new String[] {"gm", "王总", "gm", "13900001001", "WECOM"},
            new String[] {"owner", "李经理", "businessOwner", "13900001002", null},
            new String[] {"merch", "陈跟单", "merchandiser", "13900001003", "FEISHU"},
            new String[] {"buyer", "赵采购", "purchaser", "13900001004", null},
            new String[] {"planner", "刘计划", "planner", "13900001005", null},
            new String[] {"tech", "周技术", "tech", "13900001006", null},
            new String[] {"qc", "吴质检", "qc", "13900001007", null},
            new String[] {"vgm", "孙副总", "gm", "13900001008", null},
            new String[] {"merch2", "黄跟单", "merchandiser", "13900001009", null},
            new String[] {"finance", "钱财务", "finance", "13900001010", null});

    private final Accounts accounts;
    private final People people;

    DemoUsers(Accounts accounts, People people) {
        this.accounts = accounts;
        this.people = people;
    }

    void create(Factory firstFactory, Supplier firstSupplier) {
        for (String[] u : USERS) {
            if (!accounts.exists(u[0])) {
                accounts.createInternal(u[0], u[1], PASSWORD, Set.of(Role.ofId(u[2])));
            }
            if (!people.hasContact(u[0])) {
                people.updateContact(new ContactDetails(u[0], u[1], "+86" + u[3], u[0] + "@threadline.demo",
                        "demo-" + u[0], "Demo" + u[0], "ou_demo_" + u[0],
                        u[4] == null ? null : InstantMessenger.valueOf(u[4])));
            }
        }
        if (!accounts.exists(FACTORY_USER)) {
            accounts.createFactoryUser(FACTORY_USER, firstFactory.getName() + " 工厂用户", PASSWORD,
                    firstFactory.getId(), firstFactory.getName());
        }
        if (!accounts.exists(SUPPLIER_USER)) {
            accounts.createSupplierUser(SUPPLIER_USER, firstSupplier.getName() + " 供应商用户", PASSWORD,
                    firstSupplier.getId(), firstSupplier.getName());
        }
    }
}

package com.threadline;

import com.threadline.order.CreateOrderRequest;
import com.threadline.order.CreateOrderRequest.MaterialLineRequest;
import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.MaterialKind;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import com.threadline.access.Accounts;
import com.threadline.access.Role;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Builds the data a test needs: one factory, a fabric and a trims supplier, and order requests. */
@Component
public class TestData {

    public static final String FACTORY = "F-TEST";
    public static final String FABRIC_SUPPLIER = "S-TFAB";
    public static final String TRIMS_SUPPLIER = "S-TTRM";

    /** The password of every test user but the administrator. */
    public static final String PASSWORD = "test";

    /** The user of the test factory {@link #FACTORY} and of the fabric supplier {@link #FABRIC_SUPPLIER}. */
    public static final String FACTORY_USER = "tfactory";
    public static final String SUPPLIER_USER = "tsupplier";

    /** One test user per role, named tROLE, member of the Camunda group of that role. */
    public static final List<String> ROLES = List.of("gm", "businessOwner", "merchandiser", "purchaser", "planner",
            "tech", "qc", "finance");

    private final FactoryRepository factories;
    private final SupplierRepository suppliers;
    private final Accounts accounts;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    TestData(FactoryRepository factories, SupplierRepository suppliers, Accounts accounts, Clock clock,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.factories = factories;
        this.suppliers = suppliers;
        this.accounts = accounts;
        this.clock = clock;
    }

    public static String userOf(String role) {
        return "t" + role;
    }

    public synchronized void ensureRoleUsers() {
        for (String role : ROLES) {
            if (!accounts.exists(userOf(role))) {
                accounts.createInternal(userOf(role), role + " test", PASSWORD, Set.of(Role.ofId(role)));
            }
        }
    }

    /** An administrator with the given password who must change it at the next sign-in, as a new database's first. */
    public synchronized void initialAdministrator(String login, String password) {
        if (!accounts.exists(login)) {
            accounts.createInternal(login, "系统管理员 " + login, password, Set.of(Role.ADMIN));
        }
        accounts.handOverPassword(login, password);
    }

    public synchronized String factoryUser() {
        ensurePartners();
        if (!accounts.exists(FACTORY_USER)) {
            Factory factory = factories.findByCode(FACTORY).orElseThrow();
            accounts.createFactoryUser(FACTORY_USER, "测试工厂用户", PASSWORD, factory.getId(), factory.getName());
        }
        return FACTORY_USER;
    }

    public synchronized String supplierUser() {
        ensurePartners();
        if (!accounts.exists(SUPPLIER_USER)) {
            Supplier supplier = suppliers.findByCode(FABRIC_SUPPLIER).orElseThrow();
            accounts.createSupplierUser(SUPPLIER_USER, "测试供应商用户", PASSWORD, supplier.getId(), supplier.getName());
        }
        return SUPPLIER_USER;
    }

    public synchronized void ensurePartners() {
        if (factories.findByCode(FACTORY).isEmpty()) {
            factories.save(new Factory(FACTORY, "测试制衣厂", "宁波", "张厂长", "13800000000"));
        }
        if (suppliers.findByCode(FABRIC_SUPPLIER).isEmpty()) {
            suppliers.save(new Supplier(FABRIC_SUPPLIER, "测试面料厂", MaterialKind.FABRIC, 5, "何经理", "13900000000"));
        }
        if (suppliers.findByCode(TRIMS_SUPPLIER).isEmpty()) {
            suppliers.save(new Supplier(TRIMS_SUPPLIER, "测试辅料厂", MaterialKind.TRIMS, 3, "朱经理", "13900000009"));
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static String uniqueOrderNo() {
        return "T-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A valid woven order due in 100 days (standard template), with one fabric and one trims line. */
    public CreateOrderRequest orderRequest(String orderNo) {
        return orderRequest(orderNo, today().plusDays(100));
    }

    /**
     * Makes an order just opened look opened {@code days} days ago with nothing recorded since: its due date, plan and
     * materials' needed-by dates move back by as much, while its forecasts (from today) stay, so it runs that many
     * days behind. An order opened today is fitted to its lead time; one behind its plan, or close to its due date
     * with nothing cut yet, exists only because it was opened earlier.
     */
    public void openedDaysAgo(String orderNo, int days) {
        Long orderId = jdbc.queryForObject("select id from orders where order_no = ?", Long.class, orderNo);
        LocalDate due = jdbc.queryForObject("select due_date from orders where id = ?", LocalDate.class, orderId);
        jdbc.update("update orders set due_date = ?, delay_days = delay_days + ? where id = ?", due.minusDays(days),
                days, orderId);
        jdbc.query("select id, planned_date from milestone where order_id = ?", (ResultSet row) -> {
            jdbc.update("update milestone set planned_date = ? where id = ?",
                    row.getObject("planned_date", LocalDate.class).minusDays(days), row.getLong("id"));
        }, orderId);
        jdbc.query("select id, needed_by from material_line where order_id = ? and needed_by is not null",
                (ResultSet row) -> {
                    jdbc.update("update material_line set needed_by = ? where id = ?",
                            row.getObject("needed_by", LocalDate.class).minusDays(days), row.getLong("id"));
                }, orderId);
    }

    /** The same order at another factory (which must exist). */
    public CreateOrderRequest orderRequestAt(String orderNo, String factoryCode) {
        CreateOrderRequest order = orderRequest(orderNo);
        return new CreateOrderRequest(orderNo, order.customer(), order.style(), order.productType(),
                order.quantity(), order.dueDate(), factoryCode, order.merchandiser(), order.businessOwner(),
                order.materials(), null);
    }

    public CreateOrderRequest orderRequest(String orderNo, LocalDate dueDate) {
        ensurePartners();
        return new CreateOrderRequest(orderNo, "Nordic Outdoor AB", "W-JK-2301", "WOVEN", 1200, dueDate, FACTORY,
                "merch", "owner",
                List.of(new MaterialLineRequest(MaterialKind.FABRIC, "shell fabric", FABRIC_SUPPLIER,
                                new BigDecimal("1800"), "m", dueDate.minusDays(50)),
                        new MaterialLineRequest(MaterialKind.TRIMS, "zips", TRIMS_SUPPLIER,
                                new BigDecimal("1200"), "pcs", null)), null);
    }
}

package com.threadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.exception.ExceptionsUnderTest;
import com.threadline.exception.OrderExceptionRepository;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.OrderRepository;
import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.MaterialKind;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.threadline.portal.PortalApi;
import com.threadline.portal.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every /api endpoint called by every kind of user: each internal role, the administrator, a user of the order's
 * factory and of another factory, a user of the supplier of line 1 and of another supplier, and nobody. The order,
 * its exception and its lines belong to {@link TestData#FACTORY} and {@link TestData#FABRIC_SUPPLIER}. Refusals are
 * 401 (not signed in), 403 (the role may not do this at all) or 404 (another organisation's row), and a refusal
 * carries none of the order's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTest {

    enum Caller {
        GM, BUSINESS_OWNER, MERCHANDISER, PURCHASER, PLANNER, TECH, QC, ADMIN, FACTORY_OWN, FACTORY_FOREIGN,
        SUPPLIER_OWN, SUPPLIER_FOREIGN, ANONYMOUS;

        boolean isStaff() {
            return ordinal() <= ADMIN.ordinal();
        }
    }

    /** Who may call an endpoint, and what the others get. */
    enum Access {
        /** the administrator only; 403 for everyone else */
        ADMIN,
        /** gm and admin; 403 for everyone else */
        ADMIN_OR_GM,
        /** our staff; 403 for factory and supplier users */
        STAFF,
        /** staff and the order's factory; 404 for another factory; 403 for suppliers */
        FACTORY_ORDER,
        /** a list: staff and the order's factory see the order, another factory gets a list without it */
        FACTORY_LIST,
        /** staff and the line's supplier; 404 for another supplier; 403 for factories */
        SUPPLIER_LINE,
        /** anyone signed in, each their own */
        SIGNED_IN,
        /** reading the merchandiser's card: staff; 403 for factory and supplier users */
        PERSON_READ,
        /** changing the merchandiser's card or presence: the merchandiser and the administrator; 403 otherwise */
        PERSON_CHANGE,
        /** marking the merchandiser's inbox message read: only the merchandiser; 404 for anyone else */
        OWN_MESSAGE,
        /** staff, the order's factory and its suppliers; 404 for another factory or supplier */
        ORDER_PARTIES,
        /** withdrawing the merchandiser's approval request: only the merchandiser; 403 for everyone else */
        REQUESTER
    }

    /**
     * One endpoint: {order}, {exception}, {approval}, {message} and {person} in the path, {today} in the body are
     * filled in.
     */
    record Endpoint(String method, String path, Access access, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String TODAY = "{today}";
    private static final String FOREIGN_FACTORY = "F-FOREIGN";
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/orders", Access.STAFF, "{}"),
            new Endpoint("GET", "/api/orders", Access.FACTORY_LIST, null),
            new Endpoint("GET", "/api/orders/{order}", Access.FACTORY_ORDER, null),
            new Endpoint("POST", "/api/orders/{order}/milestones/LAB_DIP/forecast", Access.FACTORY_ORDER,
                    "{\"expectedDate\": \"" + TODAY + "\", \"reason\": \"matrix\"}"),
            new Endpoint("POST", "/api/orders/{order}/milestones/LAB_DIP/actual", Access.FACTORY_ORDER,
                    "{\"actualDate\": \"" + TODAY + "\"}"),
            new Endpoint("POST", "/api/orders/{order}/reports", Access.FACTORY_ORDER,
                    "{\"type\": \"CUTTING_DONE\", \"date\": \"" + TODAY + "\"}"),
            new Endpoint("POST", "/api/orders/{order}/cancel", Access.STAFF, "{}"),
            new Endpoint("POST", "/api/orders/{order}/output", Access.FACTORY_ORDER,
                    "{\"reportDate\": \"" + TODAY + "\", \"stage\": \"CUTTING\", \"quantity\": 1, \"reportedBy\": \"m\"}"),
            new Endpoint("GET", "/api/orders/{order}/output", Access.FACTORY_ORDER, null),
            new Endpoint("PUT", "/api/orders/{order}/capacity", Access.FACTORY_ORDER,
                    "{\"stage\": \"SEWING\", \"dailyQuantity\": 100, \"fromDate\": \"" + TODAY + "\", \"toDate\": \""
                            + TODAY + "\", \"reportedBy\": \"m\"}"),
            new Endpoint("GET", "/api/orders/{order}/capacity", Access.FACTORY_ORDER, null),
            new Endpoint("POST", "/api/orders/{order}/materials/1/shipment", Access.SUPPLIER_LINE,
                    "{\"shippedDate\": \"" + TODAY + "\", \"reportedBy\": \"m\"}"),
            new Endpoint("POST", "/api/orders/{order}/materials/1/arrival", Access.SUPPLIER_LINE,
                    "{\"arrivalDate\": \"" + TODAY + "\", \"reportedBy\": \"m\"}"),
            new Endpoint("GET", "/api/orders/{order}/materials/1/events", Access.SUPPLIER_LINE, null),
            new Endpoint("POST", "/api/orders/{order}/logistics", Access.STAFF, "{}"),
            new Endpoint("GET", "/api/orders/{order}/logistics", Access.STAFF, null),
            new Endpoint("POST", "/api/orders/{order}/tech-pack-versions", Access.STAFF, "{}"),
            new Endpoint("GET", "/api/orders/{order}/tech-pack-versions", Access.STAFF, null),
            new Endpoint("GET", "/api/exceptions", Access.FACTORY_LIST, null),
            new Endpoint("GET", "/api/exceptions/{exception}", Access.FACTORY_ORDER, null),
            new Endpoint("POST", "/api/exceptions/{exception}/confirm", Access.FACTORY_ORDER,
                    "{\"note\": \"matrix\"}"),
            new Endpoint("POST", "/api/exceptions/{exception}/actions", Access.FACTORY_ORDER,
                    "{\"kind\": \"RESCHEDULE\", \"description\": \"matrix\"}"),
            new Endpoint("POST", "/api/exceptions/{exception}/snooze", Access.FACTORY_ORDER,
                    "{\"until\": \"" + TODAY + "T23:59\", \"reason\": \"matrix\"}"),
            new Endpoint("GET", "/api/roster", Access.STAFF, null),
            new Endpoint("GET", "/api/roster/people", Access.STAFF, null),
            new Endpoint("PUT", "/api/roster/rotations/qc", Access.ADMIN_OR_GM, "{}"),
            new Endpoint("POST", "/api/roster/leaves", Access.ADMIN_OR_GM, "{}"),
            new Endpoint("POST", "/api/roster/overrides", Access.ADMIN_OR_GM, "{}"),
            new Endpoint("POST", "/api/exceptions/{exception}/plan", Access.STAFF, "{}"),
            new Endpoint("POST", "/api/exceptions/{exception}/verify", Access.STAFF, "{}"),
            new Endpoint("POST", "/api/exceptions/{exception}/close", Access.STAFF, "{}"),
            new Endpoint("GET", "/api/exceptions/{exception}/review", Access.STAFF, null),
            new Endpoint("GET", "/api/exceptions/{exception}/review.html", Access.STAFF, null),
            new Endpoint("GET", "/api/exceptions/{exception}/review.pdf", Access.STAFF, null),
            new Endpoint("GET", "/api/exceptions/statistics", Access.STAFF, null),
            new Endpoint("POST", "/api/exceptions/{exception}/opened", Access.FACTORY_ORDER, null),
            new Endpoint("GET", "/api/orders/{order}/audit", Access.STAFF, null),
            new Endpoint("GET", "/api/evidence?orderNo={order}", Access.ORDER_PARTIES, null),
            new Endpoint("GET", "/api/factories/" + TestData.FACTORY + "/next-milestones", Access.FACTORY_ORDER, null),
            new Endpoint("GET", "/api/suppliers/" + TestData.FABRIC_SUPPLIER + "/material-lines", Access.SUPPLIER_LINE,
                    null),
            new Endpoint("GET", "/api/suppliers/" + TestData.FABRIC_SUPPLIER + "/purchase-requests",
                    Access.SUPPLIER_LINE, null),
            new Endpoint("GET", "/api/stock", Access.STAFF, null),
            new Endpoint("GET", "/api/risk/orders", Access.STAFF, null),
            new Endpoint("GET", "/api/risk/model", Access.STAFF, null),
            new Endpoint("PUT", "/api/stock", Access.STAFF, "{}"),
            new Endpoint("GET", "/api/credit-holds", Access.STAFF, null),
            new Endpoint("POST", "/api/orders/{order}/materials/1/stocking", Access.SUPPLIER_LINE,
                    "{\"readyPercent\": 50, \"reportedBy\": \"何经理\"}"),
            new Endpoint("POST", "/api/approvals", Access.STAFF, "{}"),
            new Endpoint("GET", "/api/approvals?mine=true", Access.STAFF, null),
            new Endpoint("GET", "/api/approvals?orderNo={order}", Access.STAFF, null),
            new Endpoint("GET", "/api/approvals/{approval}", Access.STAFF, null),
            new Endpoint("POST", "/api/approvals/{approval}/decision", Access.STAFF, "{}"),
            new Endpoint("POST", "/api/approvals/{approval}/withdraw", Access.REQUESTER, null),
            new Endpoint("GET", "/api/me", Access.SIGNED_IN, null),
            new Endpoint("GET", "/api/monitoring/passes", Access.ADMIN_OR_GM, null),
            new Endpoint("POST", "/api/monitoring/passes", Access.ADMIN_OR_GM, "{}"),
            new Endpoint("GET", "/api/notifications/deliveries?recipient={person}", Access.ADMIN_OR_GM, null),
            new Endpoint("POST", "/api/notifications/test", Access.ADMIN_OR_GM, "{}"),
            new Endpoint("GET", "/api/factories", Access.STAFF, null),
            new Endpoint("POST", "/api/factories", Access.ADMIN_OR_GM, "{}"),
            new Endpoint("GET", "/api/suppliers", Access.STAFF, null),
            new Endpoint("POST", "/api/suppliers", Access.ADMIN_OR_GM, "{}"),
            new Endpoint("GET", "/api/inbox", Access.SIGNED_IN, null),
            new Endpoint("GET", "/api/inbox/unread-count", Access.SIGNED_IN, null),
            new Endpoint("POST", "/api/inbox/{message}/read", Access.OWN_MESSAGE, "{}"),
            new Endpoint("GET", "/api/people/{person}/contact", Access.PERSON_READ, null),
            new Endpoint("PUT", "/api/people/{person}/contact", Access.PERSON_CHANGE, "{}"),
            new Endpoint("POST", "/api/people/{person}/heartbeat", Access.PERSON_CHANGE, "{}"),
            new Endpoint("GET", "/api/people/{person}/presence", Access.PERSON_READ, null),
            new Endpoint("PUT", "/api/people/{person}/busy", Access.PERSON_CHANGE, "{}"),
            new Endpoint("DELETE", "/api/people/{person}/busy", Access.PERSON_CHANGE, null),
            new Endpoint("GET", "/api/users", Access.ADMIN, null),
            new Endpoint("POST", "/api/users", Access.ADMIN, "{}"),
            new Endpoint("GET", "/api/users/{person}", Access.ADMIN, null),
            new Endpoint("PUT", "/api/users/{person}", Access.ADMIN, "{}"),
            new Endpoint("POST", "/api/users/{person}/password", Access.ADMIN, "{}"),
            new Endpoint("POST", "/api/me/password", Access.SIGNED_IN, "{}"));

    /** What of the order must never show in a refusal (its number is in the caller's own URL, so not that). */
    private static final List<String> ORDER_DATA = List.of("Nordic Outdoor AB", "W-JK-2301", "测试制衣厂", "测试面料厂",
            "shell fabric");

    /**
     * The shared order, exception, approval request (by the merchandiser) and message: built once, since the context
     * (and its database) is shared.
     */
    private static World world;

    record World(String orderNo, long exceptionId, long approvalId, String messageId) {
    }

    @Autowired
    ExceptionsUnderTest.Fixtures fixtures;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    Accounts accounts;
    @Autowired
    FactoryRepository factories;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    OrderExceptionRepository exceptions;
    @Autowired
    OrderRepository orders;

    private ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = new ApiClient(rest, json);
        synchronized (AuthorizationMatrixTest.class) {
            if (world == null) {
                world = buildWorld();
            }
        }
    }

    static Stream<Arguments> everyEndpointForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(endpoint, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void answersAsTheCallersRoleAndOrganisationAllow(Endpoint endpoint, Caller caller) {
        String path = endpoint.path().replace("{order}", world.orderNo())
                .replace("{exception}", String.valueOf(world.exceptionId()))
                .replace("{approval}", String.valueOf(world.approvalId())).replace("{message}", world.messageId())
                .replace("{person}", TestData.userOf("merchandiser"));
        String body = endpoint.body() == null ? null : endpoint.body().replace(TODAY, data.today().toString());

        Response response = send(client(caller), endpoint.method(), path, body);

        int expected = expectedRefusal(endpoint.access(), caller);
        String text = response.body().toString();
        if (expected != 0) {
            assertThat(response.status()).as(response.toString()).isEqualTo(expected);
            assertThat(text).as("a refusal shows none of the order").doesNotContain(ORDER_DATA);
        } else {
            assertThat(response.status()).as(response.toString()).isNotIn(401, 403, 404).isLessThan(500);
            if (endpoint.access() == Access.FACTORY_LIST) {
                // lists are paged and the suite's other tests add orders at the same factory, so only another
                // factory's list is checked: it must not show this factory's order
                assertThat(response.status()).isEqualTo(200);
                if (caller == Caller.FACTORY_FOREIGN) {
                    assertThat(text).as("another factory's list").doesNotContain(world.orderNo(), TestData.FACTORY);
                }
            }
        }
    }

    /** 401, 403 or 404, or 0 where the call is allowed. */
    private static int expectedRefusal(Access access, Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            return 401;
        }
        boolean factory = caller == Caller.FACTORY_OWN || caller == Caller.FACTORY_FOREIGN;
        boolean supplier = caller == Caller.SUPPLIER_OWN || caller == Caller.SUPPLIER_FOREIGN;
        return switch (access) {
            case ADMIN -> caller == Caller.ADMIN ? 0 : 403;
            case ADMIN_OR_GM -> caller == Caller.ADMIN || caller == Caller.GM ? 0 : 403;
            case STAFF, PERSON_READ -> caller.isStaff() ? 0 : 403;
            case FACTORY_ORDER -> supplier ? 403 : caller == Caller.FACTORY_FOREIGN ? 404 : 0;
            case FACTORY_LIST -> supplier ? 403 : 0;
            case SUPPLIER_LINE -> factory ? 403 : caller == Caller.SUPPLIER_FOREIGN ? 404 : 0;
            case SIGNED_IN -> 0;
            case PERSON_CHANGE -> caller == Caller.MERCHANDISER || caller == Caller.ADMIN ? 0 : 403;
            case OWN_MESSAGE -> caller == Caller.MERCHANDISER ? 0 : 404;
            case ORDER_PARTIES -> caller == Caller.FACTORY_FOREIGN || caller == Caller.SUPPLIER_FOREIGN ? 404 : 0;
            case REQUESTER -> caller == Caller.MERCHANDISER ? 0 : 403;
        };
    }

    private ApiClient client(Caller caller) {
        return switch (caller) {
            case GM -> admin.as(TestData.userOf("gm"));
            case BUSINESS_OWNER -> admin.as(TestData.userOf("businessOwner"));
            case MERCHANDISER -> admin.as(TestData.userOf("merchandiser"));
            case PURCHASER -> admin.as(TestData.userOf("purchaser"));
            case PLANNER -> admin.as(TestData.userOf("planner"));
            case TECH -> admin.as(TestData.userOf("tech"));
            case QC -> admin.as(TestData.userOf("qc"));
            case ADMIN -> admin;
            case FACTORY_OWN -> admin.as(TestData.FACTORY_USER);
            case FACTORY_FOREIGN -> admin.as("tfactoryforeign");
            case SUPPLIER_OWN -> admin.as(TestData.SUPPLIER_USER);
            case SUPPLIER_FOREIGN -> admin.as("tsupplierforeign");
            case ANONYMOUS -> admin.anonymous();
        };
    }

    private static Response send(ApiClient client, String method, String path, String body) {
        return switch (method) {
            case "GET" -> client.get(path);
            case "POST" -> client.post(path, body);
            case "PUT" -> client.put(path, body);
            case "DELETE" -> client.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
    }

    /**
     * One order, three parties and our staff: the factory's photo, each supplier's QC report, a production photo and
     * an action photo by staff. Each party sees what it sent (and the factory staff's production photo), list,
     * download and thumbnail alike; staff see all and share one file with the factory, which then sees it.
     */
    @Test
    void evidenceIsSeenByThePartyThatSentItAndByStaff() {
        String orderNo = TestData.uniqueOrderNo();
        assertThat(admin.createOrder(data.orderRequest(orderNo)).status()).isEqualTo(201);
        PortalApi factory = PortalApi.as(rest, TestData.FACTORY_USER);
        PortalApi fabric = PortalApi.as(rest, TestData.SUPPLIER_USER);
        PortalApi trims = PortalApi.as(rest, trimsSupplierUser());
        PortalApi foreignSupplier = PortalApi.as(rest, "tsupplierforeign");
        PortalApi staff = PortalApi.as(rest, TestData.userOf("merchandiser"));

        long factoryPhoto = upload(factory, orderNo, "OUTPUT", null, SampleFiles.png(), "image/png");
        long fabricReport = upload(fabric, orderNo, "QC_REPORT", "1", SampleFiles.pdf(), "application/pdf");
        long trimsReport = upload(trims, orderNo, "QC_REPORT", "2", SampleFiles.pdf(), "application/pdf");
        long staffProduction = upload(staff, orderNo, "MILESTONE", null, SampleFiles.png(), "image/png");
        long staffAction = upload(staff, orderNo, "ACTION", null, SampleFiles.png(), "image/png");

        assertThat(listed(staff, orderNo)).containsExactly(factoryPhoto, fabricReport, trimsReport, staffProduction,
                staffAction);
        assertThat(listed(factory, orderNo)).containsExactly(factoryPhoto, staffProduction);
        assertThat(listed(fabric, orderNo)).containsExactly(fabricReport);
        assertThat(listed(trims, orderNo)).containsExactly(trimsReport);
        assertThat(foreignSupplier.get("/api/evidence?orderNo=" + orderNo).getStatusCode().value()).isEqualTo(404);

        assertThat(status(fabric.bytes("/api/evidence/" + trimsReport))).isEqualTo(404);
        assertThat(status(trims.bytes("/api/evidence/" + fabricReport))).isEqualTo(404);
        assertThat(status(factory.bytes("/api/evidence/" + fabricReport))).isEqualTo(404);
        assertThat(status(factory.bytes("/api/evidence/" + staffAction))).isEqualTo(404);
        assertThat(status(fabric.bytes("/api/evidence/" + factoryPhoto + "/thumbnail"))).isEqualTo(404);
        assertThat(status(factory.bytes("/api/evidence/" + factoryPhoto + "/thumbnail"))).isEqualTo(200);
        assertThat(status(factory.bytes("/api/evidence/" + staffProduction))).isEqualTo(200);
        assertThat(status(staff.bytes("/api/evidence/" + trimsReport))).isEqualTo(200);

        String share = "/api/evidence/" + fabricReport + "/shares/factory/" + TestData.FACTORY;
        assertThat(fabric.put(share).getStatusCode().value()).as("a party shares nothing").isEqualTo(403);
        assertThat(staff.put("/api/evidence/" + fabricReport + "/shares/factory/" + FOREIGN_FACTORY)
                .getStatusCode().value()).as("not a party of the order").isEqualTo(400);
        assertThat(staff.put(share).getBody().path("sharedWith").findValuesAsText("code"))
                .containsExactly(TestData.FACTORY);
        assertThat(listed(factory, orderNo)).containsExactly(factoryPhoto, fabricReport, staffProduction);
        assertThat(status(factory.bytes("/api/evidence/" + fabricReport))).isEqualTo(200);
        assertThat(listed(trims, orderNo)).containsExactly(trimsReport);
        assertThat(fabric.get("/api/evidence?orderNo=" + orderNo).getBody().get(0).path("sharedWith"))
                .as("whom a file is shared with is for staff").isEmpty();

        staff.delete(share);
        assertThat(status(factory.bytes("/api/evidence/" + fabricReport))).isEqualTo(404);
    }

    /**
     * An Idempotency-Key belongs to its user, method and path: another user's or another path's request with the same
     * key is new (and another factory's is refused as ever), and the same key with another body is refused.
     */
    @Test
    void idempotencyKeysBelongToTheirUserAndRequest() {
        String orderNo = TestData.uniqueOrderNo();
        String otherOrderNo = TestData.uniqueOrderNo();
        assertThat(admin.createOrder(data.orderRequest(orderNo)).status()).isEqualTo(201);
        assertThat(admin.createOrder(data.orderRequest(otherOrderNo)).status()).isEqualTo(201);
        PortalApi factory = PortalApi.as(rest, TestData.FACTORY_USER);
        PortalApi foreignFactory = PortalApi.as(rest, "tfactoryforeign");
        PortalApi staff = PortalApi.as(rest, TestData.userOf("merchandiser"));
        String key = "matrix-" + java.util.UUID.randomUUID();
        String output = "/api/orders/" + orderNo + "/output";
        java.util.Map<String, Object> report = java.util.Map.of("reportDate", data.today().toString(), "stage",
                "CUTTING", "quantity", 10, "reportedBy", "m");

        var first = factory.post(output, report, key);
        var foreign = foreignFactory.post(output, report, key);
        // the same key from another user with another body: no clash, it is that user's own
        var byStaff = staff.post(output, java.util.Map.of("reportDate", data.today().toString(), "stage", "SEWING",
                "quantity", 5, "reportedBy", "m"), key);
        var otherPath = factory.post("/api/orders/" + otherOrderNo + "/output", report, key);
        var otherBody = factory.post(output, java.util.Map.of("reportDate", data.today().toString(), "stage",
                "CUTTING", "quantity", 11, "reportedBy", "m"), key);
        var again = factory.post(output, report, key);

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
        assertThat(foreign.getHeaders().containsKey("Idempotency-Replayed")).isFalse();
        assertThat(foreign.getBody().toString()).doesNotContain(ORDER_DATA);
        assertThat(byStaff.getStatusCode().value()).isEqualTo(201);
        assertThat(byStaff.getHeaders().containsKey("Idempotency-Replayed")).isFalse();
        assertThat(otherPath.getStatusCode().value()).isEqualTo(201);
        assertThat(otherPath.getHeaders().containsKey("Idempotency-Replayed")).isFalse();
        assertThat(otherBody.getStatusCode().value()).isEqualTo(422);
        assertThat(again.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(staff.get(output).getBody().findValuesAsText("stage")).as("the factory's and the merchandiser's")
                .containsExactlyInAnyOrder("CUTTING", "SEWING");
        assertThat(staff.get("/api/orders/" + otherOrderNo + "/output").getBody()).hasSize(1);
    }

    private String trimsSupplierUser() {
        String login = "ttrimsupplier";
        synchronized (AuthorizationMatrixTest.class) {
            if (!accounts.exists(login)) {
                Supplier trims = suppliers.findByCode(TestData.TRIMS_SUPPLIER).orElseThrow();
                accounts.createSupplierUser(login, "测试辅料厂用户", TestData.PASSWORD, trims.getId(), trims.getName());
            }
        }
        return login;
    }

    private static long upload(PortalApi as, String orderNo, String purpose, String reference, byte[] content,
            String type) {
        java.util.Map<String, String> fields = new java.util.HashMap<>(
                java.util.Map.of("orderNo", orderNo, "purpose", purpose, "uploadedBy", "matrix"));
        if (reference != null) {
            fields.put("reference", reference);
        }
        var created = as.upload(content, "f", type, fields, null);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return created.getBody().path("id").asLong();
    }

    private static List<Long> listed(PortalApi as, String orderNo) {
        var list = as.get("/api/evidence?orderNo=" + orderNo);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        list.getBody().forEach(e -> ids.add(e.path("id").asLong()));
        return ids;
    }

    private static int status(org.springframework.http.ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }

    private World buildWorld() {
        data.ensureRoleUsers();
        data.factoryUser();
        data.supplierUser();
        Factory otherFactory = factories.findByCode(FOREIGN_FACTORY)
                .orElseGet(() -> factories.save(new Factory(FOREIGN_FACTORY, "别家制衣厂", "广州", null, null)));
        Supplier otherSupplier = suppliers.findByCode("S-FOREIGN").orElseGet(
                () -> suppliers.save(new Supplier("S-FOREIGN", "别家面料厂", MaterialKind.FABRIC, 3, null, null)));
        accounts.createFactoryUser("tfactoryforeign", "别家工厂用户", TestData.PASSWORD, otherFactory.getId(),
                otherFactory.getName());
        accounts.createSupplierUser("tsupplierforeign", "别家供应商用户", TestData.PASSWORD, otherSupplier.getId(),
                otherSupplier.getName());
        ExceptionsUnderTest exceptionsUnderTest = fixtures.using(admin);
        String orderNo = exceptionsUnderTest.newOrder();
        long exceptionId = exceptionsUnderTest.open(exceptionsUnderTest.materialDelay(orderNo, 3));
        Response approval = admin.as(TestData.userOf("merchandiser")).post("/api/approvals", admin.object()
                .put("orderNo", orderNo).put("kind", "EXTRA_COST").put("amount", 500).put("reason", "matrix"));
        assertThat(approval.status()).as(approval.toString()).isEqualTo(201);
        Response message = admin.post("/api/notifications/test",
                admin.object().put("channel", "INBOX").put("userId", TestData.userOf("merchandiser")));
        assertThat(message.status()).as(message.toString()).isEqualTo(200);
        return new World(orderNo, exceptionId, approval.body().path("id").asLong(),
                message.body().path("providerMessageId").asText());
    }
}

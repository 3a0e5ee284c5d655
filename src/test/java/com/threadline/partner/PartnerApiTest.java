package com.threadline.partner;

import static com.threadline.order.ApiClient.stream;
import static com.threadline.order.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;

/** /api/factories and /api/suppliers: listing, registering, duplicates and invalid partners. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ApiClient api;
    private String code;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        code = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    // Factories -------------------------------------------------------------------------------------------

    @Test
    void aNewFactoryIsAnswered201WithItsLocationAndListedByCode() {
        Response created = api.post("/api/factories", factory(code, "宁波新厂"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.contentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(created.headers().getLocation().getPath()).isEqualTo("/api/factories/" + code);
        JsonNode body = created.body();
        assertThat(body.path("id").asLong()).isPositive();
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("name").asText()).isEqualTo("宁波新厂");
        assertThat(body.path("city").asText()).isEqualTo("宁波");
        assertThat(body.path("contact").asText()).isEqualTo("张厂长");
        assertThat(body.path("phone").asText()).isEqualTo("13800000000");

        Response list = api.get("/api/factories");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().isArray()).isTrue();
        assertThat(find(list.body(), code)).isEqualTo(body);
    }

    @Test
    void factoriesAreListedByCode() {
        for (String suffix : List.of("-3", "-1", "-2")) {
            assertThat(api.post("/api/factories", factory(code + suffix, "Factory " + suffix)).status()).isEqualTo(201);
        }

        List<String> codes = texts(api.get("/api/factories").body(), "code");

        assertThat(codes.stream().filter(c -> c.startsWith(code)).toList())
                .containsExactly(code + "-1", code + "-2", code + "-3");
    }

    @Test
    void aFactoryNeedsOnlyCodeAndName() {
        Response created = api.post("/api/factories", api.object().put("code", code).put("name", "Minimal"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().has("city")).isFalse();
    }

    @Test
    void aSecondFactoryWithTheSameCodeIs409AndTheFirstStays() {
        assertThat(api.post("/api/factories", factory(code, "Original")).status()).isEqualTo(201);

        Response duplicate = api.post("/api/factories", factory(code, "Impostor"));

        assertProblem(duplicate, 409, "Conflict");
        assertThat(duplicate.body().path("detail").asText()).contains(code);
        assertThat(find(api.get("/api/factories").body(), code).path("name").asText()).isEqualTo("Original");
        assertThat(texts(api.get("/api/factories").body(), "code")).containsOnlyOnce(code);
    }

    /* The request that loses the race between the code check and the insert is told 409, not 500. */
    @Test
    void theSameFactoryRegisteredConcurrentlyIsStoredOnceAndTheOthersAreTold409() throws Exception {
        List<Response> answers = concurrently(6, () -> api.post("/api/factories", factory(code, "Race")));

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 201).hasSize(5).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(409);
            assertThat(r.isProblem()).as(r.toString()).isTrue();
        });
        assertThat(texts(api.get("/api/factories").body(), "code")).containsOnlyOnce(code);
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "name | ''",
            "name | '   '",
            "name | NULL",
            "code | ''",
            "code | NULL",
            "code | 'F 1!'",
            "code | 'F/NB'",
            "code | '宁波厂'",
            "code | 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456'",
            "phone | '123456789012345678901234567890123'"})
    void anInvalidFactoryIs400NamingTheFieldAndIsNotStored(String field, String value) {
        ObjectNode body = factory(code, "Valid name");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }

        Response response = api.post("/api/factories", body);

        assertInvalid(response, field);
        assertThat(texts(api.get("/api/factories").body(), "code")).doesNotContain(code, body.path("code").asText());
    }

    @Test
    void allProblemsOfAFactoryAreListedAtOnce() {
        Response response = api.post("/api/factories", api.object().put("code", "bad code!").put("name", ""));

        assertInvalid(response, "code", "name");
    }

    @Test
    void aMalformedFactoryIsAMalformedRequest() {
        Response response = api.post("/api/factories", "{\"code\": \"" + code + "\", ");

        assertProblem(response, 400, "Malformed request body");
        assertThat(texts(api.get("/api/factories").body(), "code")).doesNotContain(code);
    }

    @Test
    void anOrderCanBePlacedAtAFactoryJustRegistered() {
        assertThat(api.post("/api/factories", factory(code, "Brand new")).status()).isEqualTo(201);
        String orderNo = TestData.uniqueOrderNo();
        ObjectNode order = api.tree(testData.orderRequest(orderNo)).put("factoryCode", code);

        Response created = api.createOrder(order);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("factoryCode").asText()).isEqualTo(code);
        assertThat(created.body().path("factoryName").asText()).isEqualTo("Brand new");
    }

    // Suppliers -------------------------------------------------------------------------------------------

    @Test
    void aNewSupplierIsAnswered201WithItsLocationAndListedByCode() {
        Response created = api.post("/api/suppliers", supplier(code, "FABRIC", 7));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers().getLocation().getPath()).isEqualTo("/api/suppliers/" + code);
        JsonNode body = created.body();
        assertThat(body.path("id").asLong()).isPositive();
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("name").asText()).isEqualTo("绍兴新面料");
        assertThat(body.path("category").asText()).isEqualTo("FABRIC");
        assertThat(body.path("transitDays").asInt()).isEqualTo(7);
        assertThat(body.path("contact").asText()).isEqualTo("何经理");

        Response list = api.get("/api/suppliers");
        assertThat(list.status()).isEqualTo(200);
        assertThat(find(list.body(), code)).isEqualTo(body);
    }

    @Test
    void suppliersAreListedByCode() {
        for (String suffix : List.of("-B", "-C", "-A")) {
            assertThat(api.post("/api/suppliers", supplier(code + suffix, "TRIMS", 3)).status()).isEqualTo(201);
        }

        List<String> codes = texts(api.get("/api/suppliers").body(), "code");

        assertThat(codes.stream().filter(c -> c.startsWith(code)).toList())
                .containsExactly(code + "-A", code + "-B", code + "-C");
    }

    @Test
    void aSupplierMayNeedNoTransitDaysAndAtMost120() {
        assertThat(api.post("/api/suppliers", supplier(code + "-0", "TRIMS", 0)).status()).isEqualTo(201);
        assertThat(api.post("/api/suppliers", supplier(code + "-120", "TRIMS", 120)).status()).isEqualTo(201);
    }

    @Test
    void aSecondSupplierWithTheSameCodeIs409AndTheFirstStays() {
        assertThat(api.post("/api/suppliers", supplier(code, "FABRIC", 5)).status()).isEqualTo(201);

        Response duplicate = api.post("/api/suppliers", supplier(code, "TRIMS", 2));

        assertProblem(duplicate, 409, "Conflict");
        JsonNode stored = find(api.get("/api/suppliers").body(), code);
        assertThat(stored.path("category").asText()).isEqualTo("FABRIC");
        assertThat(stored.path("transitDays").asInt()).isEqualTo(5);
    }

    @Test
    void theSameSupplierRegisteredConcurrentlyIsStoredOnceAndTheOthersAreTold409() throws Exception {
        List<Response> answers = concurrently(6, () -> api.post("/api/suppliers", supplier(code, "FABRIC", 5)));

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 201).hasSize(5).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(409);
            assertThat(r.isProblem()).as(r.toString()).isTrue();
        });
        assertThat(texts(api.get("/api/suppliers").body(), "code")).containsOnlyOnce(code);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "transitDays | -1",
            "transitDays | 121",
            "transitDays | NULL",
            "category    | NULL",
            "name        | ''",
            "code        | 'S#1'"})
    void anInvalidSupplierIs400NamingTheFieldAndIsNotStored(String field, String value) {
        ObjectNode body = supplier(code, "FABRIC", 5);
        if (value == null) {
            body.remove(field);
        } else if (field.equals("transitDays")) {
            body.put(field, Integer.parseInt(value));
        } else {
            body.put(field, value);
        }

        Response response = api.post("/api/suppliers", body);

        assertInvalid(response, field);
        assertThat(texts(api.get("/api/suppliers").body(), "code")).doesNotContain(code, body.path("code").asText());
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource({"category, WOOL", "transitDays, soon"})
    void aSupplierValueOfTheWrongTypeIs400NamingTheField(String field, String value) {
        ObjectNode body = supplier(code, "FABRIC", 5).put(field, value);

        Response response = api.post("/api/suppliers", body);

        assertInvalid(response, field);
        assertThat(response.errorReason(field)).hasValueSatisfying(r -> assertThat(r).contains(value));
        assertThat(texts(api.get("/api/suppliers").body(), "code")).doesNotContain(code);
    }

    @Test
    void allProblemsOfASupplierAreListedAtOnce() {
        Response response = api.post("/api/suppliers",
                api.object().put("code", code).put("name", " ").put("transitDays", -3));

        assertInvalid(response, "category", "name", "transitDays");
    }

    @Test
    void anOrderCanBuyFromASupplierJustRegistered() {
        assertThat(api.post("/api/suppliers", supplier(code, "TRIMS", 2)).status()).isEqualTo(201);
        String orderNo = TestData.uniqueOrderNo();
        ObjectNode order = api.tree(testData.orderRequest(orderNo));
        ((ObjectNode) order.withArray("materials").get(1)).put("supplierCode", code);

        Response created = api.createOrder(order);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().get("materials").get(1).path("supplierCode").asText()).isEqualTo(code);
        assertThat(created.body().get("materials").get(1).path("supplierName").asText()).isEqualTo("绍兴新面料");
    }

    // -----------------------------------------------------------------------------------------------------

    private static List<Response> concurrently(int times, Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(Collections.nCopies(times, call))) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    private ObjectNode factory(String code, String name) {
        return api.object().put("code", code).put("name", name).put("city", "宁波").put("contact", "张厂长")
                .put("phone", "13800000000");
    }

    private ObjectNode supplier(String code, String category, int transitDays) {
        return api.object().put("code", code).put("name", "绍兴新面料").put("category", category)
                .put("transitDays", transitDays).put("contact", "何经理").put("phone", "13900000000");
    }

    private static JsonNode find(JsonNode list, String code) {
        return stream(list).filter(p -> code.equals(p.path("code").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no partner " + code + " in " + list));
    }

    private static void assertInvalid(Response response, String... fields) {
        assertProblem(response, 400, "Invalid request");
        assertThat(response.errorFields()).containsOnly(fields);
        assertThat(response.errorReasons()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    private static void assertProblem(Response response, int status, String title) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("title").asText()).isEqualTo(title);
    }
}

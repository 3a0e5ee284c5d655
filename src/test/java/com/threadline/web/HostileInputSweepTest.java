package com.threadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.threadline.TestData;
import com.threadline.access.Accounts;
import com.threadline.access.Role;
import com.threadline.customer.CustomerDirectory;
import com.threadline.order.ApiClient;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every POST, PUT, PATCH and DELETE the application maps (read from Spring MVC, so a new endpoint is swept without
 * touching this test) gets malformed, extreme and hostile requests from a staff member: broken and wrong-typed JSON,
 * each field of a well-formed body replaced in turn by a hostile value of its kind, hostile path variables and
 * parameters, wrong content types and methods. None may answer 5xx, and every error must be problem JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputSweepTest {

    private static final String SWEEPER = "tsweeper";
    private static final String TARGET_USER = "tsweeptarget";
    private static final String FACTORY = "F-SWEEP";
    private static final Set<RequestMethod> CHANGES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);
    private static final String HOLE = "\u00a7HOSTILE\u00a7";

    private static final List<String> HOSTILE_TEXTS = List.of("\"\ud83d\ude00 emoji\"", "\"a\\u0000b\"",
            "\"half \\ud800 pair\"", "\"" + "\u957f".repeat(5_000) + "\"", "12345", "true", "{}", "[]",
            "\"<script>alert(1)</script>' OR 1=1 --\"");
    private static final List<String> HOSTILE_NUMBERS = List.of("\"12\"", "-0.0001", "1e400", "-1",
            "99999999999999999999999", "-2147483649", "\"\"", "true", "[1]");
    private static final List<String> HOSTILE_BOOLEANS = List.of("\"true\"", "1", "\"yes\"");
    private static final List<String> HOSTILE_DATES = List.of("\"9999-12-31\"", "\"+999999999-12-31\"",
            "\"1900-01-01\"", "\"2026-02-30\"", "20261201", "\"\"", "\"-999999999-01-01\"");
    private static final List<String> HOSTILE_TIMES = List.of("\"+999999999-12-31T23:59:59Z\"",
            "\"9999-12-31T23:59:59+08:00\"", "\"1900-01-01T00:00:00Z\"", "\"not a time\"", "1e20");
    private static final List<String> HOSTILE_ENUMS = List.of("\"NOPE\"", "0", "\"\ud83d\ude00\"", "\"\"");
    private static final List<String> HOSTILE_ANY = List.of("null", "{\"$ne\": 1}");
    private static final List<String> HOSTILE_PATH_VALUES = List.of("%F0%9F%98%80", "%00", "%2F..%2F",
            "99999999999999999999999", "-1", "%ED%A0%80", "x".repeat(3000));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;
    @Autowired
    Accounts accounts;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @LocalServerPort
    int port;

    private final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
    private final Queue failures = new Queue();
    private final AtomicInteger sent = new AtomicInteger();
    private HttpClient http;
    private String authorization;
    private Map<String, String> pathValues;

    @Test
    void noChangingRequestAnswers5xxAndEveryErrorIsProblemJson() throws Exception {
        prepare();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(30);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (Endpoint endpoint : endpoints) {
            pool.submit(() -> sweep(endpoint));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        aroundTheHandlers();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        System.out.printf("Hostile input sweep: %d endpoints, %d requests in %d s, answers by status %s%n",
                endpoints.size(), sent.get(), seconds, new TreeMap<>(byStatus));
        assertThat(failures.items).as("answers that are 5xx or errors that are not problem JSON").isEmpty();
    }

    private void prepare() {
        testData.ensurePartners();
        if (!accounts.exists(SWEEPER)) {
            accounts.createInternal(SWEEPER, "清扫测试", TestData.PASSWORD, Set.of(Role.ADMIN, Role.GM,
                    Role.MERCHANDISER, Role.PLANNER));
        }
        if (!accounts.exists(TARGET_USER)) {
            accounts.createInternal(TARGET_USER, "被清扫的人", TestData.PASSWORD, Set.of(Role.QC));
        }
        ApiClient api = new ApiClient(rest, json).as(SWEEPER);
        api.post("/api/factories", Map.of("code", FACTORY, "name", "清扫制衣厂", "city", "宁波"));
        String orderNo = TestData.uniqueOrderNo();
        JsonNode order = api.createOrder(testData.orderRequest(orderNo)).body();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        authorization = "Basic " + Base64.getEncoder().encodeToString((SWEEPER + ":" + TestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        // a customer of the sweep's own: the credit it is given would hold the orders of a customer other tests share
        long customerId = customers.findOrAdd("清扫客户 Sweep Customer").getId();
        pathValues = Map.of("orderNo", orderNo, "code", order.path("milestones").path(0).path("code").asText(),
                "lineNo", "1", "id", "999999999", "login", TARGET_USER, "userId", TARGET_USER,
                "customerId", String.valueOf(customerId));
    }

    /** The changing mappings, with the order's cancellation last so that it does not close the order early. */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (CHANGES.contains(method)) {
                    for (String pattern : info.getPatternValues()) {
                        endpoints.add(new Endpoint(method.name(), pattern, info, handler));
                    }
                }
            }
        });
        endpoints.sort(Comparator.comparing((Endpoint e) -> e.pattern().endsWith("/cancel"))
                .thenComparing(Endpoint::pattern));
        return endpoints;
    }

    private void sweep(Endpoint endpoint) {
        try {
            String path = endpoint.path(pathValues);
            for (String hostile : HOSTILE_PATH_VALUES) {
                for (String variable : endpoint.pathVariables()) {
                    send(endpoint.method(), endpoint.path(pathValues, variable, hostile), "application/json", "{}");
                }
            }
            send("PATCH".equals(endpoint.method()) ? "TRACE" : "PATCH", path, "application/json", "{}");
            if (endpoint.consumesMultipart()) {
                sweepMultipart(endpoint, path);
                return;
            }
            for (String param : endpoint.requestParams()) {
                for (String hostile : HOSTILE_PATH_VALUES) {
                    send(endpoint.method(), path + "?" + param + "=" + hostile, "application/json", "{}");
                }
            }
            Class<?> bodyType = endpoint.bodyType();
            if (bodyType == null) {
                return;
            }
            ObjectNode valid = (ObjectNode) example(bodyType, bodyType);
            String validText = json.writeValueAsString(valid);
            for (String body : List.of("", "not json", "{", "{\"a\":", "[]", "null", "\"text\"", "12",
                    validText + " trailing", "[".repeat(3000), "{\"x\":\"" + "y".repeat(300_000) + "\"}")) {
                send(endpoint.method(), path, "application/json", body);
            }
            for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x")) {
                send(endpoint.method(), path, contentType, validText);
            }
            send(endpoint.method(), path, null, validText);
            for (Leaf leaf : leaves(valid, bodyType, "")) {
                for (String hostile : leaf.hostileValues()) {
                    Runnable undo = leaf.replace().apply(json.getNodeFactory().textNode(HOLE));
                    String body = json.writeValueAsString(valid).replace("\"" + HOLE + "\"", hostile);
                    undo.run();
                    send(endpoint.method(), path, "application/json", body);
                }
            }
        } catch (Exception e) {
            failures.add(endpoint.method() + " " + endpoint.pattern() + ": the sweep itself failed: " + e);
        }
    }

    private void sweepMultipart(Endpoint endpoint, String path) {
        String boundary = "sweepBoundary";
        String good = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nnot a jpeg\r\n";
        String type = "multipart/form-data; boundary=" + boundary;
        for (String body : List.of("garbage", good, "--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\nx",
                good + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"orderNo\"\r\n\r\n"
                        + "\ud83d\ude00\r\n--" + boundary + "--\r\n",
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + "x".repeat(5000)
                        + "\"\r\n\r\n")) {
            send(endpoint.method(), path, type, body);
        }
        send(endpoint.method(), path, "multipart/form-data", good);
        send(endpoint.method(), path, "application/json", "{}");
        for (String param : endpoint.requestParams()) {
            for (String hostile : HOSTILE_PATH_VALUES) {
                send(endpoint.method(), path + "?" + param + "=" + hostile, type, good + "--" + boundary + "--\r\n");
            }
        }
    }

    /** What no handler sees: unknown paths, an encoded slash, an Accept nobody can serve. */
    private void aroundTheHandlers() {
        send("POST", "/api/no-such-thing", "application/json", "{}");
        send("GET", "/api/orders/a%2Fb", null, null);
        send("POST", "/api/orders/a%2Fb/cancel", "application/json", "{}");
        send("DELETE", "/api/orders", "application/json", "{}");
        send("GET", "/api/orders", "application/json", null, "image/png");
    }

    private void send(String method, String path, String contentType, String body) {
        send(method, path, contentType, body, "application/json");
    }

    private void send(String method, String path, String contentType, String body, String accept) {
        String target = method + " " + path.substring(0, Math.min(path.length(), 120)) + " "
                + (body == null ? "" : body.substring(0, Math.min(body.length(), 160)));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization)
                    .header("Accept", accept)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            sent.incrementAndGet();
            byStatus.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            String answeredType = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + " for " + target + " -> " + abbreviated(response.body()));
            } else if (response.statusCode() >= 400 && !answeredType.startsWith("application/problem+json")) {
                failures.add(response.statusCode() + " " + answeredType + " (not problem JSON) for " + target
                        + " -> " + abbreviated(response.body()));
            }
        } catch (Exception e) {
            failures.add("no answer for " + target + ": " + e);
        }
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.substring(0, Math.min(text.length(), 300));
    }

    // Well-formed bodies from the handler's parameter type -------------------------------------------------

    private JsonNode example(Type type, Class<?> raw) {
        if (raw == String.class) {
            return json.getNodeFactory().textNode("sweep");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class) {
            return json.getNodeFactory().numberNode(1);
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return json.getNodeFactory().numberNode(new BigDecimal("1.5"));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return json.getNodeFactory().booleanNode(false);
        }
        if (raw == LocalDate.class) {
            return json.getNodeFactory().textNode(testData.today().plusDays(30).toString());
        }
        if (raw == Instant.class || raw == OffsetDateTime.class) {
            return json.getNodeFactory().textNode(OffsetDateTime.now().plusHours(2).toString());
        }
        if (raw == LocalTime.class) {
            return json.getNodeFactory().textNode("08:30");
        }
        if (raw.isEnum()) {
            return json.getNodeFactory().textNode(((Enum<?>) raw.getEnumConstants()[0]).name());
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            ArrayNode array = json.createArrayNode();
            Type element = generic.getActualTypeArguments()[0];
            array.add(example(element, rawOf(element)));
            return array;
        }
        if (raw.isRecord()) {
            ObjectNode object = json.createObjectNode();
            for (RecordComponent component : raw.getRecordComponents()) {
                object.set(component.getName(), example(component.getGenericType(), component.getType()));
            }
            return object;
        }
        return json.createObjectNode();
    }

    private static Class<?> rawOf(Type type) {
        return type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
    }

    /** Every value of {@code node} with the hostile values of its kind and a way to put one in its place. */
    private List<Leaf> leaves(JsonNode node, Class<?> raw, String path) {
        List<Leaf> leaves = new ArrayList<>();
        if (node instanceof ObjectNode object && raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode value = object.get(component.getName());
                Class<?> type = component.getType();
                Function<JsonNode, Runnable> setter = replacement -> {
                    object.set(component.getName(), replacement);
                    return () -> object.set(component.getName(), value);
                };
                leaves.add(new Leaf(path + component.getName(), hostileFor(type), setter));
                if (type.isRecord()) {
                    leaves.addAll(leaves(value, type, path + component.getName() + "."));
                } else if (Collection.class.isAssignableFrom(type) && value instanceof ArrayNode array
                        && !array.isEmpty()) {
                    Class<?> element = rawOf(((ParameterizedType) component.getGenericType())
                            .getActualTypeArguments()[0]);
                    leaves.addAll(leaves(array.get(0), element, path + component.getName() + "[0]."));
                }
            }
        }
        return leaves;
    }

    private static List<String> hostileFor(Class<?> type) {
        List<String> values = new ArrayList<>(HOSTILE_ANY);
        if (type == String.class) {
            values.addAll(HOSTILE_TEXTS);
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            values.addAll(HOSTILE_NUMBERS);
        } else if (type == boolean.class || type == Boolean.class) {
            values.addAll(HOSTILE_BOOLEANS);
        } else if (type == LocalDate.class) {
            values.addAll(HOSTILE_DATES);
        } else if (type == Instant.class || type == OffsetDateTime.class) {
            values.addAll(HOSTILE_TIMES);
        } else if (type.isEnum()) {
            values.addAll(HOSTILE_ENUMS);
        } else if (Collection.class.isAssignableFrom(type)) {
            values.addAll(List.of("{}", "\"x\"", "[null]", "[" + "1,".repeat(5_000) + "1]"));
        } else {
            values.addAll(List.of("\"x\"", "[]", "7"));
        }
        return values;
    }

    private record Leaf(String path, List<String> hostileValues, Function<JsonNode, Runnable> replace) {
    }

    private record Endpoint(String method, String pattern, RequestMappingInfo info, HandlerMethod handler) {

        String path(Map<String, String> values) {
            return path(values, null, null);
        }

        /** The path with real values, but {@code hostile} (sent as it is) for {@code variable}. */
        String path(Map<String, String> values, String variable, String hostile) {
            String path = pattern;
            for (String name : pathVariables()) {
                String value = name.equals("code") && pattern.contains("/calendars/") ? FACTORY
                        : values.getOrDefault(name, "1");
                path = path.replace("{" + name + "}", name.equals(variable) ? hostile
                        : URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            return path;
        }

        List<String> pathVariables() {
            return Arrays.stream(handler.getMethodParameters())
                    .filter(p -> p.hasParameterAnnotation(PathVariable.class))
                    .map(p -> named(p, p.getParameterAnnotation(PathVariable.class).name()))
                    .toList();
        }

        List<String> requestParams() {
            return Arrays.stream(handler.getMethodParameters())
                    .filter(p -> p.hasParameterAnnotation(RequestParam.class))
                    .map(p -> named(p, p.getParameterAnnotation(RequestParam.class).name()))
                    .toList();
        }

        private static String named(MethodParameter param, String declared) {
            param.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            return declared.isEmpty() ? param.getParameterName() : declared;
        }

        Class<?> bodyType() {
            return Arrays.stream(handler.getMethodParameters())
                    .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                    .map(MethodParameter::getParameterType)
                    .filter(Class::isRecord)
                    .findFirst()
                    .orElse(null);
        }

        boolean consumesMultipart() {
            return info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA);
        }
    }

    private static final class Queue {
        private final ConcurrentLinkedQueue<String> items = new ConcurrentLinkedQueue<>();

        void add(String item) {
            items.add(item);
        }
    }
}

package com.threadline.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.threadline.TestData;
import com.threadline.TestLogins;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Talks JSON over real HTTP to the running application and hands back status, headers and the parsed body.
 * It signs in with HTTP Basic, as the administrator unless told otherwise. It only wraps HTTP calls; what to
 * expect is up to each test.
 */
public class ApiClient {

    private final TestRestTemplate anonymous;
    private final TestRestTemplate rest;
    private final ObjectMapper json;

    /** Signs in as the administrator. */
    public ApiClient(TestRestTemplate rest, ObjectMapper json) {
        this(json, rest, TestLogins.asAdmin(rest));
    }

    private ApiClient(ObjectMapper json, TestRestTemplate anonymous, TestRestTemplate signedIn) {
        this.anonymous = anonymous;
        this.rest = signedIn;
        this.json = json;
    }

    /** The same client signed in as {@code login} with the test password. */
    public ApiClient as(String login) {
        return withPassword(login, TestData.PASSWORD);
    }

    public ApiClient withPassword(String login, String password) {
        return new ApiClient(json, anonymous, anonymous.withBasicAuth(login, password));
    }

    /** The same client without credentials. */
    public ApiClient anonymous() {
        return new ApiClient(json, anonymous, anonymous);
    }

    public Response get(String uriTemplate, Object... uriVariables) {
        return exchange(HttpMethod.GET, uriTemplate, null, uriVariables);
    }

    /** Sends {@code body} as JSON; a {@link String} is sent as it is, so it may be malformed on purpose. */
    public Response post(String uriTemplate, Object body, Object... uriVariables) {
        return exchange(HttpMethod.POST, uriTemplate, body, uriVariables);
    }

    public Response put(String uriTemplate, Object body, Object... uriVariables) {
        return exchange(HttpMethod.PUT, uriTemplate, body, uriVariables);
    }

    public Response patch(String uriTemplate, Object body, Object... uriVariables) {
        return exchange(HttpMethod.PATCH, uriTemplate, body, uriVariables);
    }

    public Response delete(String uriTemplate, Object... uriVariables) {
        return exchange(HttpMethod.DELETE, uriTemplate, null, uriVariables);
    }

    /** The JSON the application's own mapper makes of {@code value}, ready to be broken field by field. */
    public ObjectNode tree(Object value) {
        return json.valueToTree(value);
    }

    public ObjectNode object() {
        return json.createObjectNode();
    }

    // Order API -------------------------------------------------------------------------------------------

    public Response createOrder(Object request) {
        return post("/api/orders", request);
    }

    public Response order(String orderNo) {
        return get("/api/orders/{orderNo}", orderNo);
    }

    public Response recordActual(String orderNo, String code, Object body) {
        return post("/api/orders/{orderNo}/milestones/{code}/actual", body, orderNo, code);
    }

    public Response forecast(String orderNo, String code, Object body) {
        return post("/api/orders/{orderNo}/milestones/{code}/forecast", body, orderNo, code);
    }

    public Response report(String orderNo, Object body) {
        return post("/api/orders/{orderNo}/reports", body, orderNo);
    }

    public Response cancel(String orderNo, Object body) {
        return post("/api/orders/{orderNo}/cancel", body, orderNo);
    }

    // Camunda engine REST, to move an order's process on as a user completing a task in Tasklist would -----

    /** Completes the order's open user task {@code taskKey} (dates left empty mean today); 204 when done. */
    public Response completeOpenTask(String orderNo, String taskKey) {
        JsonNode task = stream(order(orderNo).body().path("openTasks"))
                .filter(t -> taskKey.equals(t.path("key").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("order " + orderNo + " has no open task " + taskKey));
        return post("/engine-rest/task/{id}/complete", object().set("variables", object()), task.path("id").asText());
    }

    // JSON navigation -------------------------------------------------------------------------------------

    public static JsonNode milestone(JsonNode order, String code) {
        return stream(order.get("milestones"))
                .filter(m -> code.equals(m.path("code").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("order has no milestone " + code + ": " + order));
    }

    public static List<String> texts(JsonNode array, String field) {
        return stream(array).map(node -> node.path(field).asText()).toList();
    }

    public static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        if (array == null || array.isNull() || array.isMissingNode()) {
            return java.util.stream.Stream.empty();
        }
        return StreamSupport.stream(array.spliterator(), false);
    }

    private Response exchange(HttpMethod method, String uriTemplate, Object body, Object... uriVariables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        String text = null;
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
            text = body instanceof String s ? s : write(body);
        }
        ResponseEntity<String> response = rest.exchange(uriTemplate, method, new HttpEntity<>(text, headers),
                String.class, uriVariables);
        return new Response(response.getStatusCode().value(), response.getHeaders(), read(response.getBody()));
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(body);
        }
    }

    /** One HTTP answer. For problems, {@link #errorFields()} lists {@code errors[].field}. */
    public record Response(int status, HttpHeaders headers, JsonNode body) {

        public MediaType contentType() {
            return headers.getContentType();
        }

        public boolean isProblem() {
            return contentType() != null && contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }

        public List<String> errorFields() {
            return texts(body.path("errors"), "field");
        }

        public Optional<String> errorReason(String field) {
            return stream(body.path("errors"))
                    .filter(e -> field.equals(e.path("field").asText()))
                    .map(e -> e.path("reason").asText())
                    .findFirst();
        }

        public List<String> errorReasons() {
            return new ArrayList<>(texts(body.path("errors"), "reason"));
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }
}

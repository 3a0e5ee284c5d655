package com.threadline.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.threadline.TestLogins;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Talks JSON to the running app and checks its answers; one per test, over the context's TestRestTemplate, signed
 * in as the administrator.
 */
final class InputApi {

    private final TestRestTemplate rest;

    InputApi(TestRestTemplate rest) {
        this.rest = TestLogins.asAdmin(rest);
    }

    ResponseEntity<JsonNode> post(String path, Object body) {
        return send(HttpMethod.POST, path, body);
    }

    ResponseEntity<JsonNode> put(String path, Object body) {
        return send(HttpMethod.PUT, path, body);
    }

    ResponseEntity<JsonNode> get(String path) {
        return rest.getForEntity(path, JsonNode.class);
    }

    /** The items of a list endpoint, which must answer 200. */
    JsonNode list(String path) {
        ResponseEntity<JsonNode> response = get(path);
        assertThat(response.getStatusCode()).as("GET %s", path).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().isArray()).isTrue();
        return response.getBody();
    }

    /** Sends text as a JSON body as it is, broken or not. */
    ResponseEntity<JsonNode> postRaw(String path, String json) {
        return send(HttpMethod.POST, path, json);
    }

    private ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** A JSON object from alternating names and values; values are sent as their string form, numbers as numbers. */
    static Map<String, Object> json(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            body.put((String) namesAndValues[i], value == null || value instanceof Number ? value : value.toString());
        }
        return body;
    }

    static Map<String, Object> without(Map<String, Object> body, String... names) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (String name : names) {
            copy.remove(name);
        }
        return copy;
    }

    static Map<String, Object> with(Map<String, Object> body, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.putAll(json(name, value));
        return copy;
    }

    /** Asserts a 400 problem whose {@code errors[].field} are exactly these. */
    static void assertInvalid(ResponseEntity<JsonNode> response, String... fields) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("title").asText()).isEqualTo("Invalid request");
        List<String> found = new ArrayList<>();
        response.getBody().path("errors").forEach(error -> found.add(error.path("field").asText()));
        assertThat(found).as("%s", response.getBody()).containsExactlyInAnyOrder(fields);
    }

    static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String title) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("title").asText()).isEqualTo(title);
    }

    /** Asserts who reported an input, that the server stamped it between two instants, and its channel. */
    static void assertOrigin(JsonNode input, String reportedBy, String source, Instant notBefore, Instant notAfter) {
        assertThat(input.path("reportedBy").asText()).isEqualTo(reportedBy);
        assertThat(input.path("source").asText()).isEqualTo(source);
        assertThat(Instant.parse(input.path("reportedAt").asText()))
                .isBetween(notBefore.truncatedTo(ChronoUnit.SECONDS), notAfter);
    }
}

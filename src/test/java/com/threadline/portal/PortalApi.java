package com.threadline.portal;

import com.threadline.TestLogins;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Talks to the running app as the phone pages do: JSON or multipart, with or without an Idempotency-Key. */
public final class PortalApi {

    private final TestRestTemplate rest;

    /** Signs in as the administrator, like {@link com.threadline.order.ApiClient}. */
    public PortalApi(TestRestTemplate rest) {
        this.rest = TestLogins.asAdmin(rest);
    }

    private PortalApi(TestRestTemplate rest, String login, String password) {
        this.rest = rest.withBasicAuth(login, password);
    }

    /** Signs in as {@code login} with the test password. */
    public static PortalApi as(TestRestTemplate rest, String login) {
        return new PortalApi(rest, login, com.threadline.TestData.PASSWORD);
    }

    public ResponseEntity<JsonNode> get(String path) {
        return rest.getForEntity(path, JsonNode.class);
    }

    public ResponseEntity<byte[]> bytes(String path) {
        return rest.getForEntity(path, byte[].class);
    }

    /** POSTs a JSON body; {@code key} null sends no Idempotency-Key. */
    public ResponseEntity<JsonNode> post(String path, Object body, String key) {
        HttpHeaders headers = headers(key);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> put(String path) {
        return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(headers(null)), JsonNode.class);
    }

    public ResponseEntity<JsonNode> delete(String path) {
        return rest.exchange(path, HttpMethod.DELETE, new HttpEntity<>(headers(null)), JsonNode.class);
    }

    /** POSTs one file to /api/evidence with the given form fields. */
    public ResponseEntity<JsonNode> upload(byte[] content, String fileName, String declaredType, Map<String, String> fields,
            String key) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(MediaType.parseMediaType(declaredType));
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, partHeaders));
        fields.forEach(form::add);
        HttpHeaders headers = headers(key);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/evidence", HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);
    }

    private static HttpHeaders headers(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return headers;
    }
}

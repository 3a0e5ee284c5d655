package com.threadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.order.ApiClient.Response;

/** What every RFC 9457 answer of the API must look like; for tests of any feature. */
public final class Problems {

    private Problems() {
    }

    public static void assertProblem(Response response, int status, String title) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("title").asText()).isEqualTo(title);
    }

    /** 400 "Invalid request" naming exactly {@code fields}, each with a reason. */
    public static void assertInvalid(Response response, String... fields) {
        assertProblem(response, 400, "Invalid request");
        assertThat(response.errorFields()).as(response.toString()).containsOnly(fields);
        assertThat(response.errorReasons()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }
}

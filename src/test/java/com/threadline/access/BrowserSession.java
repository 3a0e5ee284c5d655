package com.threadline.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a browser does: keeps cookies, asks for HTML when it opens a page, sends no Authorization header. Redirects
 * are not followed, so tests see them.
 */
final class BrowserSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    BrowserSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8").GET());
    }

    /** A form post with the CSRF token from the XSRF-TOKEN cookie, as our login page sends it. */
    HttpResponse<String> postForm(String path, Map<String, String> fields, boolean withCsrfToken) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (withCsrfToken) {
            body += "&_csrf=" + URLEncoder.encode(cookie("XSRF-TOKEN"), StandardCharsets.UTF_8);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON post as our pages' scripts send it: the token (if any) in the X-XSRF-TOKEN header. */
    HttpResponse<String> postJson(String path, String json, boolean withCsrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        }
        return send(request);
    }

    HttpResponse<String> signIn(String login, String password) {
        get("/login.html");
        return postForm("/login", Map.of("username", login, "password", password), true);
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> name.equals(c.getName()))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + ": " + cookies.getCookieStore().getCookies()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

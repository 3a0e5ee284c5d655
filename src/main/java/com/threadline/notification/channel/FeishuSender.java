package com.threadline.notification.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.notification.channel.AccessTokenCache.IssuedToken;
import com.threadline.notification.channel.JsonHttp.ResultCodes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Feishu (飞书) message from the application's bot: a card whose button opens the confirm page; Feishu reports
 * whether it was read. Plain HTTP rather
 * than oapi-sdk, as for WeCom: two endpoints, and the token cache, timeouts and error codes stay in our hands.
 */
@Component
public class FeishuSender extends ProviderSender implements ReadStatusSource {

    private static final ResultCodes CODES = new ResultCodes("code", "msg",
            Set.of(99991663, 99991671), // tenant_access_token invalid or expired
            Set.of(99991400, 230020, 11232)); // request frequency limit, send frequency limit, create rate limit

    private final FeishuSettings settings;
    private final JsonHttp http;
    private final AccessTokenCache tokens;

    public FeishuSender(FeishuSettings settings, ObjectMapper json, Clock clock) {
        super(Channel.FEISHU, settings);
        this.settings = settings;
        this.http = new JsonHttp(Channel.FEISHU, CODES, settings, json, "x-ogw-ratelimit-reset");
        this.tokens = new AccessTokenCache(Channel.FEISHU, this::issueToken, clock);
    }

    /** The uuid makes Feishu drop a second send of the same (exception, round, person) within the hour. */
    @Override
    SendResult send(String user, Recipient to, OutgoingMessage message) {
        Map<String, Object> request = Map.of(
                "receive_id", user,
                "msg_type", "interactive",
                "content", http.toJsonText(card(message)),
                "uuid", UUID.nameUUIDFromBytes((message.exceptionId() + "/" + message.round() + "/" + to.userId())
                        .getBytes(StandardCharsets.UTF_8)).toString());
        URI messages = UriComponentsBuilder.fromUri(settings.baseUrl()).path("/open-apis/im/v1/messages")
                .queryParam("receive_id_type", "user_id").build().toUri();
        JsonNode sent = tokens.call(token -> http.post(messages, Map.of("Authorization", "Bearer " + token), request));
        return new SendResult(sent.path("data").path("message_id").asText());
    }

    /**
     * read_users lists who has read a message the bot sent in the last 7 days; a one-to-one message read by
     * anyone was read by its recipient.
     */
    @Override
    public boolean isRead(String messageId) {
        URI readUsers = UriComponentsBuilder.fromUri(settings.baseUrl())
                .path("/open-apis/im/v1/messages/{messageId}/read_users").queryParam("user_id_type", "user_id")
                .buildAndExpand(messageId).toUri();
        JsonNode answer = tokens.call(token -> http.get(readUsers, Map.of("Authorization", "Bearer " + token)));
        return !answer.path("data").path("items").isEmpty();
    }

    private static Map<String, Object> card(OutgoingMessage message) {
        return Map.of(
                "header", Map.of(
                        "title", Map.of("tag", "plain_text", "content", message.title()),
                        "template", switch (message.priority()) {
                            case "P0" -> "red";
                            case "P1" -> "orange";
                            default -> "blue";
                        }),
                "elements", List.of(
                        Map.of("tag", "div", "text", Map.of("tag", "plain_text", "content", message.text())),
                        Map.of("tag", "action", "actions", List.of(Map.of(
                                "tag", "button",
                                "type", "primary",
                                "text", Map.of("tag", "plain_text", "content", "确认处理"),
                                "url", message.link())))));
    }

    private IssuedToken issueToken() {
        URI tokenUri = UriComponentsBuilder.fromUri(settings.baseUrl())
                .path("/open-apis/auth/v3/tenant_access_token/internal").build().toUri();
        JsonNode issued = http.post(tokenUri, Map.of(),
                Map.of("app_id", settings.appId(), "app_secret", settings.appSecret()));
        return new IssuedToken(issued.path("tenant_access_token").asText(),
                Duration.ofSeconds(issued.path("expire").asLong(7200)));
    }
}

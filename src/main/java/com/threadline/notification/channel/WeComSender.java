package com.threadline.notification.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.notification.channel.AccessTokenCache.IssuedToken;
import com.threadline.notification.channel.JsonHttp.ResultCodes;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * WeCom (企业微信) application message: a text card whose button opens the confirm page. Plain HTTP rather than
 * WxJava: two endpoints (cgi-bin/gettoken, cgi-bin/message/send) do not need it, and WxJava's own retries on
 * "system busy" would hide from the caller the failures it must count.
 */
@Component
public class WeComSender extends ProviderSender {

    private static final ResultCodes ERRCODES = new ResultCodes("errcode", "errmsg",
            Set.of(40014, 42001), // invalid access_token, access_token expired
            Set.of(-1, 45009, 45033)); // system busy, API frequency limit, too many concurrent calls

    private final WeComSettings settings;
    private final JsonHttp http;
    private final AccessTokenCache tokens;

    public WeComSender(WeComSettings settings, ObjectMapper json, Clock clock) {
        super(Channel.WECOM, settings);
        this.settings = settings;
        this.http = new JsonHttp(Channel.WECOM, ERRCODES, settings, json);
        this.tokens = new AccessTokenCache(Channel.WECOM, this::issueToken, clock);
    }

    @Override
    SendResult send(String user, Recipient to, OutgoingMessage message) {
        Map<String, Object> card = Map.of(
                "touser", user,
                "msgtype", "textcard",
                "agentid", settings.agentId(),
                "textcard", Map.of(
                        "title", message.title(),
                        "description", message.text(),
                        "url", message.link(),
                        "btntxt", "确认处理"));
        JsonNode sent = tokens.call(token -> http.post(uri("/cgi-bin/message/send", "access_token", token), Map.of(),
                card));
        if (Arrays.asList(sent.path("invaliduser").asText().split("\\|")).contains(user)) {
            throw ChannelFailure.giveUp("WeCom has no user " + user, "invaliduser");
        }
        return new SendResult(sent.path("msgid").asText());
    }

    private IssuedToken issueToken() {
        JsonNode issued = http.get(uri("/cgi-bin/gettoken", "corpid", settings.corpId(), "corpsecret",
                settings.corpSecret()));
        return new IssuedToken(issued.path("access_token").asText(),
                Duration.ofSeconds(issued.path("expires_in").asLong(7200)));
    }

    /** Values go in as URI variables, so that a secret with '&' or '+' is encoded whole. */
    private URI uri(String path, String... queryNamesAndValues) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(settings.baseUrl()).path(path);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < queryNamesAndValues.length; i += 2) {
            uri.queryParam(queryNamesAndValues[i], "{" + queryNamesAndValues[i] + "}");
            values.put(queryNamesAndValues[i], queryNamesAndValues[i + 1]);
        }
        return uri.encode().buildAndExpand(values).toUri();
    }
}

package com.threadline.notification.channel;

import com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenRequest;
import com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenResponseBody;
import com.aliyun.dingtalkrobot_1_0.models.BatchOTOQueryHeaders;
import com.aliyun.dingtalkrobot_1_0.models.BatchOTOQueryRequest;
import com.aliyun.dingtalkrobot_1_0.models.BatchOTOQueryResponseBody;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOHeaders;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTORequest;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOResponseBody;
import com.aliyun.teautil.Common;
import com.aliyun.teautil.models.RuntimeOptions;
import com.threadline.notification.channel.AccessTokenCache.IssuedToken;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * DingTalk (钉钉) one-to-one message from the application's robot (robot/oToMessages/batchSend): an action card
 * whose button opens the confirm page; DingTalk reports whether it was read. Through the DingTalk SDK ({@code com.aliyun:dingtalk}), whose endpoint and
 * protocol are settings, so the tests run the same client against a local server over http.
 */
@Component
public class DingTalkSender extends ProviderSender implements ReadStatusSource {

    private final DingTalkSettings settings;
    private final com.aliyun.dingtalkoauth2_1_0.Client oauth;
    private final com.aliyun.dingtalkrobot_1_0.Client robot;
    private final TeaCalls calls = new TeaCalls(Channel.DINGTALK,
            "InvalidAuthentication"::equals, // 不合法的access_token: expired or revoked
            code -> code.startsWith("Forbidden.AccessDenied.QpsLimit") || code.startsWith("Throttling"));
    private final AccessTokenCache tokens;

    public DingTalkSender(DingTalkSettings settings, Clock clock) {
        super(Channel.DINGTALK, settings);
        this.settings = settings;
        this.oauth = TeaCalls.client(() -> new com.aliyun.dingtalkoauth2_1_0.Client(TeaCalls.config(settings)));
        this.robot = TeaCalls.client(() -> new com.aliyun.dingtalkrobot_1_0.Client(TeaCalls.config(settings)));
        this.tokens = new AccessTokenCache(Channel.DINGTALK, this::issueToken, clock);
    }

    @Override
    SendResult send(String user, Recipient to, OutgoingMessage message) {
        BatchSendOTORequest request = new BatchSendOTORequest()
                .setRobotCode(settings.robotCode())
                .setUserIds(List.of(user))
                .setMsgKey("sampleActionCard")
                .setMsgParam(actionCard(message));
        BatchSendOTOResponseBody sent = tokens.call(token -> calls.call(() -> {
            BatchSendOTOHeaders headers = new BatchSendOTOHeaders().setXAcsDingtalkAccessToken(token);
            return robot.batchSendOTOWithOptions(request, headers, new RuntimeOptions()).getBody();
        }));
        if (sent.getInvalidStaffIdList() != null && sent.getInvalidStaffIdList().contains(user)) {
            throw ChannelFailure.giveUp("DingTalk has no user " + user, "invalidStaffIdList");
        }
        if (sent.getFlowControlledStaffIdList() != null && sent.getFlowControlledStaffIdList().contains(user)) {
            throw ChannelFailure.retryLater("DingTalk held back the message to " + user + " (flow control)",
                    "flowControlledStaffIdList", null);
        }
        return new SendResult(sent.getProcessQueryKey());
    }

    /** robot/oToMessages/readStatus answers, per recipient of the send, READ or UNREAD. */
    @Override
    public boolean isRead(String processQueryKey) {
        BatchOTOQueryRequest request = new BatchOTOQueryRequest().setRobotCode(settings.robotCode())
                .setProcessQueryKey(processQueryKey);
        BatchOTOQueryResponseBody status = tokens.call(token -> calls.call(() -> robot.batchOTOQueryWithOptions(
                request, new BatchOTOQueryHeaders().setXAcsDingtalkAccessToken(token), new RuntimeOptions())
                .getBody()));
        return status.getMessageReadInfoList() != null && status.getMessageReadInfoList().stream()
                .anyMatch(reader -> "READ".equals(reader.getReadStatus()));
    }

    private static String actionCard(OutgoingMessage message) {
        return Common.toJSONString(Map.of(
                "title", message.title(),
                "text", "### " + message.title() + "\n\n" + message.text(),
                "singleTitle", "确认处理",
                "singleURL", message.link()));
    }

    private IssuedToken issueToken() {
        GetAccessTokenResponseBody issued = calls.call(() -> oauth.getAccessTokenWithOptions(
                new GetAccessTokenRequest().setAppKey(settings.appKey()).setAppSecret(settings.appSecret()),
                new HashMap<>(), new RuntimeOptions()).getBody());
        long lifetime = issued.getExpireIn() == null ? 7200 : issued.getExpireIn();
        return new IssuedToken(issued.getAccessToken(), Duration.ofSeconds(lifetime));
    }
}

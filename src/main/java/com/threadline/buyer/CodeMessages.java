package com.threadline.buyer;

import com.threadline.customer.CustomerContact;
import com.threadline.notification.DirectMessages;
import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.Recipient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends a sign-in code by SMS (asked with a phone) or email, in the background: the answer to the buyer comes
 * before any provider is called, as quickly for a contact as for nobody. In the demo (and the tests), where no
 * SMS or mail provider is set up, the delivery log shows the code instead
 * ({@code threadline.buyer.codes-in-delivery-log}, on with the demo).
 */
@Component
class CodeMessages {

    private final DirectMessages messages;
    private final boolean codesInLog;
    private final String baseUrl;
    private final Background background;

    CodeMessages(DirectMessages messages, Background background,
            @Value("${threadline.buyer.codes-in-delivery-log:${threadline.demo.enabled:false}}") boolean codesInLog,
            @Value("${threadline.public-base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.background = background;
        this.codesInLog = codesInLog;
        this.baseUrl = baseUrl;
    }

    void sendLater(CustomerContact contact, boolean bySms, String code) {
        Channel channel = bySms ? Channel.SMS : Channel.EMAIL;
        Recipient to = new Recipient("buyer-" + contact.getId(), contact.getName(), contact.getPhone(),
                contact.getEmail(), null, null, null);
        String text = "Your Threadline code: " + code + " (valid 5 minutes). 您的验证码：" + code + "，5 分钟内有效。";
        background.run("Sign-in code for contact " + contact.getId() + " on " + channel,
                () -> messages.send(channel, to, "Threadline sign-in code 登录验证码", text, baseUrl + "/buyer",
                        codesInLog ? "code " + code + " (shown here as no provider is set up)" : null));
    }
}

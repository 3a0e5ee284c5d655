package com.threadline.notification.channel;

import static com.threadline.notification.channel.Alerts.DELIVERY_LATE;
import static com.threadline.notification.channel.Alerts.WANG;
import static com.threadline.notification.channel.Alerts.ZHAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alert mail over SMTP to a local GreenMail server. */
class EmailSenderTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("threadline", "s3cret"));

    private EmailSender sender(String host, int port, String username, String password) {
        return new EmailSender(new EmailSettings(host, port, username, password, "Threadline <alerts@threadline.test>",
                false, false, Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }

    private EmailSender sender() {
        return sender("localhost", smtp.getSmtp().getPort(), "threadline", "s3cret");
    }

    @Test
    void mailsTheSummaryWithAButtonToTheConfirmPage() throws Exception {
        SendResult result = sender().send(WANG, DELIVERY_LATE);

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("[P0] 订单 TL-0042 交期延误");
        assertThat(received.getRecipients(RecipientType.TO))
                .containsExactly(new InternetAddress("wang.li@example.com", "王丽", "UTF-8"));
        assertThat(received.getFrom()).containsExactly(new InternetAddress("alerts@threadline.test", "Threadline"));
        assertThat(result.providerMessageId()).isEqualTo(received.getMessageID()).isNotBlank();
        assertThat(part(received, "text/html"))
                .contains("<h2>订单 TL-0042 交期延误</h2>")
                .contains(DELIVERY_LATE.text())
                .contains("href=\"https://threadline.example.com/confirm/42?round=1&amp;token=a1b2\"")
                .contains(">确认处理</a>");
        assertThat(part(received, "text/plain")).contains(DELIVERY_LATE.link());
    }

    @Test
    void escapesWhatWouldBeMarkupInTheAlert() throws Exception {
        sender().send(WANG, new OutgoingMessage(7, 1, "P1", "款号 <A&B> 面料延误", "见 \"附件\"\n第二行",
                "https://threadline.example.com/confirm/7"));

        assertThat(part(smtp.getReceivedMessages()[0], "text/html"))
                .contains("款号 &lt;A&amp;B&gt; 面料延误")
                .contains("见 &quot;附件&quot;<br>第二行")
                .doesNotContain("<A&B>");
    }

    @Test
    void aRefusedLoginIsNotRetried() {
        ChannelFailure failure = catchThrowableOfType(ChannelFailure.class,
                () -> sender("localhost", smtp.getSmtp().getPort(), "threadline", "wrong").send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.reason()).contains("refused the login");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMailServerNobodyAnswersForIsRetryable() {
        int closed = Alerts.closedPort().getPort();

        ChannelFailure failure = catchThrowableOfType(ChannelFailure.class,
                () -> sender("localhost", closed, null, null).send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.reason()).contains("unreachable");
    }

    @Test
    void aPersonWithoutAnEmailIsNotMailed() {
        ChannelFailure failure = catchThrowableOfType(ChannelFailure.class, () -> sender().send(ZHAO, DELIVERY_LATE));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.reason()).contains("zhao.min has no email");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void isOffUntilAHostAndSenderAreSet() {
        assertThat(sender().isConfigured()).isTrue();
        assertThat(sender(null, 25, null, null).isConfigured()).isFalse();
    }

    private static String part(MimeMessage message, String type) throws Exception {
        return find((Multipart) message.getContent(), type);
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

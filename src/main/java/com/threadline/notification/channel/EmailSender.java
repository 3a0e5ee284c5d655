package com.threadline.notification.channel;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Email through an SMTP server: an HTML body with the summary and a button to the confirm page, and the same as
 * plain text. Keeps a record of P0 and P1 alerts in the person's mailbox.
 */
@Component
public class EmailSender extends ProviderSender {

    private final EmailSettings settings;
    private final JavaMailSenderImpl mail = new JavaMailSenderImpl();

    public EmailSender(EmailSettings settings) {
        super(Channel.EMAIL, settings);
        this.settings = settings;
        mail.setHost(settings.host());
        mail.setPort(settings.port());
        mail.setUsername(settings.username());
        mail.setPassword(settings.password());
        mail.setDefaultEncoding("UTF-8");
        Properties smtp = mail.getJavaMailProperties();
        smtp.put("mail.smtp.auth", String.valueOf(StringUtils.hasText(settings.username())));
        smtp.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        smtp.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        smtp.put("mail.smtp.ssl.enable", String.valueOf(settings.ssl()));
        smtp.put("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
        smtp.put("mail.smtp.timeout", String.valueOf(settings.readTimeout().toMillis()));
        smtp.put("mail.smtp.writetimeout", String.valueOf(settings.readTimeout().toMillis()));
    }

    @Override
    SendResult send(String address, Recipient to, OutgoingMessage message) {
        MimeMessage mime = compose(address, to, message);
        try {
            mail.send(mime);
            return new SendResult(mime.getMessageID());
        } catch (MailAuthenticationException e) {
            throw new ChannelFailure("SMTP server refused the login: " + e.getMessage(), false, null, null, e);
        } catch (MailException | MessagingException e) {
            throw failure(e);
        }
    }

    private MimeMessage compose(String address, Recipient to, OutgoingMessage message) {
        MimeMessage mime = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(new InternetAddress(address, to.displayName(), "UTF-8"));
            helper.setSubject("[" + message.priority() + "] " + message.title());
            helper.setText(plainText(message), html(message));
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new ChannelFailure("Cannot address mail to " + address + ": " + e.getMessage(), false, null, null,
                    e);
        }
    }

    private static String plainText(OutgoingMessage message) {
        return message.title() + "\n\n" + message.text() + "\n\n确认处理：" + message.link() + "\n";
    }

    private static String html(OutgoingMessage message) {
        String link = escape(message.link());
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>%s</title></head>
                <body style="font-family:sans-serif;line-height:1.6">
                <h2>%s</h2>
                <p>%s</p>
                <p><a href="%s" style="display:inline-block;padding:10px 24px;background:#1677ff;color:#fff;\
                text-decoration:none;border-radius:4px">确认处理</a></p>
                <p style="color:#888;font-size:12px">按钮打不开时，请复制此链接：%s</p>
                </body></html>
                """.formatted(escape(message.title()), escape(message.title()),
                escape(message.text()).replace("\n", "<br>"), link, link);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /**
     * The SMTP server's 4xx answers (mailbox busy, greylisting) and a server that cannot be reached or answers too
     * slowly are worth a retry; its 5xx answers (no such mailbox, relaying denied) are not.
     */
    private static ChannelFailure failure(Exception e) {
        List<Throwable> failures = new ArrayList<>(List.of(e));
        if (e instanceof MailSendException send) {
            failures.addAll(List.of(send.getMessageExceptions()));
        }
        for (Throwable failure : failures) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                int code = cause instanceof SMTPAddressFailedException refused ? refused.getReturnCode()
                        : cause instanceof SMTPSendFailedException refused ? refused.getReturnCode() : 0;
                if (code != 0) {
                    return new ChannelFailure("SMTP server answered " + code + ": " + cause.getMessage().strip(),
                            code < 500, null, String.valueOf(code), e);
                }
                if (cause instanceof IOException) {
                    return new ChannelFailure("SMTP server unreachable: " + cause, true, null, null, e);
                }
            }
        }
        return new ChannelFailure("Mail not sent: " + e.getMessage(), true, null, null, e);
    }
}

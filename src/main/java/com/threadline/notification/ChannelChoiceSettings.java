package com.threadline.notification;

import com.threadline.people.InstantMessenger;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code companyIm}: the IM the company uses, for people who set no preferred IM. {@code quietHours}: when
 * P2/P3 alerts do not text or ring and P1 reminders do not ring, in {@code threadline.time-zone}.
 */
@ConfigurationProperties("threadline.notification")
public record ChannelChoiceSettings(@DefaultValue("DINGTALK") InstantMessenger companyIm,
        @DefaultValue("22:00-07:00") QuietHours quietHours) {

    public ChannelChoiceSettings {
        quietHours = quietHours == null ? QuietHours.NONE : quietHours;
    }

    /** The IM that reaches a person: the one they prefer, else the company's. */
    public InstantMessenger imOf(InstantMessenger preferred) {
        return preferred != null ? preferred : companyIm;
    }
}

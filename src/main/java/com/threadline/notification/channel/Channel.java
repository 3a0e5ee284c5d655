package com.threadline.notification.channel;

import com.threadline.people.InstantMessenger;

/** The ways Threadline can reach a person. */
public enum Channel {
    INBOX, DINGTALK, WECOM, FEISHU, SMS, VOICE, EMAIL;

    /** The channel of an instant-messaging app. */
    public static Channel of(InstantMessenger im) {
        return valueOf(im.name());
    }
}

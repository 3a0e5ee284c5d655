package com.threadline.notification.channel;

/** The ways Threadline can reach a person. */
public enum Channel {
    INBOX, DINGTALK, WECOM, FEISHU, SMS, VOICE, EMAIL
}

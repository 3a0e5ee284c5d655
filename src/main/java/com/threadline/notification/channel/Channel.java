package com.threadline.notification.channel;

/** Where a notification can go. */
public enum Channel {
    INBOX, DINGTALK, WECOM, FEISHU, SMS, VOICE, EMAIL
}

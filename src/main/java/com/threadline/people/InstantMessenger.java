package com.threadline.people;

/** The instant-messaging apps a company or a person can use: 钉钉, 企业微信, 飞书. */
public enum InstantMessenger {
    DINGTALK, WECOM, FEISHU
}

package com.threadline.people;

import com.threadline.notification.channel.Channel;

/** The instant-messaging apps a company or a person can use: 钉钉, 企业微信, 飞书. */
public enum InstantMessenger {
    DINGTALK, WECOM, FEISHU;

    public Channel channel() {
        return Channel.valueOf(name());
    }
}

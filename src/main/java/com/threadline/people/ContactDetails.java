package com.threadline.people;

/** A person's contact card as the API shows it; absent fields are null. */
public record ContactDetails(String userId, String displayName, String mobile, String email, String dingtalkUserId,
        String wecomUserId, String feishuUserId, InstantMessenger preferredIm) {

    /** The person's user id on {@code im}, or null when they have none there. */
    public String imUserId(InstantMessenger im) {
        return switch (im) {
            case DINGTALK -> dingtalkUserId;
            case WECOM -> wecomUserId;
            case FEISHU -> feishuUserId;
        };
    }
}

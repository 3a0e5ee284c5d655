package com.threadline.notification.channel;

import com.threadline.people.ContactDetails;

/** A person to notify and their address on each channel; any address may be missing. */
public record Recipient(String userId, String displayName, String mobile, String email,
        String dingtalkUserId, String wecomUserId, String feishuUserId) {

    /** The person of a contact card as the channels address them. */
    public static Recipient of(ContactDetails contact) {
        return new Recipient(contact.userId(), contact.displayName(), contact.mobile(), contact.email(),
                contact.dingtalkUserId(), contact.wecomUserId(), contact.feishuUserId());
    }

    /** This person's address on a channel, or null when they have none there. */
    public String addressOn(Channel channel) {
        return switch (channel) {
            case INBOX -> userId;
            case DINGTALK -> dingtalkUserId;
            case WECOM -> wecomUserId;
            case FEISHU -> feishuUserId;
            case SMS, VOICE -> mobile;
            case EMAIL -> email;
        };
    }

    /** The address a channel needs; without one, a failure that no retry can fix. */
    String requireAddressOn(Channel channel) {
        String address = addressOn(channel);
        if (address == null || address.isBlank()) {
            String what = switch (channel) {
                case SMS, VOICE -> "mobile";
                case EMAIL -> "email";
                default -> channel + " user id";
            };
            throw ChannelFailure.giveUp(channel + ": " + userId + " has no " + what, null);
        }
        return address;
    }
}

package com.threadline.notification.channel;

/**
 * A channel whose provider tells whether a message it took has been read: DingTalk and Feishu. WeCom reports no
 * reads of application messages, SMS, voice and email none at all.
 */
public interface ReadStatusSource {

    Channel channel();

    boolean isConfigured();

    /**
     * Whether the one-to-one message the provider knows as {@code providerMessageId} has been read.
     *
     * @throws ChannelFailure when the provider could not be asked
     */
    boolean isRead(String providerMessageId);
}

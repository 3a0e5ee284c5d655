package com.threadline.notification.channel;

/** One channel's adapter to its provider. */
public interface ChannelSender {

    Channel channel();

    /** Off unless its properties are set. */
    boolean isConfigured();

    /**
     * Hands the message to the provider once: no retry here, the caller decides.
     *
     * @throws ChannelFailure when the provider did not take it
     */
    SendResult send(Recipient to, OutgoingMessage message);
}

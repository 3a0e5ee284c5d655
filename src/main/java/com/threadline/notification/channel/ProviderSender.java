package com.threadline.notification.channel;

/**
 * What every adapter checks before it calls its provider: that the channel is configured, and that the person has
 * an address on it. Neither can be fixed by a retry.
 */
abstract class ProviderSender implements ChannelSender {

    private final Channel channel;
    private final ChannelSettings settings;

    ProviderSender(Channel channel, ChannelSettings settings) {
        this.channel = channel;
        this.settings = settings;
    }

    @Override
    public final Channel channel() {
        return channel;
    }

    @Override
    public final boolean isConfigured() {
        return settings.isComplete();
    }

    @Override
    public final SendResult send(Recipient to, OutgoingMessage message) {
        if (!isConfigured()) {
            throw ChannelFailure.giveUp(channel + " is not configured", null);
        }
        return send(to.requireAddressOn(channel), to, message);
    }

    /** @param address where {@code to} is reached on this channel */
    abstract SendResult send(String address, Recipient to, OutgoingMessage message);
}

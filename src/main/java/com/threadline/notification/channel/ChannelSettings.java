package com.threadline.notification.channel;

/** A channel's properties; the channel is off until they are complete. */
interface ChannelSettings {

    boolean isComplete();
}

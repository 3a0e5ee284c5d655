package com.threadline.notification.channel;

import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;

/** A channel through one of Aliyun's communication SDKs, which sign each call with the AccessKey. */
abstract class AliyunSender<C extends Client> extends ProviderSender {

    final TeaCalls calls;
    /** None until the settings are complete. */
    final C client;

    AliyunSender(Channel channel, AliyunAccessKey settings, ClientConstructor<C> constructor) {
        super(channel, settings);
        this.calls = TeaCalls.aliyun(channel);
        this.client = settings.isComplete() ? TeaCalls.client(() -> constructor.create(TeaCalls.config(settings)
                .setAccessKeyId(settings.accessKeyId()).setAccessKeySecret(settings.accessKeySecret()))) : null;
    }

    /** Names the exception and round in Aliyun's delivery receipts. */
    static String outId(OutgoingMessage message) {
        return "threadline-" + message.exceptionId() + "-" + message.round();
    }

    /** The settings of a channel that calls Aliyun with an AccessKey. */
    interface AliyunAccessKey extends ChannelSettings, ProviderEndpoint {

        String accessKeyId();

        String accessKeySecret();
    }

    @FunctionalInterface
    interface ClientConstructor<C> {
        C create(Config config) throws Exception;
    }
}

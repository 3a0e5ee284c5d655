package com.threadline.notification.channel;

import java.net.URI;
import java.time.Duration;

/** Where a provider's HTTP API is, and how long to wait for it. */
interface ProviderEndpoint {

    URI baseUrl();

    Duration connectTimeout();

    Duration readTimeout();
}

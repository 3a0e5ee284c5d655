package com.threadline.buyer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often, within 15 minutes, one phone or email and one client address may ask for a code and try one. */
@ConfigurationProperties("threadline.buyer.limits")
record BuyerLimits(@DefaultValue("3") int sendsPerContact, @DefaultValue("10") int sendsPerAddress,
        @DefaultValue("10") int triesPerContact, @DefaultValue("30") int triesPerAddress) {
}

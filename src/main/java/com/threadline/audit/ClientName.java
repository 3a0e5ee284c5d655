package com.threadline.audit;

import java.util.List;

/**
 * A short name for a User-Agent: the IM in-app browser or the browser it names, else its first product token
 * ("curl/8.5.0"). Browsers all start with "Mozilla/5.0", which says nothing.
 */
final class ClientName {

    /** Most specific first: in-app browsers also name the browser engine they embed. */
    private static final List<String> KNOWN = List.of("wxwork/", "DingTalk/", "Lark/", "Feishu/",
            "MicroMessenger/", "Edg/", "Firefox/", "Chrome/", "Safari/");

    private ClientName() {
    }

    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "unknown";
        }
        for (String product : KNOWN) {
            int at = userAgent.indexOf(product);
            if (at >= 0) {
                return token(userAgent, at);
            }
        }
        return token(userAgent.strip(), 0);
    }

    private static String token(String userAgent, int from) {
        int end = userAgent.indexOf(' ', from);
        return end < 0 ? userAgent.substring(from) : userAgent.substring(from, end);
    }
}

package com.threadline.audit;

/**
 * Who made a change and from where: the user (or "system"), the client (the page's X-Client, else a short
 * form of its User-Agent; "system" for background work) and the remote address when there was a request.
 * Names are cut to what the audit table holds.
 */
record Actor(String who, String client, String address) {

    static final String SYSTEM = "system";
    static final int MAX_LENGTH = 64;

    Actor {
        who = fit(who);
        client = fit(client);
    }

    static Actor system(String who) {
        return new Actor(who, SYSTEM, null);
    }

    private static String fit(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}

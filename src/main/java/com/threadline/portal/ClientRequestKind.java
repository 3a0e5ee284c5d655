package com.threadline.portal;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The inputs a phone may resend, and where each names its order (in the path, or the form field orderNo). */
enum ClientRequestKind {
    OUTPUT("/api/orders/([^/]+)/output"),
    MILESTONE_ACTUAL("/api/orders/([^/]+)/milestones/[^/]+/actual"),
    SHIPMENT("/api/orders/([^/]+)/materials/\\d+/shipment"),
    STOCKING("/api/orders/([^/]+)/materials/\\d+/stocking"),
    EVIDENCE("/api/evidence"),
    ORDER_BATCH("/api/orders/batch");

    private final Pattern path;

    ClientRequestKind(String path) {
        this.path = Pattern.compile(path);
    }

    static Optional<ClientRequestKind> ofPost(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.matcher(path).matches()).findFirst();
    }

    /** The order number in the path as sent (still URL-encoded), if the path holds one. */
    Optional<String> orderNoIn(String path) {
        Matcher matcher = this.path.matcher(path);
        return matcher.matches() && matcher.groupCount() > 0 ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}

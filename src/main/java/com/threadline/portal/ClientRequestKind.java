package com.threadline.portal;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The inputs a phone may resend: each kind has its own space of client ids. */
enum ClientRequestKind {
    OUTPUT("/api/orders/[^/]+/output"),
    MILESTONE_ACTUAL("/api/orders/[^/]+/milestones/[^/]+/actual"),
    SHIPMENT("/api/orders/[^/]+/materials/\\d+/shipment"),
    STOCKING("/api/orders/[^/]+/materials/\\d+/stocking"),
    EVIDENCE("/api/evidence");

    private final Pattern path;

    ClientRequestKind(String path) {
        this.path = Pattern.compile(path);
    }

    static Optional<ClientRequestKind> ofPost(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.matcher(path).matches()).findFirst();
    }
}

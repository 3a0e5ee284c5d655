package com.threadline.approval;

import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;

/** The approval endpoints, called as one person. */
record ApprovalApi(ApiClient client) {

    Response request(String orderNo, ChangeKind kind, Object amount, String newValue) {
        return client.post("/api/approvals", client.object().put("orderNo", orderNo).put("kind", kind.name())
                .putPOJO("amount", amount).put("reason", "客户要求 / customer asked").put("newValue", newValue));
    }

    /** Requests the change and hands back the new request's id; fails the test unless it was created. */
    long requested(String orderNo, ChangeKind kind, Object amount, String newValue) {
        Response created = request(orderNo, kind, amount, newValue);
        if (created.status() != 201) {
            throw new AssertionError("request not created: " + created);
        }
        return created.body().path("id").asLong();
    }

    Response decide(long id, String decision, String comment) {
        return client.post("/api/approvals/{id}/decision",
                client.object().put("decision", decision).put("comment", comment), id);
    }

    Response withdraw(long id) {
        return client.post("/api/approvals/{id}/withdraw", null, id);
    }

    Response get(long id) {
        return client.get("/api/approvals/{id}", id);
    }
}

package com.threadline.stock;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends the purchase-request processes an older version left waiting: a request is now a row the supplier answers
 * directly ({@link PurchaseRequests#promise}), so nothing would ever correlate their message. The request rows stay.
 */
@Component
class RetiredPurchaseRequestProcesses {

    static final String RETIRED_PROCESS_KEY = "PurchaseRequest";
    static final String REASON = "采购申请改为记录行，由供应商直接答复 / purchase requests are answered as rows";

    private final RuntimeService runtime;

    RetiredPurchaseRequestProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener(ApplicationReadyEvent.class)
    void endWaitingOnes() {
        List<String> waiting = runtime.createProcessInstanceQuery().processDefinitionKey(RETIRED_PROCESS_KEY).list()
                .stream().map(ProcessInstance::getId).toList();
        if (!waiting.isEmpty()) {
            runtime.deleteProcessInstances(waiting, REASON, true, true);
        }
    }
}

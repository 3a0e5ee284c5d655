package com.threadline.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A database from before purchase requests became rows still has their processes waiting for the supplier. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetiredPurchaseRequestProcessesTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    RetiredPurchaseRequestProcesses retired;

    private Deployment oldVersion;

    @AfterEach
    void removeOldVersion() {
        if (oldVersion != null) {
            repository.deleteDeployment(oldVersion.getId(), true);
        }
    }

    @Test
    void processesLeftWaitingByTheOldVersionAreEndedAndOthersAreNot() {
        oldVersion = repository.createDeployment().addModelInstance("purchase-request.bpmn",
                Bpmn.createExecutableProcess(RetiredPurchaseRequestProcesses.RETIRED_PROCESS_KEY)
                        .camundaHistoryTimeToLive(180).startEvent().receiveTask().message("PurchaseDatePromised")
                        .endEvent().done())
                .addModelInstance("other.bpmn", Bpmn.createExecutableProcess("SomeOtherWaitingProcess")
                        .camundaHistoryTimeToLive(180).startEvent().receiveTask().message("SomethingElse")
                        .endEvent().done())
                .deploy();
        String waiting = runtime.startProcessInstanceByKey(RetiredPurchaseRequestProcesses.RETIRED_PROCESS_KEY,
                Map.of("purchaseRequestId", 1L)).getId();
        String other = runtime.startProcessInstanceByKey("SomeOtherWaitingProcess").getId();

        retired.endWaitingOnes();

        assertThat(runtime.createProcessInstanceQuery()
                .processDefinitionKey(RetiredPurchaseRequestProcesses.RETIRED_PROCESS_KEY).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(other).count()).isOne();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(waiting).singleResult()
                .getDeleteReason()).isEqualTo(RetiredPurchaseRequestProcesses.REASON);
    }
}

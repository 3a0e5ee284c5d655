package bench;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.ApplicationRunner;

/**
 * The bare engine: a process shaped like an order's lifecycle as the lifecycle benchmark drives it (user tasks
 * completed through /engine-rest and messages correlated by business key, alternating), and nothing else.
 */
@SpringBootApplication
public class EngineCeiling {

    static final int PAIRS = 10;

    public static void main(String[] args) {
        SpringApplication.run(EngineCeiling.class, args);
    }

    @Bean
    ApplicationRunner deployTheLifecycleShape(RepositoryService repository) {
        return args -> repository.createDeployment().name("ceiling").addModelInstance("ceiling.bpmn", lifecycleShape())
                .enableDuplicateFiltering(true).deploy();
    }

    private static BpmnModelInstance lifecycleShape() {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("ceiling").camundaHistoryTimeToLive(1)
                .startEvent("start");
        for (int i = 1; i <= PAIRS; i++) {
            flow = flow.userTask("Task_" + i).camundaCandidateGroups("merchandiser")
                    .receiveTask("Report_" + i).message("Report_" + i);
        }
        return flow.endEvent("end").done();
    }
}

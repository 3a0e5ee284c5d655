package bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The beans the processes' execution listeners call; Threadline writes its own tables there, the engine nothing. */
public class ListenerStandIns {

    @Component("orderStages")
    public static class OrderStages {
        public void enter(DelegateExecution execution, String stage) {
        }
    }

    @Component("alertRounds")
    public static class AlertRounds {
        public void fix(DelegateExecution execution) {
        }
    }
}

package com.threadline.monitoring;

import com.threadline.exception.ExceptionRegistry.Outcome;
import com.threadline.monitoring.MonitorRunner.PassRecord;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: when each monitor last ran and what it found; run a full pass now. */
@RestController
@RequestMapping("/api/monitoring")
class MonitoringController {

    private final MonitorRunner runner;

    MonitoringController(MonitorRunner runner) {
        this.runner = runner;
    }

    @GetMapping("/passes")
    Map<String, PassRecord> lastPasses() {
        return runner.lastPasses();
    }

    @PostMapping("/passes")
    List<Outcome> runFullPass() {
        return runner.runFullPass();
    }
}

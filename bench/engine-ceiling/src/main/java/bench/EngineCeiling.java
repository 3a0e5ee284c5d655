package bench;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bare engine doing Threadline's BPMN work: the project's processes, decisions and forms, deployed as Threadline
 * deploys them (a process application, META-INF/processes.xml), with stand-ins for its delegates that do nothing
 * but set the variables the gateways and decisions read, so each process takes the path it takes in the benchmarks.
 */
@SpringBootApplication
@EnableProcessApplication("engine-ceiling")
public class EngineCeiling {

    public static void main(String[] args) {
        SpringApplication.run(EngineCeiling.class, args);
    }
}

package com.threadline;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableProcessApplication("threadline")
@EnableScheduling
public class ThreadlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThreadlineApplication.class, args);
    }
}

package com.threadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A notification job holds the engine's connection while it writes its delivery log in a second one, so a pool
 * smaller than twice the job executor's threads can deadlock them all (as the demo's 10 did on H2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConnectionBudgetTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void thePoolHoldsTwoConnectionsForEveryJobThreadAndMoreForRequests() throws Exception {
        int jobThreads = camunda.getJobExecution().getMaxPoolSize();

        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize())
                .isGreaterThan(2 * jobThreads);
    }
}

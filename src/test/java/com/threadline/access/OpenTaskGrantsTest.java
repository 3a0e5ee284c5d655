package com.threadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A database from before sign-in: its open tasks become visible to their candidate groups again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenTaskGrantsTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    OpenTaskGrants grants;

    private ApiClient merchandiser;

    @BeforeEach
    void setUp() {
        data.ensureRoleUsers();
        merchandiser = new ApiClient(rest, json).as(TestData.userOf("merchandiser"));
    }

    @Test
    void aTaskCreatedWhileAuthorizationsWereOffIsGrantedToItsCandidateGroup() {
        String orderNo = orderCreatedWithAuthorizationsOff();
        assertThat(openTaskKeys(orderNo)).as("before the grants").isEmpty();

        assertThat(grants.grantMissing()).isPositive();

        assertThat(openTaskKeys(orderNo)).containsExactly("Task_ConfirmOrder");
        assertThat(grants.grantMissing()).as("a second run finds nothing missing").isZero();
    }

    private String orderCreatedWithAuthorizationsOff() {
        String orderNo = TestData.uniqueOrderNo();
        engine.setAuthorizationEnabled(false);
        try {
            assertThat(new ApiClient(rest, json).createOrder(data.orderRequest(orderNo)).status()).isEqualTo(201);
        } finally {
            engine.setAuthorizationEnabled(true);
        }
        return orderNo;
    }

    private List<String> openTaskKeys(String orderNo) {
        ApiClient.Response tasks = merchandiser.get("/engine-rest/task?processInstanceBusinessKey={no}", orderNo);
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        return ApiClient.texts(tasks.body(), "taskDefinitionKey");
    }
}

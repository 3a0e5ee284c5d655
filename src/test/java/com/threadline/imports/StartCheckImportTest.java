package com.threadline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.customer.Customer;
import com.threadline.customer.CustomerDirectory;
import com.threadline.stock.StockItem;
import com.threadline.stock.StockOnHand;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Customers' credit data and the stock on hand come in through the import engine, as orders do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartCheckImportTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    StockOnHand stock;

    private TestRestTemplate finance;
    private String run;

    @BeforeEach
    void setUp() {
        data.ensureRoleUsers();
        finance = rest.withBasicAuth(TestData.userOf("finance"), TestData.PASSWORD);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void customersCreditIsImportedAndTheSameFileAgainChangesNothing() {
        customers.findOrAdd("Known " + run);
        byte[] file = ImportFiles.csv(List.of(
                List.of("客户 Customer", "信用额度 Credit Limit", "币种 Currency", "逾期应收款 Overdue Receivables"),
                List.of("Known " + run, "200000", "USD", "0"),
                List.of("New " + run, "", "", "1500.50"),
                List.of("Bad " + run, "-5", "dollars", "x")), StandardCharsets.UTF_8, true);

        JsonNode job = run("customer-credit", file, "credit.csv");

        assertThat(job.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(counts(job)).containsExactly(1, 1, 0, 1);
        Customer known = customers.find("Known " + run).orElseThrow();
        assertThat(known.getCreditLimit()).isEqualByComparingTo("200000");
        assertThat(known.getCreditCurrency()).isEqualTo("USD");
        Customer added = customers.find("New " + run).orElseThrow();
        assertThat(added.getCreditLimit()).as("empty: no limit").isNull();
        assertThat(added.getCreditCurrency()).isEqualTo("CNY");
        assertThat(added.getOverdueAmount()).isEqualByComparingTo("1500.50");
        assertThat(customers.find("Bad " + run)).as("a failed row writes nothing").isEmpty();
        assertThat(job.findValuesAsText("reason")).hasSizeGreaterThanOrEqualTo(3);

        JsonNode again = run("customer-credit", file, "credit.csv");
        assertThat(counts(again)).containsExactly(0, 0, 2, 1);
    }

    @Test
    void stockIsImportedAndAnUpdateOverwritesTheCount() {
        String fabric = "Imported fabric " + run;
        byte[] first = ImportFiles.xlsx(List.of(List.of("物料", "库存量", "单位"), List.of(fabric, "1200", "m"),
                List.of("Negative " + run, "-1", "m")));
        JsonNode job = run("stock", first, "stock.xlsx");
        assertThat(counts(job)).containsExactly(1, 0, 0, 1);
        assertThat(stock.find(fabric).map(StockItem::getQuantity).orElseThrow()).isEqualByComparingTo("1200");

        byte[] counted = ImportFiles.xlsx(List.of(List.of("物料", "库存量", "单位"), List.of(fabric, "800.5", "m")));
        assertThat(counts(run("stock", counted, "stock.xlsx"))).containsExactly(0, 1, 0, 0);
        assertThat(stock.find(fabric).map(StockItem::getQuantity).orElseThrow())
                .isEqualByComparingTo(new BigDecimal("800.5"));
        assertThat(counts(run("stock", counted, "stock.xlsx"))).containsExactly(0, 0, 1, 0);
    }

    private JsonNode run(String kind, byte[] content, String fileName) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        JsonNode uploaded = finance.postForEntity("/api/imports/kinds/{kind}/files", new HttpEntity<>(parts, headers),
                JsonNode.class, kind).getBody();
        assertThat(uploaded.path("id").isNumber()).as("%s", uploaded).isTrue();
        ImportClient client = new ImportClient(finance, json);
        Map<String, String> mapping = json.convertValue(uploaded.path("mapping"),
                json.getTypeFactory().constructMapType(Map.class, String.class, String.class));
        assertThat(client.start(uploaded.path("id").asLong(), "UPSERT", mapping).getStatusCode().value()).isEqualTo(202);
        return client.awaitFinished(uploaded.path("id").asLong());
    }

    private static List<Integer> counts(JsonNode job) {
        return Arrays.asList(job.path("inserted").asInt(), job.path("updated").asInt(), job.path("unchanged").asInt(),
                job.path("failed").asInt());
    }
}

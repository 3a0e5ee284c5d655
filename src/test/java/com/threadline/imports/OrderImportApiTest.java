package com.threadline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.TestLogins;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Importing orders from .xlsx and .csv files, and the batch API: good rows, bad rows with line, column and reason,
 * duplicates, the same file twice, an upsert that moves a due date, files refused whole, 4-byte characters and
 * cells that look like formulas.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"threadline.imports.max-rows=300", "threadline.imports.batch-size=40"})
class OrderImportApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ImportClient merch;
    private ApiClient api;
    private LocalDate due;

    @BeforeEach
    void setUp() {
        testData.ensureRoleUsers();
        testData.ensurePartners();
        merch = new ImportClient(rest.withBasicAuth(TestData.userOf("merchandiser"), TestData.PASSWORD), json);
        api = new ApiClient(rest, json);
        due = testData.today().plusDays(100);
    }

    private List<String> row(String orderNo, String style, LocalDate dueDate) {
        return new ArrayList<>(List.of(orderNo, "Nordic Outdoor AB", style, "WOVEN", "1200", dueDate.toString(),
                TestData.FACTORY, "merch", "owner"));
    }

    private static List<List<String>> file(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(ImportFiles.ORDER_HEADERS);
        all.addAll(rows);
        return all;
    }

    @Test
    void aGoodFileInsertsEveryOrderAndTheSameFileAgainChangesNothing() {
        String a = TestData.uniqueOrderNo();
        String b = TestData.uniqueOrderNo();
        byte[] content = ImportFiles.xlsx(file(List.of(row(a, "W-JK-1", due), row(b, "W-JK-2", due.plusDays(5)))));

        JsonNode first = merch.run(content, "orders.xlsx", "INSERT");

        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("SUCCESS");
        assertThat(first.path("inserted").asInt()).isEqualTo(2);
        assertThat(first.path("processedRows").asInt()).isEqualTo(2);
        Response order = api.order(b);
        assertThat(order.body().path("style").asText()).isEqualTo("W-JK-2");
        assertThat(order.body().path("dueDate").asText()).isEqualTo(due.plusDays(5).toString());
        assertThat(order.body().path("milestones").size()).as("the order got its plan").isPositive();

        JsonNode second = merch.run(content, "orders.xlsx", "UPSERT");

        assertThat(second.path("status").asText()).isEqualTo("NOTHING_CHANGED");
        assertThat(second.path("statusLabel").asText()).contains("无变化");
        assertThat(second.path("unchanged").asInt()).isEqualTo(2);
        assertThat(second.path("inserted").asInt() + second.path("updated").asInt()).isZero();
        assertThat(api.get("/api/orders?q={q}", a).body().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void badRowsFailEachWithLineColumnAndReasonAndTheGoodOnesGoIn() {
        String good = TestData.uniqueOrderNo();
        List<String> noCustomer = row(TestData.uniqueOrderNo(), "S", due);
        noCustomer.set(1, "");
        List<String> badNumbers = row(TestData.uniqueOrderNo(), "S", due);
        badNumbers.set(4, "一千");
        badNumbers.set(5, "下个月");
        List<String> unknownFactory = row(TestData.uniqueOrderNo(), "S", due);
        unknownFactory.set(6, "F-NOPE");
        List<String> pastDue = row(TestData.uniqueOrderNo(), "=1+1", testData.today().minusDays(1));

        JsonNode job = merch.run(ImportFiles.xlsx(file(List.of(row(good, "S", due), noCustomer, badNumbers,
                unknownFactory, pastDue))), "mixed.xlsx", "INSERT");

        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("PARTIAL");
        assertThat(job.path("statusLabel").asText()).isEqualTo("部分成功");
        assertThat(job.path("inserted").asInt()).isEqualTo(1);
        assertThat(job.path("failed").asInt()).isEqualTo(4);
        assertThat(problem(job, 3, "客户 Customer")).contains("必填");
        assertThat(problem(job, 4, "数量 Quantity")).contains("整数");
        assertThat(problem(job, 4, "交期 Due Date")).contains("日期无法识别");
        assertThat(problem(job, 5, "工厂代码 Factory Code")).contains("没有这个工厂");
        assertThat(problem(job, 6, "交期 Due Date")).contains("须晚于今天");
        assertThat(api.order(good).status()).isEqualTo(200);
        assertThat(api.order(unknownFactory.get(0)).status()).isEqualTo(404);

        List<List<String>> failed = merch.failedRows(job.path("id").asLong());
        assertThat(failed.get(0)).last().isEqualTo(FailedRowsWorkbook.REASON);
        assertThat(failed).hasSize(5);
        assertThat(failed.get(4).get(2)).as("a formula-looking cell comes back as the text it was").isEqualTo("=1+1");
        assertThat(failed.get(4).get(9)).contains("交期");
    }

    @Test
    void aFixedFailedRowsFileGoesInAndOnlyTheFixedRowsChange() {
        List<String> unknownFactory = row(TestData.uniqueOrderNo(), "S", due);
        unknownFactory.set(6, "F-NOPE");
        JsonNode job = merch.run(ImportFiles.xlsx(file(List.of(unknownFactory))), "one.xlsx", "UPSERT");
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        List<List<String>> failed = merch.failedRows(job.path("id").asLong());
        failed.get(1).set(6, TestData.FACTORY);

        JsonNode again = merch.run(ImportFiles.xlsx(failed), "one-fixed.xlsx", "UPSERT");

        assertThat(again.path("status").asText()).as(again.toString()).isEqualTo("SUCCESS");
        assertThat(again.path("inserted").asInt()).isEqualTo(1);
    }

    @Test
    void aFileWithOneRowPerColourAndSizeGivesEachOrderItsLinesAndTheirSumAsQuantity() {
        List<String> headers = new ArrayList<>(ImportFiles.ORDER_HEADERS);
        headers.addAll(List.of("颜色 Colour", "尺码 Size", "件数 Line Quantity"));
        String a = TestData.uniqueOrderNo();
        String b = TestData.uniqueOrderNo();
        List<List<String>> rows = new ArrayList<>();
        rows.add(headers);
        rows.add(withLine(row(a, "S", due), "", "黑 Black", "M", "100"));
        rows.add(withLine(row(a, "S", due), "", "黑 Black", "L", "150"));
        rows.add(withLine(row(b, "S", due), "300", "红", "S", "100"));
        rows.add(withLine(row(b, "S", due), "300", "红", "M", "一百"));

        JsonNode job = merch.run(ImportFiles.xlsx(rows), "lines.xlsx", "UPSERT");

        assertThat(job.path("inserted").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(job.path("failed").asInt()).isEqualTo(1);
        JsonNode order = api.order(a).body();
        assertThat(order.path("quantity").asInt()).isEqualTo(250);
        assertThat(ApiClient.texts(order.path("sizeLines"), "size")).containsExactly("M", "L");
        assertThat(problem(job, 5, "件数 Line Quantity")).contains("整数");

        rows.set(2, withLine(row(a, "S", due), "", "黑 Black", "L", "200"));
        JsonNode again = merch.run(ImportFiles.xlsx(rows.subList(0, 3)), "lines-2.xlsx", "UPSERT");
        assertThat(again.path("updated").asInt()).as(again.toString()).isEqualTo(1);
        assertThat(api.order(a).body().path("quantity").asInt()).isEqualTo(300);
    }

    private static List<String> withLine(List<String> row, String quantity, String colour, String size,
            String pieces) {
        row.set(4, quantity);
        row.addAll(List.of(colour, size, pieces));
        return row;
    }

    @Test
    void aRepeatedOrderNumberFailsNamingTheLineThatCameFirst() {
        String no = TestData.uniqueOrderNo();
        JsonNode job = merch.run(ImportFiles.xlsx(file(List.of(row(no, "A", due), row(TestData.uniqueOrderNo(), "B",
                due), row(no, "C", due)))), "dup.xlsx", "UPSERT");

        assertThat(job.path("inserted").asInt()).isEqualTo(2);
        assertThat(job.path("failed").asInt()).isEqualTo(1);
        assertThat(problem(job, 4, "订单号 Order No")).contains("与第 2 行重复");
        assertThat(api.order(no).body().path("style").asText()).isEqualTo("A");
    }

    @Test
    void anUpsertThatMovesTheDueDateReforecastsThePlanAndInsertOrUpdateAloneRefuse() {
        String no = TestData.uniqueOrderNo();
        assertThat(api.createOrder(testData.orderRequest(no, due)).status()).isEqualTo(201);
        LocalDate earlier = due.minusDays(30);

        JsonNode inserted = merch.run(ImportFiles.xlsx(file(List.of(row(no, "W-JK-2301", earlier)))), "i.xlsx",
                "INSERT");
        assertThat(problem(inserted, 2, "订单号 Order No")).contains("已存在");
        JsonNode missing = merch.run(ImportFiles.xlsx(file(List.of(row(TestData.uniqueOrderNo(), "X", due)))),
                "u.xlsx", "UPDATE");
        assertThat(problem(missing, 2, "订单号 Order No")).contains("没有这个订单");

        JsonNode upsert = merch.run(ImportFiles.xlsx(file(List.of(row(no, "W-JK-2301 改", earlier)))), "m.xlsx",
                "UPSERT");

        assertThat(upsert.path("status").asText()).as(upsert.toString()).isEqualTo("SUCCESS");
        assertThat(upsert.path("updated").asInt()).isEqualTo(1);
        JsonNode order = api.order(no).body();
        assertThat(order.path("dueDate").asText()).isEqualTo(earlier.toString());
        assertThat(order.path("style").asText()).isEqualTo("W-JK-2301 改");
        assertThat(order.path("delayDays").asInt()).as("forecast from the plan, counted against the new due date: "
                + order).isPositive();
        List<String> changedCustomer = row(no, "W-JK-2301 改", earlier);
        changedCustomer.set(1, "Someone Else");
        JsonNode refused = merch.run(ImportFiles.xlsx(file(List.of(changedCustomer))), "c.xlsx", "UPSERT");
        assertThat(problem(refused, 2, "客户 Customer")).contains("不能通过导入更改");
    }

    @Test
    void aFileThatCannotBeReadOrIsTooLongIsRefusedWholeAndChangesNothing() {
        ResponseEntity<JsonNode> garbage = merch.upload("这不是表格".getBytes(StandardCharsets.UTF_8), "orders.xlsx");
        assertThat(garbage.getStatusCode().value()).isEqualTo(400);
        assertThat(garbage.getBody().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(garbage.getBody().path("errors").get(0).path("reason").asText()).contains("无法读取");

        String first = TestData.uniqueOrderNo();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(first, "S", due));
        for (int i = 0; i < 300; i++) {
            rows.add(row(TestData.uniqueOrderNo(), "S", due));
        }
        ResponseEntity<JsonNode> tooLong = merch.upload(ImportFiles.xlsx(file(rows)), "long.xlsx");
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody().path("errors").get(0).path("reason").asText()).contains("行数超过上限 300");
        assertThat(api.order(first).status()).isEqualTo(404);

        ResponseEntity<JsonNode> text = merch.upload("a,b".getBytes(StandardCharsets.UTF_8), "orders.txt");
        assertThat(text.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aLongFileRunsInBatchesAndCountsEveryRow() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            List<String> row = row(TestData.uniqueOrderNo(), "S", due);
            if (i % 10 == 3) {
                row.set(6, "F-NOPE");
            }
            rows.add(row);
        }

        JsonNode job = merch.run(ImportFiles.xlsx(file(rows)), "long.xlsx", "INSERT");

        assertThat(job.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(job.path("processedRows").asInt()).isEqualTo(130);
        assertThat(job.path("inserted").asInt()).isEqualTo(117);
        assertThat(job.path("failed").asInt()).isEqualTo(13);
    }

    @Test
    void fourByteCharactersAreRefusedAsTheApiRefusesThemAndComeBackInTheFailedRows() {
        String emoji = TestData.uniqueOrderNo();
        String extensionB = TestData.uniqueOrderNo();
        String good = TestData.uniqueOrderNo();

        JsonNode job = merch.run(ImportFiles.csv(file(List.of(row(emoji, "夹克 😀", due), row(extensionB, "𠀀𠀁 款", due),
                row(good, "女式夹克 中文", due))), StandardCharsets.UTF_8, true), "orders.csv", "INSERT");

        assertThat(job.path("inserted").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(problem(job, 2, "款式 Style")).contains("表情符号");
        assertThat(problem(job, 3, "款式 Style")).contains("扩展区生僻字");
        assertThat(api.order(emoji).status()).isEqualTo(404);
        List<List<String>> failed = merch.failedRows(job.path("id").asLong());
        assertThat(failed.get(1).get(2)).isEqualTo("夹克 😀");
        assertThat(failed.get(2).get(2)).isEqualTo("𠀀𠀁 款");
    }

    @Test
    void formulaLookingCellsAreStoredAsTheTextTheyAre() {
        String formula = TestData.uniqueOrderNo();
        String plus = TestData.uniqueOrderNo();

        JsonNode job = merch.run(ImportFiles.xlsx(file(List.of(row(formula, "=HYPERLINK(\"http://x\",\"y\")", due),
                row(plus, "+SUM(A1:A9)", due)))), "orders.xlsx", "INSERT");

        assertThat(job.path("inserted").asInt()).as(job.toString()).isEqualTo(2);
        assertThat(api.order(formula).body().path("style").asText()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        assertThat(api.order(plus).body().path("style").asText()).isEqualTo("+SUM(A1:A9)");
    }

    @Test
    void csvIsReadInUtf8WithOrWithoutBomAndInGbk() {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            for (boolean bom : charset == StandardCharsets.UTF_8 ? List.of(true, false) : List.of(false)) {
                String no = TestData.uniqueOrderNo();
                JsonNode job = merch.run(ImportFiles.csv(file(List.of(row(no, "女式夹克", due))), charset, bom),
                        "orders.csv", "INSERT");
                assertThat(job.path("inserted").asInt()).as(charset + " bom " + bom + ": " + job).isEqualTo(1);
                assertThat(api.order(no).body().path("style").asText()).isEqualTo("女式夹克");
            }
        }
    }

    @Test
    void columnsNamedOtherwiseAreMappedOnceAndTheMappingIsProposedNextTime() {
        List<String> headers = List.of("PO#", "Buyer", "Style Name", "Category", "Pcs", "Ex-factory", "Vendor",
                "MD", "Sales");
        String no = TestData.uniqueOrderNo();
        byte[] content = ImportFiles.xlsx(List.of(headers, row(no, "S", due)));
        ResponseEntity<JsonNode> uploaded = merch.upload(content, "erp-export.xlsx");
        assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
        long id = uploaded.getBody().path("id").asLong();
        Map<String, String> mapping = new HashMap<>();
        List<String> fields = List.of("orderNo", "customer", "style", "productType", "quantity", "dueDate",
                "factoryCode", "merchandiser", "businessOwner");
        for (int i = 0; i < headers.size(); i++) {
            mapping.put(headers.get(i), fields.get(i));
        }
        ResponseEntity<JsonNode> incomplete = merch.start(id, "INSERT", Map.of("PO#", "orderNo"));
        assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
        assertThat(incomplete.getBody().toString()).contains("缺少必填列");

        assertThat(merch.start(id, "INSERT", mapping).getStatusCode().value()).isEqualTo(202);
        assertThat(merch.awaitFinished(id).path("inserted").asInt()).isEqualTo(1);

        JsonNode next = merch.upload(content, "erp-export.xlsx").getBody();
        assertThat(next.path("mapping").path("PO#").asText()).isEqualTo("orderNo");
        assertThat(next.path("mapping").path("Ex-factory").asText()).isEqualTo("dueDate");
    }

    @Test
    void everyoneSeesOnlyTheirOwnImportsAndOnlyMerchandisersAndAdministratorsImport() {
        ResponseEntity<JsonNode> uploaded = merch.upload(ImportFiles.xlsx(file(List.of(row(TestData.uniqueOrderNo(),
                "S", due)))), "mine.xlsx");
        long id = uploaded.getBody().path("id").asLong();
        assertThat(merch.job(id).path("fileName").asText()).isEqualTo("mine.xlsx");
        JsonNode history = rest.withBasicAuth(TestData.userOf("merchandiser"), TestData.PASSWORD)
                .getForObject("/api/imports/jobs", JsonNode.class);
        assertThat(ApiClient.texts(history, "fileName")).contains("mine.xlsx");

        TestRestTemplate admin = TestLogins.asAdmin(rest);
        assertThat(admin.getForEntity("/api/imports/jobs/{id}", String.class, id).getStatusCode().value())
                .isEqualTo(404);
        TestRestTemplate planner = rest.withBasicAuth(TestData.userOf("planner"), TestData.PASSWORD);
        assertThat(planner.getForEntity("/api/imports/jobs", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(planner.getForEntity("/orders/import", String.class).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theTemplateHasChineseAndEnglishHeadersInBothVariants() throws Exception {
        for (boolean lines : List.of(false, true)) {
            byte[] template = rest.withBasicAuth(TestData.userOf("merchandiser"), TestData.PASSWORD)
                    .getForObject("/api/imports/kinds/orders/template?lines=" + lines, byte[].class);
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
                List<String> headers = new ArrayList<>();
                workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
                assertThat(headers).startsWith("订单号 Order No", "客户 Customer");
                assertThat(headers.contains("颜色 Colour")).isEqualTo(lines);
            }
        }
    }

    @Test
    void theBatchApiAnswersEachRowAndTheSameBatchAgainIsUnchanged() {
        String a = TestData.uniqueOrderNo();
        Map<String, Object> good = orderJson(a);
        Map<String, Object> bad = new HashMap<>(orderJson(TestData.uniqueOrderNo()));
        bad.put("quantity", -5);
        bad.remove("customer");
        Map<String, Object> batch = Map.of("mode", "UPSERT", "rows", List.of(good, bad, orderJson(a)));

        Response first = api.as(TestData.userOf("merchandiser")).post("/api/orders/batch", batch);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().path("status").asText()).isEqualTo("PARTIAL");
        JsonNode rows = first.body().path("rows");
        assertThat(rows.get(0).path("outcome").asText()).isEqualTo("INSERTED");
        assertThat(rows.get(1).path("outcome").asText()).isEqualTo("FAILED");
        assertThat(ApiClient.texts(rows.get(1).path("errors"), "field")).contains("quantity", "customer");
        assertThat(rows.get(2).path("errors").get(0).path("reason").asText()).contains("重复");

        Response again = api.as(TestData.userOf("merchandiser")).post("/api/orders/batch",
                Map.of("mode", "UPSERT", "rows", List.of(good)));
        assertThat(again.body().path("status").asText()).isEqualTo("NOTHING_CHANGED");
        assertThat(again.body().path("unchanged").asInt()).isEqualTo(1);

        Response refused = api.as(TestData.userOf("planner")).post("/api/orders/batch", batch);
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theBatchApiReplaysItsFirstAnswerForTheSameIdempotencyKey() {
        Map<String, Object> batch = Map.of("mode", "INSERT", "rows", List.of(orderJson(TestData.uniqueOrderNo())));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "erp-batch-" + System.nanoTime());
        TestRestTemplate merchandiser = rest.withBasicAuth(TestData.userOf("merchandiser"), TestData.PASSWORD);

        ResponseEntity<JsonNode> first = merchandiser.exchange("/api/orders/batch", HttpMethod.POST,
                new HttpEntity<>(batch, headers), JsonNode.class);
        ResponseEntity<JsonNode> second = merchandiser.exchange("/api/orders/batch", HttpMethod.POST,
                new HttpEntity<>(batch, headers), JsonNode.class);

        assertThat(first.getBody().path("inserted").asInt()).isEqualTo(1);
        assertThat(second.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(second.getBody()).isEqualTo(first.getBody());
    }

    private Map<String, Object> orderJson(String orderNo) {
        return Map.of("orderNo", orderNo, "customer", "Nordic Outdoor AB", "style", "W-JK-9", "productType", "WOVEN",
                "quantity", 800, "dueDate", due.toString(), "factoryCode", TestData.FACTORY, "merchandiser", "merch",
                "businessOwner", "owner");
    }

    private static String problem(JsonNode job, int line, String column) {
        for (JsonNode problem : job.path("problems")) {
            if (problem.path("line").asInt() == line && problem.path("column").asText().equals(column)) {
                return problem.path("reason").asText();
            }
        }
        throw new AssertionError("no problem on line " + line + " column " + column + ": " + job.path("problems"));
    }
}

package com.threadline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.TestLogins;
import com.threadline.order.ApiClient;
import com.threadline.order.CreateOrderRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/exports/…: each file read back with POI holds what the API lists under the same filter, in the same
 * order, and no text in it is a formula.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportApiTest {

    private static final List<String> FORMULA_LIKE = List.of("=1+1", "@SUM(A1)", "-2", "+86 138", "\tTAB", "=HYPERLINK(\"x\")");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;

    private ApiClient api;
    private String prefix;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        prefix = "EX" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theOrderListExportHoldsTheFilteredRowsAsTheApiListsThem() throws IOException {
        List<String> styles = List.of("B 夹克", "A 衬衫", "C 卫衣");
        for (int i = 0; i < styles.size(); i++) {
            create(prefix + "-" + i, styles.get(i), 100 + i, data.today().plusDays(90 + i));
        }
        create("OTHER" + prefix, "不在筛选里", 7, data.today().plusDays(90));
        String filter = "q=" + prefix + "-&sort=style,desc";

        Sheet sheet = sheet(download("/api/exports/orders.xlsx?" + filter));
        JsonNode listed = api.get("/api/orders?size=200&" + filter).body().path("items");

        assertThat(rowTexts(sheet.getRow(0))).startsWith("订单号", "客户", "款式", "品类", "数量（件）", "交期");
        assertThat(sheet.getLastRowNum()).as("one row per listed order").isEqualTo(listed.size()).isEqualTo(3);
        for (int i = 0; i < listed.size(); i++) {
            Row row = sheet.getRow(i + 1);
            JsonNode order = listed.get(i);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(order.path("orderNo").asText());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(order.path("customer").asText());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(order.path("style").asText());
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("梭织");
            assertThat((int) row.getCell(4).getNumericCellValue()).isEqualTo(order.path("quantity").asInt());
            assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate().toString())
                    .isEqualTo(order.path("dueDate").asText());
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("进行中");
        }
        assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).as("sorted by style, descending").isEqualTo("C 卫衣");
    }

    @Test
    void aListLongerThanOneBatchSortedByAJoinedColumnComesOutWholeAndInOrder() throws IOException {
        for (int i = 0; i < 3; i++) {
            create(prefix + "-" + i, "款" + i, 10, data.today().plusDays(90));
        }
        String filter = "q=" + prefix + "&sort=customer,asc";

        Sheet sheet = sheet(download("/api/exports/orders.xlsx?" + filter));

        List<String> exported = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            exported.add(sheet.getRow(i).getCell(0).getStringCellValue());
        }
        assertThat(exported).isEqualTo(ApiClient.texts(api.get("/api/orders?size=200&" + filter).body().path("items"),
                "orderNo"));
    }

    @Test
    void aTextThatLooksLikeAFormulaComesBackAsThatTextAndNoCellIsAFormula() throws IOException {
        for (int i = 0; i < FORMULA_LIKE.size(); i++) {
            create(prefix + "-" + i, FORMULA_LIKE.get(i), 10, data.today().plusDays(90));
        }

        Sheet sheet = sheet(download("/api/exports/orders.xlsx?sort=orderNo,asc&q=" + prefix));

        assertThat(sheet.getLastRowNum()).isEqualTo(FORMULA_LIKE.size());
        for (Row row : sheet) {
            for (Cell cell : row) {
                assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isNotEqualTo(CellType.FORMULA);
            }
        }
        for (int i = 0; i < FORMULA_LIKE.size(); i++) {
            Cell style = sheet.getRow(i + 1).getCell(2);
            assertThat(style.getCellType()).isEqualTo(CellType.STRING);
            assertThat(style.getStringCellValue()).isEqualTo(FORMULA_LIKE.get(i));
            assertThat(style.getCellStyle().getQuotePrefixed()).as("kept text when edited in Excel").isTrue();
        }
        assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).as("plain text as it is").isFalse();
    }

    @Test
    void thePlanExportHasOneRowPerMilestoneWithItsDates() throws IOException {
        String orderNo = prefix + "-P";
        create(orderNo, "计划款", 50, data.today().plusDays(100));

        ResponseEntity<byte[]> file = download("/api/exports/orders/" + orderNo + "/plan.xlsx");
        Sheet sheet = sheet(file);
        JsonNode milestones = api.order(orderNo).body().path("milestones");

        assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment")
                .contains(orderNo + "-plan-");
        assertThat(rowTexts(sheet.getRow(0))).containsExactly("节点", "阶段", "负责", "计划日期", "预测日期", "实际日期",
                "预计日期", "偏差天数", "延误原因", "状态");
        assertThat(sheet.getLastRowNum()).isEqualTo(milestones.size());
        for (int i = 0; i < milestones.size(); i++) {
            Row row = sheet.getRow(i + 1);
            JsonNode m = milestones.get(i);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(m.path("nameZh").asText());
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate().toString())
                    .isEqualTo(m.path("plannedDate").asText());
            assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate().toString())
                    .isEqualTo(m.path("forecastDate").asText());
            assertThat(row.getCell(9).getStringCellValue()).isIn("已完成", "未完成", "延误");
        }
    }

    @Test
    void theExceptionExportHoldsWhatTheExceptionListHolds() throws IOException {
        Sheet sheet = sheet(download("/api/exports/exceptions.xlsx?status=OPEN"));
        JsonNode listed = api.get("/api/exceptions?size=200&status=OPEN").body();

        assertThat(rowTexts(sheet.getRow(0))).startsWith("编号", "订单号", "类型", "等级", "状态");
        assertThat(sheet.getLastRowNum()).isEqualTo(listed.path("total").asInt());
        for (int i = 0; i < Math.min(listed.path("items").size(), sheet.getLastRowNum()); i++) {
            JsonNode e = listed.path("items").get(i);
            assertThat((long) sheet.getRow(i + 1).getCell(0).getNumericCellValue()).isEqualTo(e.path("id").asLong());
            assertThat(sheet.getRow(i + 1).getCell(4).getStringCellValue()).isEqualTo("待确认");
        }
    }

    @Test
    void aBadFilterIsRefusedAsTheListRefusesItWithNoFile() {
        ResponseEntity<String> refused = TestLogins.asAdmin(rest).getForEntity(
                "/api/exports/orders.xlsx?dueFrom=2030-01-02&dueTo=2030-01-01", String.class);
        ResponseEntity<String> unknown = TestLogins.asAdmin(rest).getForEntity(
                "/api/exports/orders/NO-SUCH-" + prefix + "/plan.xlsx", String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("dueFrom");
        assertThat(refused.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isNull();
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    private void create(String orderNo, String style, int quantity, LocalDate due) {
        CreateOrderRequest r = data.orderRequest(orderNo, due);
        ApiClient.Response created = api.createOrder(new CreateOrderRequest(orderNo, r.customer(), style, r.productType(),
                quantity, due, r.factoryCode(), r.merchandiser(), r.businessOwner(), r.materials(), null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private ResponseEntity<byte[]> download(String path) {
        ResponseEntity<byte[]> file = TestLogins.asAdmin(rest).getForEntity(path, byte[].class);
        assertThat(file.getStatusCode().value()).as(path).isEqualTo(200);
        assertThat(file.getHeaders().getContentType().toString()).isEqualTo(ExportController.XLSX);
        return file;
    }

    private static Sheet sheet(ResponseEntity<byte[]> file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            return workbook.getSheetAt(0);
        }
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}

package com.threadline.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Drives the import API over HTTP as one signed-in user: upload, start, wait for the end, fetch failed rows. */
class ImportClient {

    private final TestRestTemplate rest;
    private final ObjectMapper json;

    ImportClient(TestRestTemplate signedIn, ObjectMapper json) {
        this.rest = signedIn;
        this.json = json;
    }

    ResponseEntity<JsonNode> upload(byte[] content, String fileName) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.postForEntity("/api/imports/kinds/orders/files", new HttpEntity<>(parts, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> start(long jobId, String mode, Map<String, String> mapping) {
        return rest.postForEntity("/api/imports/jobs/{id}/start", Map.of("mode", mode, "mapping", mapping),
                JsonNode.class, jobId);
    }

    /** Uploads, starts with the proposed mapping and waits until the job has finished; answers the job. */
    JsonNode run(byte[] content, String fileName, String mode) {
        ResponseEntity<JsonNode> uploaded = upload(content, fileName);
        if (uploaded.getStatusCode().value() != 201) {
            throw new AssertionError("upload refused: " + uploaded);
        }
        long id = uploaded.getBody().path("id").asLong();
        Map<String, String> mapping = json.convertValue(uploaded.getBody().path("mapping"),
                json.getTypeFactory().constructMapType(Map.class, String.class, String.class));
        ResponseEntity<JsonNode> started = start(id, mode, mapping);
        if (started.getStatusCode().value() != 202) {
            throw new AssertionError("start refused: " + started);
        }
        return awaitFinished(id);
    }

    JsonNode job(long id) {
        return rest.getForObject("/api/imports/jobs/{id}", JsonNode.class, id);
    }

    /** Asks until the job says it has finished (the runner works in the background). */
    JsonNode awaitFinished(long id) {
        for (int attempt = 0; attempt < 1200; attempt++) {
            JsonNode job = job(id);
            if (job.path("finished").asBoolean()) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    /** The failed-rows file, each row's cells as text; asserts each cell was written as text. */
    List<List<String>> failedRows(long id) {
        byte[] file = rest.getForObject("/api/imports/jobs/{id}/failed-rows", byte[].class, id);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            workbook.getSheetAt(0).forEach(row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> {
                    if (cell.getCellType() != CellType.STRING) {
                        throw new AssertionError("cell " + cell.getAddress() + " is " + cell.getCellType());
                    }
                    cells.add(cell.getStringCellValue());
                });
                rows.add(cells);
            });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}

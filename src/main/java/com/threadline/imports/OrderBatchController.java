package com.threadline.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.threadline.imports.ImportViews.BatchView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/orders/batch} for an ERP: up to 1,000 orders at once, each row with the fields of
 * {@code POST /api/orders}, applied in the mode like a file's rows, with the same outcome per row. Sending the same
 * batch again leaves every order unchanged; with an {@code Idempotency-Key} the first answer is replayed.
 */
@RestController
class OrderBatchController {

    private final BatchImport batches;

    OrderBatchController(BatchImport batches) {
        this.batches = batches;
    }

    @PostMapping("/api/orders/batch")
    BatchView batch(@Valid @RequestBody Batch body) {
        return batches.apply(OrderImportKind.CODE, body.mode(), body.rows());
    }

    record Batch(@NotNull ImportMode mode, @NotNull @Size(min = 1, max = 1000) List<@NotNull JsonNode> rows) {
    }
}

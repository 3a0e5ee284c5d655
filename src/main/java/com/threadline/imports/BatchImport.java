package com.threadline.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.threadline.imports.ImportEngine.Applied;
import com.threadline.imports.ImportViews.BatchRowView;
import com.threadline.imports.ImportViews.BatchView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A batch of rows sent as JSON, applied through the engine like a file's rows and answered at once: each row's
 * field values are read as the cells of a file with the template's columns.
 */
@Service
class BatchImport {

    private final ImportKinds kinds;
    private final ImportEngine engine;

    BatchImport(ImportKinds kinds, ImportEngine engine) {
        this.kinds = kinds;
        this.engine = engine;
    }

    BatchView apply(String kindCode, ImportMode mode, List<JsonNode> rows) {
        ImportKind kind = kinds.require(kindCode);
        Set<String> fields = kind.columns().stream().filter(column -> !column.perLine()).map(ImportColumn::field)
                .collect(Collectors.toSet());
        Map<Integer, RowResult> results = new HashMap<>();
        Map<Integer, String> keys = new HashMap<>();
        List<ImportRecord> records = new ArrayList<>();
        RecordAssembler assembler = new RecordAssembler(kind.keyField(), false, item -> {
            if (item instanceof RecordAssembler.Ready ready) {
                records.add(ready.record());
            } else if (item instanceof RecordAssembler.Refused refused) {
                results.put(refused.row().line(), refused.result());
            }
        });
        for (int index = 0; index < rows.size(); index++) {
            Map<String, String> values = new HashMap<>();
            List<RowResult.Problem> unknown = new ArrayList<>();
            JsonNode row = rows.get(index);
            if (!row.isObject()) {
                results.put(index, RowResult.failed(null, "每行须为一个对象 / each row must be an object"));
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!fields.contains(field.getKey())) {
                    unknown.add(new RowResult.Problem(field.getKey(), "没有这个字段 / unknown field"));
                } else if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                    values.put(field.getKey(), field.getValue().asText());
                } else if (!field.getValue().isNull()) {
                    unknown.add(new RowResult.Problem(field.getKey(), "须为文字或数字 / must be text or a number"));
                }
            }
            keys.put(index, values.get(kind.keyField()));
            if (!unknown.isEmpty()) {
                results.put(index, RowResult.failed(unknown));
                continue;
            }
            assembler.add(new ImportRecord.Row(index, values));
        }
        assembler.flush();
        for (int from = 0; from < records.size(); from += engine.batchSize()) {
            for (Applied applied : engine.apply(kind, mode, records.subList(from,
                    Math.min(records.size(), from + engine.batchSize())), ignored -> { })) {
                results.put(applied.record().line(), applied.result());
            }
        }
        List<BatchRowView> answer = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            RowResult result = results.get(index);
            answer.add(new BatchRowView(index, keys.get(index), result.outcome().name(), result.outcome().label(),
                    result.problems()));
        }
        ImportCounts counts = ImportCounts.of(answer.stream().map(row -> RowOutcome.valueOf(row.outcome())).toList());
        ImportStatus status = ImportStatus.of(counts);
        return new BatchView(status.name(), status.label(), counts.inserted(), counts.updated(), counts.unchanged(),
                counts.failed(), answer);
    }
}

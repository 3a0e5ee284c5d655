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

    /**
     * A row's colour/size split, as {@code POST /api/orders} takes it: {@code sizeLines: [{colour, size,
     * quantity}]}, read as the per-line columns of a file.
     */
    private static final String SIZE_LINES = "sizeLines";

    private static Map<String, String> lineValues(JsonNode line) {
        Map<String, String> values = new HashMap<>();
        for (String[] field : new String[][] {{"colour", "colour"}, {"size", "size"}, {"quantity", "lineQuantity"}}) {
            JsonNode value = line.path(field[0]);
            if (value.isValueNode() && !value.isNull()) {
                values.put(field[1], value.asText());
            }
        }
        return values;
    }

    BatchView apply(String kindCode, ImportMode mode, List<JsonNode> rows) {
        ImportKind kind = kinds.require(kindCode);
        Set<String> fields = kind.columns().stream().filter(column -> !column.perLine()).map(ImportColumn::field)
                .collect(Collectors.toSet());
        Map<Integer, RowResult> results = new HashMap<>();
        Map<Integer, String> keys = new HashMap<>();
        Map<String, Integer> firstIndexByKey = new HashMap<>();
        List<ImportRecord> records = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            JsonNode row = rows.get(index);
            if (!row.isObject()) {
                results.put(index, RowResult.failed(null, "每行须为一个对象 / each row must be an object"));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            List<RowResult.Problem> problems = new ArrayList<>();
            List<Map<String, String>> lines = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals(SIZE_LINES) && field.getValue().isArray()) {
                    field.getValue().forEach(line -> lines.add(lineValues(line)));
                } else if (!fields.contains(field.getKey())) {
                    problems.add(new RowResult.Problem(field.getKey(), "没有这个字段 / unknown field"));
                } else if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                    values.put(field.getKey(), field.getValue().asText());
                } else if (!field.getValue().isNull()) {
                    problems.add(new RowResult.Problem(field.getKey(), "须为文字或数字 / must be text or a number"));
                }
            }
            String key = values.get(kind.keyField());
            keys.put(index, key);
            Integer first = key == null || key.isBlank() ? null : firstIndexByKey.putIfAbsent(key.strip(), index);
            if (first != null) {
                problems.add(new RowResult.Problem(kind.keyField(), "与第 " + first + " 条重复 / duplicates row " + first));
            }
            if (!problems.isEmpty()) {
                results.put(index, RowResult.failed(problems));
                continue;
            }
            int line = index;
            records.add(new ImportRecord(lines.isEmpty() ? List.of(new ImportRecord.Row(line, values))
                    : lines.stream().map(cells -> {
                        Map<String, String> withLine = new HashMap<>(values);
                        withLine.putAll(cells);
                        return new ImportRecord.Row(line, withLine);
                    }).toList()));
        }
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

package com.threadline.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns a file's rows into records: one per row, or, when the file has one row per colour/size line, one per run of
 * rows with the same key. A key met again later (not in the run it started) is a duplicate: that row fails, naming
 * the line that came first. A row without a key fails on the key column.
 */
final class RecordAssembler {

    /** A record ready to apply, or a row that failed before it could be applied. */
    sealed interface Item {
    }

    record Ready(ImportRecord record) implements Item {
    }

    record Refused(ImportRecord.Row row, RowResult result) implements Item {
    }

    private final String keyField;
    private final boolean perLine;
    private final Consumer<Item> out;
    private final Map<String, Integer> firstLineByKey = new HashMap<>();
    private List<ImportRecord.Row> run = new ArrayList<>();
    private String runKey;

    RecordAssembler(String keyField, boolean perLine, Consumer<Item> out) {
        this.keyField = keyField;
        this.perLine = perLine;
        this.out = out;
    }

    void add(ImportRecord.Row row) {
        String key = row.value(keyField);
        if (key == null) {
            out.accept(new Refused(row, RowResult.failed(keyField, "必填 / required")));
            return;
        }
        if (perLine && key.equals(runKey)) {
            run.add(row);
            return;
        }
        Integer first = firstLineByKey.putIfAbsent(key, row.line());
        if (first != null) {
            out.accept(new Refused(row, RowResult.failed(keyField,
                    "与第 " + first + " 行重复 / duplicates line " + first)));
            return;
        }
        flush();
        run.add(row);
        runKey = key;
    }

    /** Hands on the record still being collected; call at the end of the file. */
    void flush() {
        if (!run.isEmpty()) {
            out.accept(new Ready(new ImportRecord(List.copyOf(run))));
        }
        run = new ArrayList<>();
        runKey = null;
    }
}

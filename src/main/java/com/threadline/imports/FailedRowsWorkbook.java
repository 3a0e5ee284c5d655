package com.threadline.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The failed rows of a job as an .xlsx to fix and upload again: the file's own columns, then 错误原因 Reason
 * (ignored on the way back in). Written streamed, every cell as text, so a cell that looks like a formula stays
 * the text it was.
 */
final class FailedRowsWorkbook {

    static final String REASON = "错误原因 Reason";

    /** Receives the headers once, then each failed row. */
    interface Sink {
        void headers(List<String> headers);

        void row(List<String> cells, List<String> reasons);
    }

    private FailedRowsWorkbook() {
    }

    static Writer writer() {
        return new Writer();
    }

    static final class Writer implements Sink, AutoCloseable {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final Sheet sheet = workbook.createSheet("失败行");
        private int width;
        private int next;

        @Override
        public void headers(List<String> headers) {
            width = headers.size();
            Row row = sheet.createRow(next++);
            for (int i = 0; i < headers.size(); i++) {
                row.createCell(i).setCellValue(headers.get(i));
            }
            row.createCell(width).setCellValue(REASON);
        }

        @Override
        public void row(List<String> cells, List<String> reasons) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < Math.min(cells.size(), width); i++) {
                row.createCell(i).setCellValue(cells.get(i));
            }
            row.createCell(width).setCellValue(String.join("；", reasons));
        }

        void writeTo(OutputStream out) throws IOException {
            workbook.write(out);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}

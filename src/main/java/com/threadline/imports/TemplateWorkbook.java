package com.threadline.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A kind's template: the first sheet holds the header row (Chinese and English) to fill in, one row per record, or
 * with the per-line columns one row per colour/size line; the second sheet explains each column.
 */
final class TemplateWorkbook {

    private TemplateWorkbook() {
    }

    static void write(ImportKind kind, boolean perLine, OutputStream out) throws IOException {
        List<ImportColumn> columns = kind.columns().stream().filter(column -> perLine || !column.perLine()).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet sheet = workbook.createSheet(kind.title());
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 22 * 256);
                if (!columns.get(i).field().toLowerCase().contains("date")) {
                    sheet.setDefaultColumnStyle(i, text);
                }
            }
            sheet.createFreezePane(0, 1);
            Sheet notes = workbook.createSheet("说明 Notes");
            Row title = notes.createRow(0);
            String[] heads = {"列 Column", "必填 Required", "说明 Notes"};
            for (int i = 0; i < heads.length; i++) {
                title.createCell(i).setCellValue(heads[i]);
                title.getCell(i).setCellStyle(bold);
            }
            for (int i = 0; i < columns.size(); i++) {
                Row row = notes.createRow(i + 1);
                row.createCell(0).setCellValue(columns.get(i).header());
                row.createCell(1).setCellValue(columns.get(i).required() ? "是" : "否");
                row.createCell(2).setCellValue(columns.get(i).hint());
            }
            if (perLine) {
                notes.createRow(columns.size() + 2).createCell(0).setCellValue(
                        "同一" + kind.title() + "的各行连续排列，除颜色、尺码、件数外的列各行相同。");
            }
            notes.setColumnWidth(0, 24 * 256);
            notes.setColumnWidth(2, 60 * 256);
            workbook.write(out);
        }
    }
}

package com.threadline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of an .xlsx written row by row with POI's streaming SXSSF: only the last rows stay in memory, the rest
 * wait in a temporary file (plain: compressing it costs more time than the disk it saves) until the workbook is
 * written out, so a list of any length fits.
 *
 * <p>Every text is written as a string cell, never a formula, so nothing in the file is evaluated. A text that a
 * spreadsheet would read as a formula when typed or pasted ({@code = + - @}, tab, carriage return first) also gets
 * the cell flag "quote prefix": Excel and LibreOffice show it as text and keep it text when the cell is edited,
 * while the value itself stays exactly the text we hold (no apostrophe or other character is added to it).
 */
final class XlsxSheet implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int CHARACTER_WIDTH = 256;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle formulaLike;
    private int next;

    /** {@code widths}: each column's width in characters. */
    XlsxSheet(String name, List<String> headers, List<Integer> widths) {
        sheet = workbook.createSheet(name);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        formulaLike = workbook.createCellStyle();
        formulaLike.setQuotePrefixed(true);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, widths.get(i) * CHARACTER_WIDTH);
        }
        sheet.createFreezePane(0, 1);
    }

    /** One row: texts, numbers, dates and date-times (already in the company's time zone); null leaves a blank. */
    void row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(dateTime);
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (looksLikeFormula(text)) {
                    cell.setCellStyle(formulaLike);
                }
            }
        }
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Deletes the temporary file. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}

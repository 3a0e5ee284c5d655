package com.threadline.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the files a test uploads: an .xlsx or a .csv of text rows, the first being the header. */
final class ImportFiles {

    static final List<String> ORDER_HEADERS = List.of("订单号 Order No", "客户 Customer", "款式 Style",
            "品类 Product Type", "数量 Quantity", "交期 Due Date", "工厂代码 Factory Code", "跟单员 Merchandiser",
            "业务负责人 Business Owner");

    private ImportFiles() {
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("订单");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value != null) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<List<String>> rows, Charset charset, boolean bom) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(cell -> cell == null ? "" : "\"" + cell.replace("\"", "\"\"") + "\"")
                    .toList())).append("\r\n");
        }
        return text.toString().getBytes(charset);
    }
}

package com.threadline.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx (streamed, SAX: memory stays small whatever the file's length) or a .csv (UTF-8
 * with or without BOM, else GB18030, the superset of GBK; comma, semicolon or tab) row by row, every cell as text.
 * Date cells come as ISO dates; a formula cell as its cached result, never as a formula. Blank rows are skipped.
 */
final class TableFile {

    /** Receives each row; line is the row's number as the file shows it (the header is line 1). */
    interface Rows {
        void row(int line, List<String> cells);
    }

    /** The file cannot be read as a table; the message says why, in Chinese. */
    static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message) {
            super(message);
        }
    }

    private TableFile() {
    }

    static boolean isSpreadsheet(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    static boolean isCsv(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    static void read(Path file, String fileName, Rows rows) {
        if (isSpreadsheet(fileName)) {
            readXlsx(file, rows);
        } else if (isCsv(fileName)) {
            readCsv(file, rows);
        } else {
            throw new UnreadableFile("只能导入 .xlsx 或 .csv 文件 / only .xlsx and .csv files can be imported");
        }
    }

    private static void readXlsx(Path file, Rows rows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("文件里没有工作表 / the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new RowCollector(rows),
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            if (e instanceof StopReading stop) {
                throw stop;
            }
            throw new UnreadableFile("无法读取此 Excel 文件（" + e.getClass().getSimpleName()
                    + "）：请用 Excel 另存为 .xlsx 再试 / not a readable .xlsx file");
        }
    }

    private static void readCsv(Path file, Rows rows) {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset),
                1 << 16)) {
            reader.mark(1 << 16);
            String first = reader.readLine();
            reader.reset();
            if (first != null && first.startsWith("\uFEFF")) {
                reader.skip(1);
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(first))
                    .setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                        rows.row((int) record.getRecordNumber(), cells);
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFile("无法读取此 CSV 文件（" + e.getMessage() + "） / not a readable CSV file");
        }
    }

    /** The one of comma, semicolon and tab the header line holds most. */
    private static char delimiter(String firstLine) {
        char best = ',';
        long most = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = firstLine == null ? 0 : firstLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    /** Whether the whole file decodes as UTF-8; a Chinese Excel saves CSV as GBK otherwise. */
    private static boolean isUtf8(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (Reader reader = new InputStreamReader(in, decoder)) {
                char[] buffer = new char[8192];
                while (reader.read(buffer) >= 0) {
                    // decoding to the end is the check
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new UnreadableFile("无法读取文件 / the file cannot be read");
        }
    }

    /** Stops the reading early on purpose (a file over the row limit), passing through the reader untouched. */
    static final class StopReading extends RuntimeException {
        StopReading(String message) {
            super(message, null, false, false);
        }
    }

    /** Collects each row's cells at their columns (SAX skips empty cells) and hands on the non-blank rows. */
    private static final class RowCollector implements SheetContentsHandler {
        private final Rows rows;
        private List<String> cells;

        RowCollector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
                rows.row(rowNum + 1, cells.stream().map(cell -> cell == null ? "" : cell).toList());
            }
        }

        @Override
        public void cell(String reference, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(formattedValue);
        }
    }

    /** Formats date cells as ISO dates and numbers without grouping, whatever the cell's format in Excel. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value, use1904).toLocalDate();
                return date.toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}

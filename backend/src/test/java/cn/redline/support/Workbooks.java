package cn.redline.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Reads an exported workbook back as a spreadsheet program would (cell types and number formats included). */
public final class Workbooks {

    private Workbooks() {
    }

    public static String sheetName(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = open(xlsx)) {
            return wb.getFirstSheet().getName();
        }
    }

    public static List<Row> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = open(xlsx)) {
            return wb.getFirstSheet().read();
        }
    }

    /** The rows of the sheet at {@code index} (0 the first). */
    public static List<Row> rows(byte[] xlsx, int index) throws IOException {
        try (ReadableWorkbook wb = open(xlsx)) {
            return wb.getSheet(index).orElseThrow(() -> new AssertionError("no sheet " + index)).read();
        }
    }

    /** The names of the sheets, in order. */
    public static List<String> sheetNames(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = open(xlsx)) {
            return wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
        }
    }

    /** Every cell's displayed text, one cell a line. */
    public static String text(byte[] xlsx) throws IOException {
        return text(rows(xlsx));
    }

    /** Every cell's displayed text in every sheet, one cell a line. */
    public static String allText(byte[] xlsx) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sheetNames(xlsx).size(); i++) {
            out.append(text(rows(xlsx, i))).append('\n');
        }
        return out.toString();
    }

    private static String text(List<Row> rows) {
        return rows.stream().flatMap(r -> StreamSupport.stream(r.spliterator(), false))
                .filter(c -> c != null && c.getText() != null).map(c -> c.getText()).collect(Collectors.joining("\n"));
    }

    private static ReadableWorkbook open(byte[] xlsx) throws IOException {
        return new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false));
    }
}

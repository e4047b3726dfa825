package cn.redline.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet streamed to the response with fastexcel: a bold, frozen header row; text, numbers, and dates and
 * times as Excel dates (times in China), so a user can sort and filter them as such.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DATE = "yyyy-mm-dd";
    static final String TIME = "yyyy-mm-dd hh:mm";
    /** Rows kept in memory before they are written out. */
    private static final int FLUSH_EVERY = 500;

    private Xlsx() {
    }

    /** One worksheet: its name, header row and rows. */
    public record Sheet(String name, List<String> header, List<List<Object>> rows) {
    }

    /**
     * Writes the sheet to {@code out}: cells may be null, a String, a Number, a {@link LocalDate} or an
     * {@link OffsetDateTime}; anything else is written as its text.
     */
    public static void write(OutputStream out, String sheetName, List<String> header, List<List<Object>> rows)
            throws IOException {
        write(out, List.of(new Sheet(sheetName, header, rows)));
    }

    /** Writes the sheets to {@code out} in order, each as {@link #write(OutputStream, String, List, List)} writes one. */
    public static void write(OutputStream out, List<Sheet> sheets) throws IOException {
        Workbook workbook = new Workbook(out, "Redline", "1.0");
        for (Sheet s : sheets) {
            Worksheet sheet = workbook.newWorksheet(sheetName(s.name()));
            List<String> header = s.header();
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, text(header.get(c)));
            }
            if (!header.isEmpty()) {
                sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
            }
            sheet.freezePane(0, 1);
            int r = 1;
            for (List<Object> row : s.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r, c, row.get(c));
                }
                if (r++ % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
            }
            sheet.finish();
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Number n) {
            sheet.value(r, c, n);
        } else if (v instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format(DATE).set();
        } else if (v instanceof OffsetDateTime t) {
            sheet.value(r, c, t.atZoneSameInstant(Times.ZONE).toLocalDateTime());
            sheet.style(r, c).format(TIME).set();
        } else {
            sheet.value(r, c, text(v.toString()));
        }
    }

    /**
     * A name Excel accepts for a sheet: at most 31 characters, none of {@code [ ] : * ? / \}, not starting or ending
     * with an apostrophe, not blank.
     */
    static String sheetName(String name) {
        String cleaned = text(name).replaceAll("[\\[\\]:*?/\\\\]", "_").strip().replaceAll("^'+|'+$", "").strip();
        if (cleaned.isEmpty()) {
            return "Sheet1";
        }
        if (cleaned.length() <= 31) {
            return cleaned;
        }
        return cleaned.substring(0, Character.isHighSurrogate(cleaned.charAt(30)) ? 30 : 31);
    }

    /** Drops what XML 1.0 cannot carry (control characters from user input, unpaired surrogates). */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(ch).append(s.charAt(++i));
            } else if ((ch >= 0x20 && ch < 0xD800) || (ch >= 0xE000 && ch < 0xFFFE) || ch == '\t' || ch == '\n' || ch == '\r') {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}

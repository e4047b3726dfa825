package cn.redline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.support.Workbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class XlsxTest {

    private static byte[] write(String sheet, List<Object> row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(out, sheet, List.of("编号", "数量", "整改期限", "发现时间", "空", "备注"), List.of(row));
        return out.toByteArray();
    }

    @Test
    void datesAndTimesAreExcelDatesInChina() throws IOException {
        byte[] xlsx = write("隐患清单", Arrays.asList("RL-1", 42, LocalDate.of(2026, 3, 5),
                OffsetDateTime.of(2026, 3, 1, 16, 30, 0, 0, ZoneOffset.UTC), null, "x"));
        List<Row> rows = Workbooks.rows(xlsx);
        assertEquals("编号", rows.get(0).getCell(0).getText());
        Row r = rows.get(1);
        assertEquals(CellType.NUMBER, r.getCell(1).getType());
        assertEquals(42, r.getCell(1).asNumber().intValue());
        assertEquals(CellType.NUMBER, r.getCell(2).getType());
        assertEquals(LocalDateTime.of(2026, 3, 5, 0, 0), r.getCell(2).asDate());
        assertEquals("yyyy-mm-dd", r.getCell(2).getDataFormatString());
        assertEquals(LocalDateTime.of(2026, 3, 2, 0, 30), r.getCell(3).asDate(), "the instant as a time in China");
        assertEquals("yyyy-mm-dd hh:mm", r.getCell(3).getDataFormatString());
        assertEquals("x", r.getCell(5).getText());
    }

    @Test
    void charactersXmlCannotCarryAreDropped() throws IOException {
        byte[] xlsx = write("隐患清单", Arrays.asList("a\u0001b\u0000c\uFFFEd\uD800e😀", null, null, null, null, null));
        assertEquals("abcde😀", Workbooks.rows(xlsx).get(1).getCell(0).getText());
    }

    @Test
    void sheetNamesAreOnesExcelAccepts() throws IOException {
        assertEquals("隐患_清单_2026_Q1___", Workbooks.sheetName(write("隐患/清单:2026[Q1]*?", List.of())));
        assertEquals("Sheet1", Xlsx.sheetName(" '' "));
        assertEquals("a".repeat(31), Xlsx.sheetName("a".repeat(40)));
        assertEquals("a".repeat(30), Xlsx.sheetName("a".repeat(30) + "😀"));
    }
}

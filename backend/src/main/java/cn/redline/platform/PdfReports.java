package cn.redline.platform;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;

/**
 * What every PDF report shares beyond {@link Pdf}: the A4 document and its fonts from the CJK base font, and the
 * answer of its GET (language and file name). Words only in the pages: labels and names, never enum codes or ids.
 */
public final class PdfReports {

    private PdfReports() {
    }

    /** The fonts of a report, from the CJK base font. */
    public record Fonts(Font title, Font heading, Font bold, Font body) {

        public static Fonts of(BaseFont base) {
            return new Fonts(new Font(base, 20, Font.BOLD), new Font(base, 13, Font.BOLD), new Font(base, 9, Font.BOLD),
                    new Font(base, 9));
        }
    }

    /** What writes the pages of one report. */
    public interface Pages {
        void write(Document doc, Fonts f) throws DocumentException;
    }

    /** An A4 report titled {@code title}, its pages written by {@code pages}; its bytes. */
    public static byte[] render(BaseFont base, String title, Pages pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 44, 44);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.open();
            pages.write(doc, Fonts.of(base));
            doc.close();
        } catch (DocumentException ex) {
            throw new IllegalStateException("Cannot write " + title, ex);
        }
        return out.toByteArray();
    }

    /** The issuing org and the day beneath the text, right-aligned, kept together on one page. */
    public static void signature(Document doc, Fonts f, String issuer, String day) throws DocumentException {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(18);
        Paragraph lines = new Paragraph(issuer, f.heading());
        if (day != null && !day.isBlank()) {
            lines.add(Chunk.NEWLINE);
            lines.add(new Chunk(day, f.body()));
        }
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        lines.setAlignment(Element.ALIGN_RIGHT);
        cell.addElement(lines);
        t.addCell(cell);
        doc.add(t);
    }

    /** A report as the answer of its GET: the PDF, its language and its file name ({@code labels}' {prefix}.fileName). */
    public static Response download(byte[] pdf, Labels labels, String prefix, String asciiName) {
        return downloadAs(pdf, labels, labels.text(prefix + ".fileName") + ".pdf", asciiName);
    }

    /** A report as the answer of its GET under the file name {@code fileName}. */
    public static Response downloadAs(byte[] pdf, Labels labels, String fileName, String asciiName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Language", labels.language())
                .header(Downloads.HEADER, Downloads.contentDisposition(fileName, asciiName))
                .build();
    }
}

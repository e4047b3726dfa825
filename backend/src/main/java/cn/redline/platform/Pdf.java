package cn.redline.platform;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every PDF export shares (OpenPDF): the CJK TrueType font (fonts-wqy-zenhei on Debian; configurable as
 * {@code redline.pdf.font}), embedded as a subset, and the section heading, label/value table and grid table.
 */
@ApplicationScoped
public class Pdf {

    private static final List<String> FONT_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");
    private static final Color LABEL = new Color(0xF5, 0xF5, 0xF5);
    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);

    @ConfigProperty(name = "redline.pdf.font")
    Optional<String> configuredFont;

    private volatile BaseFont font;

    /** The Chinese font; 503 problem when none is installed. */
    public BaseFont font() {
        if (font == null) {
            List<String> candidates = configuredFont.map(List::of).orElse(FONT_CANDIDATES);
            for (String candidate : candidates) {
                String file = candidate.contains(".ttc,") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
                if (Files.isReadable(Path.of(file))) {
                    try {
                        font = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                        break;
                    } catch (DocumentException | IOException e) {
                        throw new IllegalStateException("Cannot load font " + candidate, e);
                    }
                }
            }
            if (font == null) {
                throw new ProblemException(Problem.of(503, "no-cjk-font", "Service unavailable",
                        "No Chinese font is installed for PDF export (install fonts-wqy-zenhei or set redline.pdf.font)"));
            }
        }
        return font;
    }

    public static void section(Document doc, String text, Font font) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    /** A two-column label/value table; absent values show as a dash. */
    public static PdfPTable table(Font font, String... labelValues) {
        PdfPTable t = new PdfPTable(new float[] {1.3f, 4f});
        t.setWidthPercentage(100);
        for (int i = 0; i < labelValues.length; i += 2) {
            PdfPCell label = new PdfPCell(new Phrase(labelValues[i], font));
            label.setBackgroundColor(LABEL);
            t.addCell(label);
            t.addCell(new Phrase(dash(labelValues[i + 1]), font));
        }
        return t;
    }

    /** A table with a shaded header row repeated on every page; {@link #row} fills it. */
    public static PdfPTable grid(Font headFont, float[] widths, List<String> heads) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String head : heads) {
            PdfPCell c = new PdfPCell(new Phrase(head, headFont));
            c.setBackgroundColor(HEAD);
            t.addCell(c);
        }
        return t;
    }

    public static void row(PdfPTable t, Font font, String... cells) {
        for (String cell : cells) {
            t.addCell(new Phrase(dash(cell), font));
        }
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}

package cn.redline.drill;

import cn.redline.org.Org;
import cn.redline.platform.Labels;
import cn.redline.platform.Pdf;
import cn.redline.platform.PdfReports.Fonts;
import cn.redline.platform.Times;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the drill reports (演练评估报告, 演练总结报告) share beyond {@link Pdf} and {@link cn.redline.platform.PdfReports}: the cover,
 * the problems-and-causes and recommendations tables of the findings, and how times, scores and scenarios are written.
 * Words only: labels from the catalog and names, never enum codes or ids.
 */
final class DrillPdf {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DrillPdf() {
    }

    /** The cover: the drill's title, the report's title, then centred lines (organiser, who wrote it, the date). */
    static void cover(Document doc, Fonts f, String drillTitle, String reportTitle, List<String> lines) throws DocumentException {
        Paragraph space = new Paragraph(" ");
        space.setSpacingBefore(140);
        doc.add(space);
        Paragraph name = new Paragraph(drillTitle, f.heading());
        name.setAlignment(Element.ALIGN_CENTER);
        doc.add(name);
        Paragraph t = new Paragraph(reportTitle, f.title());
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(16);
        t.setSpacingAfter(120);
        doc.add(t);
        for (String line : lines) {
            Paragraph p = new Paragraph(line, f.heading());
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
        }
    }

    /** 问题及原因: the findings by number with category, severity, problem and cause; "none" without findings. */
    static void problems(Document doc, Fonts f, Labels l, List<DrillFinding> found) throws DocumentException {
        PdfPTable problems = Pdf.grid(f.bold(), new float[] {0.8f, 1.6f, 1.4f, 4f, 3.5f}, List.of(l.text("drillEvaluationReport.no"),
                l.text("drillEvaluationReport.category"), l.text("drillEvaluationReport.severity"),
                l.text("drillEvaluationReport.problem"), l.text("drillEvaluationReport.cause")));
        found.forEach(x -> Pdf.row(problems, f.body(), String.valueOf(x.number), l.of(x.category), l.of(x.severity),
                x.description, x.cause));
        doc.add(found.isEmpty() ? new Paragraph(l.text("drillEvaluationReport.none"), f.body()) : problems);
    }

    /** 改进建议: per finding its recommendation, corrective action, owner, deadline and state; "none" without findings. */
    static void recommendations(Document doc, Fonts f, Labels l, List<DrillFinding> found, EntityManager em)
            throws DocumentException {
        PdfPTable recs = Pdf.grid(f.bold(), new float[] {0.8f, 4f, 1.8f, 2.6f, 1.8f, 1.6f}, List.of(l.text("drillEvaluationReport.no"),
                l.text("drillEvaluationReport.recommendation"), l.text("drillEvaluationReport.actionKind"),
                l.text("drillEvaluationReport.owner"), l.text("drillEvaluationReport.deadline"),
                l.text("drillEvaluationReport.findingStatus")));
        for (DrillFinding x : found) {
            Org owner = x.ownerOrgId == null ? null : em.find(Org.class, x.ownerOrgId);
            String who = (owner == null ? "" : owner.name) + (x.ownerPerson == null ? "" : "　" + x.ownerPerson);
            Pdf.row(recs, f.body(), String.valueOf(x.number), x.recommendation, x.actionKind == null ? null : l.of(x.actionKind),
                    who.strip(), x.deadline == null ? null : x.deadline.toString(), l.of(x.status));
        }
        doc.add(found.isEmpty() ? new Paragraph(l.text("drillEvaluationReport.none"), f.body()) : recs);
    }

    /** The drill's form, scope and purpose in words. */
    static String classes(Drill d, Labels l) {
        return l.of(d.form) + "　" + l.of(d.scope) + (d.purpose == null ? "" : "　" + l.of(d.purpose));
    }

    /** The drill's state in words, with the reason it was terminated. */
    static String status(Drill d, Labels l) {
        return l.of(d.status) + (d.terminationReason == null ? "" : "（" + l.of(d.terminationReason) + "）");
    }

    static String scenario(DrillScenario s) {
        return s == null ? null : joined(Stream.of(s.eventType(), s.place()), Function.identity());
    }

    static <T> String joined(Stream<T> items, Function<T, String> text) {
        return String.join("；", items.map(text).filter(x -> x != null && !x.isBlank()).toList());
    }

    static String span(OffsetDateTime from, OffsetDateTime to) {
        return from == null ? null : from.atZoneSameInstant(Times.ZONE).format(MINUTE)
                + (to == null ? "" : " — " + to.atZoneSameInstant(Times.ZONE).format(MINUTE));
    }

    static String time(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(Times.ZONE).format(MINUTE);
    }

    static String day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(Times.ZONE).format(DAY);
    }

    static String number(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }
}

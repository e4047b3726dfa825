package cn.redline.hazard;

import cn.redline.platform.Labels;
import cn.redline.platform.Pdf;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * 一患一档: a ticket's dossier as PDF — its facts, five musts, supervision listing, acceptance, effectiveness
 * review and the whole history. Chinese text needs a CJK TrueType font on the machine (fonts-wqy-zenhei
 * on Debian; configurable), embedded as a subset.
 */
@ApplicationScoped
public class HazardDossier {

    @Inject
    Clock clock;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Pdf pdf;

    public byte[] render(HazardView h, List<HazardEventView> history,
                         java.util.function.Function<java.util.UUID, java.io.InputStream> open, Labels l) {
        BaseFont base = pdf.font();
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 9.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(l.text("dossier.docTitle") + " " + h.code());
            doc.open();
            Paragraph p = new Paragraph(l.text("dossier.title"), title);
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
            Paragraph sub = new Paragraph(h.code() + "　" + h.title(), heading);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(10);
            doc.add(sub);

            Pdf.section(doc, l.text("dossier.basics"), heading);
            PdfPTable facts = Pdf.table(body,
                    l.text("dossier.level"), l.of(h.level()),
                    l.text("dossier.state"), h.overdue() ? l.text("value.overdueState", Map.of("state", l.of(h.state()))) : l.of(h.state()),
                    l.text("dossier.category"), l.of(h.category()),
                    l.text("dossier.industry"), l.industry(h.industry()),
                    l.text("dossier.enterprise"), h.enterprise() == null ? null : h.enterprise().name(),
                    l.text("dossier.territory"), h.territory().name(),
                    l.text("dossier.location"), join(h.locationText(), h.latitude() == null ? null : h.latitude() + ", " + h.longitude()),
                    l.text("dossier.source"), l.of(h.source()),
                    l.text("dossier.discovered"), h.discoveredBy() + " / " + time(h.discoveredAt()),
                    l.text("dossier.description"), h.description(),
                    l.text("dossier.responsible"), join(h.responsibleUnit(), h.responsiblePerson()),
                    l.text("dossier.measures"), h.rectificationMeasures(),
                    l.text("dossier.deadline"), h.deadline() == null ? null : h.deadline().toString(),
                    l.text("dossier.escalation"), h.escalatedTo() == null ? null
                            : l.text("dossier.escalatedTo", Map.of("name", h.escalatedTo().name())));
            doc.add(facts);

            if (h.fiveMusts() != null) {
                Pdf.section(doc, l.text("dossier.fiveMusts"), heading);
                var f = h.fiveMusts();
                doc.add(Pdf.table(body, l.text("dossier.fiveMustsMeasures"), f.measures(),
                        l.text("dossier.funds"), f.funds() == null ? null : f.funds().toPlainString(),
                        l.text("dossier.fiveMustsDeadline"), f.deadline() == null ? null : f.deadline().toString(),
                        l.text("dossier.fiveMustsPerson"), f.responsiblePerson(),
                        l.text("dossier.emergencyPlan"), f.emergencyPlan(),
                        l.text("dossier.complete"), l.text(f.complete() ? "dossier.completeYes" : "dossier.completeNo")));
            }
            if (h.supervision() != null) {
                Pdf.section(doc, l.text("dossier.supervision"), heading);
                var s = h.supervision();
                doc.add(Pdf.table(body, l.text("dossier.supervisionLevel"), l.of(s.level()),
                        l.text("dossier.issuedBy"), s.issuedBy() == null ? null : s.issuedBy().name(),
                        l.text("dossier.documentNumber"), s.documentNumber(),
                        l.text("dossier.listedAt"), time(s.listedAt()),
                        l.text("dossier.signedOff"), s.signedOffAt() == null ? l.text("dossier.notSigned")
                                : s.signedOffBy() + " " + time(s.signedOffAt())));
            }
            if (h.acceptance() != null) {
                Pdf.section(doc, l.text("dossier.acceptance"), heading);
                var a = h.acceptance();
                doc.add(Pdf.table(body, l.text("dossier.acceptorKind"), l.of(a.acceptorKind()),
                        l.text("dossier.acceptorName"), a.acceptorName(),
                        l.text("dossier.opinion"), a.opinion(),
                        l.text("dossier.acceptedAt"), time(a.acceptedAt()),
                        l.text("dossier.closedAt"), time(h.closedAt())));
            }
            if (h.effectiveness() != null) {
                Pdf.section(doc, l.text("dossier.effectiveness"), heading);
                var e = h.effectiveness();
                doc.add(Pdf.table(body, l.text("dossier.conclusion"), l.text(e.effective() ? "value.effective" : "value.ineffective"),
                        l.text("dossier.note"), e.note(), l.text("dossier.checkedAt"), time(e.checkedAt())));
            }

            List<cn.redline.attachment.AttachmentView> photos = h.attachments().stream()
                    .filter(a -> a.contentType().startsWith("image/") && !a.contentType().equals("image/webp")).toList();
            if (!h.attachments().isEmpty()) {
                Pdf.section(doc, l.text("dossier.photos"), heading);
                for (var a : h.attachments()) {
                    // caption and photo in one unsplittable cell: a page break never parts them
                    PdfPTable item = new PdfPTable(1);
                    item.setWidthPercentage(100);
                    item.setKeepTogether(true);
                    item.setSpacingAfter(6);
                    PdfPCell cell = new PdfPCell();
                    cell.setBorder(PdfPCell.NO_BORDER);
                    cell.addElement(new Paragraph(l.text("dossier.caption", Map.of("purpose", purpose(l, a.purpose()),
                            "name", a.fileName(), "time", time(a.uploadedAt()))), body));
                    if (photos.contains(a)) {
                        try (java.io.InputStream in = open.apply(a.id())) {
                            com.lowagie.text.Image img = com.lowagie.text.Image.getInstance(in.readAllBytes());
                            img.scaleToFit(240, 180);
                            cell.addElement(img);
                        } catch (IOException | RuntimeException e) {
                            cell.addElement(new Paragraph(l.text("dossier.photoUnavailable", Map.of("name", a.fileName())), body));
                        }
                    } else if (a.contentType().startsWith("image/")) {
                        cell.addElement(new Paragraph(l.text("dossier.photoNotEmbeddable", Map.of("name", a.fileName())), body));
                    }
                    item.addCell(cell);
                    doc.add(item);
                }
            }

            Pdf.section(doc, l.text("dossier.history"), heading);
            PdfPTable log = new PdfPTable(new float[] {2.2f, 2f, 2.2f, 1.6f, 4f});
            log.setWidthPercentage(100);
            log.setHeaderRows(1);
            for (String head : List.of("at", "action", "actor", "toState", "remarks")) {
                PdfPCell c = new PdfPCell(new Phrase(l.text("dossier." + head), new Font(base, 9.5f, Font.BOLD)));
                c.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
                log.addCell(c);
            }
            for (HazardEventView e : history) {
                log.addCell(new Phrase(time(e.at()), body));
                log.addCell(new Phrase(l.event(e.action()), body));
                log.addCell(new Phrase(e.actorName(), body));
                log.addCell(new Phrase(l.of(e.toState()), body));
                log.addCell(new Phrase(HazardEventText.describe(l, e), body));
            }
            doc.add(log);
            Paragraph footer = new Paragraph(l.text("dossier.exportedAt", Map.of("time", time(cn.redline.platform.Times.now(clock)))), body);
            footer.setSpacingBefore(12);
            doc.add(footer);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    private static String purpose(Labels l, String p) {
        String label = p == null ? null : l.find("attachmentPurpose." + p);
        return label == null ? l.text("attachmentPurpose.OTHER") : label;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "　" + b;
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(cn.redline.platform.Times.ZONE).format(TIME);
    }
}

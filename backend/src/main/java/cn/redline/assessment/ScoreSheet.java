package cn.redline.assessment;

import cn.redline.assessment.SchemeDefinition.Indicator;
import cn.redline.platform.Labels;
import cn.redline.platform.Pdf;
import cn.redline.platform.PdfReports;
import cn.redline.platform.Times;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One assessment's score sheets as PDF (§4.5 item 2): the self-assessment sheet (自评表) — the indicator tree with its
 * points and 评分标准, the target's self scores with what it deducted and its documents, signed by its principal — and
 * the review sheet (考核评分表) — per indicator the self score, the metric value and its points, the department's and
 * the review's points, the final points and the reason, then the adjustments, vetoes, total, grade and rank, with the
 * lines the assessment group signs. For whoever may see the assessment; words only.
 */
@ApplicationScoped
public class ScoreSheet {

    @Schema(name = "AssessmentScoreSheetKind")
    public enum Kind { SELF, REVIEW }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Assessments assessments;

    @Inject
    EntityManager em;

    @Inject
    Pdf pdf;

    /** The file name: the target's name and the sheet's kind. */
    String fileName(AssessmentView.Explained e, Kind kind, Labels l) {
        return e.assessment().targetOrgName() + l.text("assessmentScoreSheet.title." + kind.name()) + ".pdf";
    }

    AssessmentView.Explained explained(UUID assessmentId) {
        return assessments.explain(assessmentId);
    }

    public byte[] render(AssessmentView.Explained e, Kind kind, Labels l) {
        AssessmentView a = e.assessment();
        AssessmentScheme s = em.find(AssessmentScheme.class, a.schemeId());
        ScoreLines words = new ScoreLines(s, l);
        Map<String, ScoreLines.Line> lines = new HashMap<>();
        words.lines(e).forEach(x -> lines.put(x.indicator().code(), x));
        String title = l.text("assessmentScoreSheet.title." + kind.name());
        return PdfReports.render(pdf.font(), title, (doc, f) -> {
            Paragraph head = new Paragraph(s.title, f.heading());
            head.setAlignment(Element.ALIGN_CENTER);
            doc.add(head);
            Paragraph t = new Paragraph(title, f.title());
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(12);
            doc.add(t);
            doc.add(Pdf.table(f.body(),
                    l.text("assessmentScoreSheet.target"), a.targetOrgName(),
                    l.text("assessmentScoreSheet.group"), words.group(a.group()),
                    l.text("assessmentScoreSheet.period"), words.period(),
                    l.text("assessmentScoreSheet.scheme"), ScoreLines.joined(s.title, s.docNumber),
                    l.text("assessmentScoreSheet.status"), l.of(a.status())));
            if (kind == Kind.SELF) {
                self(doc, f, l, words, a, lines);
            } else {
                review(doc, f, l, words, e, lines);
            }
        });
    }

    private static void self(Document doc, PdfReports.Fonts f, Labels l, ScoreLines words, AssessmentView a,
                             Map<String, ScoreLines.Line> lines) throws DocumentException {
        Pdf.section(doc, l.text("assessmentScoreSheet.indicators"), f.heading());
        PdfPTable t = Pdf.grid(f.bold(), new float[] {0.9f, 3.2f, 0.9f, 1.3f, 3.6f, 1f, 3f, 0.9f}, List.of(
                l.text("assessmentScoreSheet.no"), l.text("assessmentScoreSheet.indicator"), l.text("assessmentScoreSheet.maxPoints"),
                l.text("assessmentScoreSheet.method"), l.text("assessmentScoreSheet.criteria"), l.text("assessmentScoreSheet.self"),
                l.text("assessmentScoreSheet.selfDetail"), l.text("assessmentScoreSheet.evidence")));
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Map.Entry<Indicator, Integer> n : words.tree(a.group())) {
            Indicator i = n.getKey();
            ScoreLines.Line x = lines.get(i.code());
            String name = "　".repeat(n.getValue()) + i.name();
            if (x == null) {
                Pdf.row(t, f.bold(), i.code(), name, ScoreLines.number(i.maxPoints()), null, null, null, null, null);
                continue;
            }
            boolean selfScored = i.method() == SchemeDefinition.IndicatorMethod.MANUAL_DEDUCT
                    || i.method() == SchemeDefinition.IndicatorMethod.CHECKLIST;
            Pdf.row(t, f.body(), i.code(), name, ScoreLines.number(x.maxPoints()), words.method(i.method()), criteria(i, words),
                    selfScored ? ScoreLines.number(x.self()) : l.text("assessmentScoreSheet.notSelfScored"),
                    x.selfDetail(), selfScored ? String.valueOf(x.evidence()) : null);
            if (selfScored) {
                max = max.add(x.maxPoints());
                sum = sum.add(x.self() == null ? BigDecimal.ZERO : x.self());
            }
        }
        doc.add(t);
        doc.add(new Paragraph(l.text("assessmentScoreSheet.selfTotal", Map.of("points", ScoreLines.number(sum),
                "max", ScoreLines.number(max))), f.body()));
        Pdf.section(doc, l.text("assessmentScoreSheet.signatures"), f.heading());
        doc.add(Pdf.table(f.body(),
                l.text("assessmentScoreSheet.principal"), a.signedBy() == null ? l.text("assessmentScoreSheet.unsigned") : a.signedBy(),
                l.text("assessmentScoreSheet.submittedAt"), time(a.selfSubmittedAt())));
    }

    private static void review(Document doc, PdfReports.Fonts f, Labels l, ScoreLines words, AssessmentView.Explained e,
                               Map<String, ScoreLines.Line> lines) throws DocumentException {
        AssessmentView a = e.assessment();
        ScoreResult score = e.score();
        Pdf.section(doc, l.text("assessmentScoreSheet.indicators"), f.heading());
        PdfPTable t = Pdf.grid(f.bold(), new float[] {0.9f, 3f, 0.9f, 0.9f, 2f, 0.9f, 0.9f, 0.9f, 3.2f}, List.of(
                l.text("assessmentScoreSheet.no"), l.text("assessmentScoreSheet.indicator"), l.text("assessmentScoreSheet.maxPoints"),
                l.text("assessmentScoreSheet.self"), l.text("assessmentScoreSheet.auto"), l.text("assessmentScoreSheet.department"),
                l.text("assessmentScoreSheet.review"), l.text("assessmentScoreSheet.final"), l.text("assessmentScoreSheet.reason")));
        for (Map.Entry<Indicator, Integer> n : words.tree(a.group())) {
            Indicator i = n.getKey();
            ScoreLines.Line x = lines.get(i.code());
            String name = "　".repeat(n.getValue()) + i.name();
            if (x == null) {
                Pdf.row(t, f.bold(), i.code(), name, ScoreLines.number(i.maxPoints()), null, null, null, null, null, null);
                continue;
            }
            String auto = x.metric() == null ? null : ScoreLines.joined(x.metricValue(), x.auto() == null ? null
                    : l.text("assessmentReport.points", Map.of("points", ScoreLines.number(x.auto()))));
            Pdf.row(t, f.body(), i.code(), name, ScoreLines.number(x.maxPoints()), ScoreLines.number(x.self()), auto,
                    ScoreLines.number(x.department()), ScoreLines.number(x.review()), ScoreLines.number(x.points()),
                    ScoreLines.joined(x.why(), x.setBy()));
        }
        doc.add(t);
        Pdf.section(doc, l.text("assessmentScoreSheet.result"), f.heading());
        doc.add(Pdf.table(f.body(),
                l.text("assessmentScoreSheet.base"), ScoreLines.number(score.base()),
                l.text("assessmentScoreSheet.scaled"), score.scaled().compareTo(score.base()) == 0 ? null : ScoreLines.number(score.scaled()),
                l.text("assessmentScoreSheet.bonus"), ScoreLines.number(score.bonus()),
                l.text("assessmentScoreSheet.deductions"), ScoreLines.number(score.deductions()),
                l.text("assessmentScoreSheet.adjustments"), words.adjustments(e),
                l.text("assessmentScoreSheet.vetoes"), words.vetoes(score),
                l.text("assessmentScoreSheet.total"), ScoreLines.number(score.total()),
                l.text("assessmentScoreSheet.grade"), words.grade(score.grade()),
                l.text("assessmentScoreSheet.rank"), a.rank() == null ? null : String.valueOf(a.rank())));
        Pdf.section(doc, l.text("assessmentScoreSheet.signatures"), f.heading());
        String reviewers = ScoreLines.latest(e, AssessmentValue.Kind.REVIEW).values().stream().map(AssessmentView.ValueEntry::setBy)
                .distinct().collect(Collectors.joining("、"));
        doc.add(Pdf.table(f.body(),
                l.text("assessmentScoreSheet.reviewers"), reviewers,
                l.text("assessmentScoreSheet.groupLead"), "________________",
                l.text("assessmentScoreSheet.signedOn"), "________________"));
    }

    /** 评分标准: the deduction rules, the checklist items with their points, the metric and its mapping, or the scorer. */
    private static String criteria(Indicator i, ScoreLines words) {
        return switch (i.method()) {
            case MANUAL_DEDUCT -> i.deductionRulesOrEmpty().stream().map(SchemeDefinition.DeductionRule::when).collect(Collectors.joining("；"));
            case CHECKLIST -> i.checklistOrEmpty().stream().map(c -> c.text() + "（" + ScoreLines.number(c.points()) + "）")
                    .collect(Collectors.joining("；"));
            case AUTO_METRIC -> words.metric(i.metricCode());
            case DEPARTMENT_SCORED -> words.method(i.method());
        };
    }

    private static String time(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(Times.ZONE).format(MINUTE);
    }
}

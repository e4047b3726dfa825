package cn.redline.drill;

import cn.redline.org.Org;
import cn.redline.platform.Labels;
import cn.redline.platform.Pdf;
import cn.redline.platform.Times;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The drill evaluation report (演练评估报告, §3.6 item 5) as PDF, in the sections of GB/T 46792 annex E: cover, 基本情况,
 * 评估组织与方法, 准备/实施评估结果, 问题及原因, 改进建议, 结论, and the evaluation form as an annex. Written for an
 * official: labels from the catalog and names, never enum codes, item codes or internal ids.
 */
@ApplicationScoped
public class EvaluationReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    Drills drills;

    @Inject
    DrillEvaluations evaluations;

    @Inject
    DrillFindings findings;

    @Inject
    EntityManager em;

    @Inject
    Pdf pdf;

    public byte[] render(UUID drillId, Labels l) {
        Drill d = drills.visible(drillId);
        DrillEvaluation e = evaluations.existing(d);
        EvaluationTemplate t = evaluations.template(e);
        Org org = em.find(Org.class, d.orgId);
        DrillEvaluations.Scores scores = DrillEvaluations.scores(e, t.definition);
        boolean en = Labels.EN.equals(l.language());
        BaseFont base = pdf.font();
        Font title = new Font(base, 20, Font.BOLD);
        Font heading = new Font(base, 13, Font.BOLD);
        Font bold = new Font(base, 9, Font.BOLD);
        Font body = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 44, 44);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(l.text("drillEvaluationReport.title"));
            doc.open();
            cover(doc, d, e, org, l, title, heading);
            doc.newPage();
            Pdf.section(doc, l.text("drillEvaluationReport.basics"), heading);
            doc.add(Pdf.table(body,
                    l.text("drillEvaluationReport.drill"), d.title,
                    l.text("drillEvaluationReport.organiser"), org.name,
                    l.text("drillEvaluationReport.form"), l.of(d.form) + "　" + l.of(d.scope)
                            + (d.purpose == null ? "" : "　" + l.of(d.purpose)),
                    l.text("drillEvaluationReport.heldOn"), d.conductedOn == null ? null : d.conductedOn.toString(),
                    l.text("drillEvaluationReport.time"), span(d.actualStart, d.actualEnd),
                    l.text("drillEvaluationReport.scenario"), d.scenario == null ? null : scenario(d.scenario),
                    l.text("drillEvaluationReport.plans"), String.join("；", d.plans.stream().map(p -> p.title).toList()),
                    l.text("drillEvaluationReport.headcount"), d.actualHeadcount == null ? null : String.valueOf(d.actualHeadcount),
                    l.text("drillEvaluationReport.status"), l.of(d.status) + (d.terminationReason == null ? ""
                            : "（" + l.of(d.terminationReason) + "）")));

            Pdf.section(doc, l.text("drillEvaluationReport.organisation"), heading);
            PdfPTable team = Pdf.grid(bold, new float[] {2f, 4f, 2f, 1.5f}, List.of(l.text("drillEvaluationReport.member"),
                    l.text("drillEvaluationReport.memberOrg"), l.text("drillEvaluationReport.memberKind"),
                    l.text("drillEvaluationReport.lead")));
            for (EvaluationInput.Evaluator m : e.team) {
                Pdf.row(team, body, m.name(), m.org(), l.of(m.kind()), m.lead() ? l.text("drillEvaluationReport.yes") : "");
            }
            doc.add(team);
            doc.add(new Paragraph(l.text("drillEvaluationReport.method", Map.of("template", t.title, "version", t.version,
                    "citation", t.citation)), body));
            if (e.debrief != null) {
                Pdf.section(doc, l.text("drillEvaluationReport.debrief"), bold);
                doc.add(new Paragraph(e.debrief, body));
            }
            if (!e.selfAssessments.isEmpty()) {
                Pdf.section(doc, l.text("drillEvaluationReport.selfAssessments"), bold);
                PdfPTable self = Pdf.grid(bold, new float[] {1.5f, 2f, 6f}, List.of(l.text("drillEvaluationReport.member"),
                        l.text("drillEvaluationReport.role"), l.text("drillEvaluationReport.account")));
                e.selfAssessments.forEach(s -> Pdf.row(self, body, s.name(), s.role(), s.text()));
                doc.add(self);
            }

            for (DrillEvaluationDimension dim : DrillEvaluationDimension.values()) {
                Pdf.section(doc, l.text("drillEvaluationReport.results." + dim.name()), heading);
                BigDecimal score = dim == DrillEvaluationDimension.PREPARATION ? scores.preparation() : scores.execution();
                doc.add(new Paragraph(l.text("drillEvaluationReport.dimensionScore", Map.of("score", number(score))), body));
                PdfPTable groups = Pdf.grid(bold, new float[] {4f, 2f, 2f}, List.of(l.text("drillEvaluationReport.group"),
                        l.text("drillEvaluationReport.earned"), l.text("drillEvaluationReport.possible")));
                for (EvaluationTemplateDefinition.Group g : t.definition.groups()) {
                    if (g.dimension() == dim) {
                        BigDecimal[] sum = groupSum(e, t.definition, g.code());
                        Pdf.row(groups, body, en && g.titleEn() != null ? g.titleEn() : g.title(), number(sum[0]), number(sum[1]));
                    }
                }
                doc.add(groups);
            }

            List<DrillFinding> found = findings.ofDrill(d.id);
            Pdf.section(doc, l.text("drillEvaluationReport.problems"), heading);
            PdfPTable problems = Pdf.grid(bold, new float[] {0.8f, 1.6f, 1.4f, 4f, 3.5f}, List.of(l.text("drillEvaluationReport.no"),
                    l.text("drillEvaluationReport.category"), l.text("drillEvaluationReport.severity"),
                    l.text("drillEvaluationReport.problem"), l.text("drillEvaluationReport.cause")));
            found.forEach(f -> Pdf.row(problems, body, String.valueOf(f.number), l.of(f.category), l.of(f.severity),
                    f.description, f.cause));
            doc.add(found.isEmpty() ? new Paragraph(l.text("drillEvaluationReport.none"), body) : problems);

            Pdf.section(doc, l.text("drillEvaluationReport.recommendations"), heading);
            PdfPTable recs = Pdf.grid(bold, new float[] {0.8f, 4f, 1.8f, 2.6f, 1.8f, 1.6f}, List.of(l.text("drillEvaluationReport.no"),
                    l.text("drillEvaluationReport.recommendation"), l.text("drillEvaluationReport.actionKind"),
                    l.text("drillEvaluationReport.owner"), l.text("drillEvaluationReport.deadline"),
                    l.text("drillEvaluationReport.findingStatus")));
            for (DrillFinding f : found) {
                Org owner = f.ownerOrgId == null ? null : em.find(Org.class, f.ownerOrgId);
                String who = (owner == null ? "" : owner.name) + (f.ownerPerson == null ? "" : "　" + f.ownerPerson);
                Pdf.row(recs, body, String.valueOf(f.number), f.recommendation, f.actionKind == null ? null : l.of(f.actionKind),
                        who.strip(), f.deadline == null ? null : f.deadline.toString(), l.of(f.status));
            }
            doc.add(found.isEmpty() ? new Paragraph(l.text("drillEvaluationReport.none"), body) : recs);

            Pdf.section(doc, l.text("drillEvaluationReport.conclusion"), heading);
            EvaluationTemplateDefinition.GradeBand band = scores.total() == null ? null : t.definition.band(scores.total());
            doc.add(Pdf.table(body,
                    l.text("drillEvaluationReport.conclusion"), e.conclusion == null ? null : l.of(e.conclusion),
                    l.text("drillEvaluationReport.total"), number(scores.total()),
                    l.text("drillEvaluationReport.grade"), band == null ? null : en && band.titleEn() != null ? band.titleEn() : band.title(),
                    l.text("drillEvaluationReport.strengths"), e.strengths,
                    l.text("drillEvaluationReport.signedBy"), e.signedBy,
                    l.text("drillEvaluationReport.signedAt"), e.signedAt == null ? l.text("drillEvaluationReport.draft")
                            : e.signedAt.atZoneSameInstant(Times.ZONE).format(DAY)));

            doc.newPage();
            Pdf.section(doc, l.text("drillEvaluationReport.annex"), heading);
            Map<String, EvaluationInput.Answer> answers = new HashMap<>();
            e.answers.forEach(a -> answers.put(a.code(), a));
            PdfPTable form = Pdf.grid(bold, new float[] {0.7f, 2f, 5f, 1.2f, 1.2f, 1.4f, 3f}, List.of(
                    l.text("drillEvaluationReport.no"), l.text("drillEvaluationReport.group"), l.text("drillEvaluationReport.item"),
                    l.text("drillEvaluationReport.methodColumn"), l.text("drillEvaluationReport.possible"),
                    l.text("drillEvaluationReport.result"), l.text("drillEvaluationReport.note")));
            int n = 0;
            for (EvaluationTemplateDefinition.Item item : t.definition.items()) {
                EvaluationTemplateDefinition.Group g = t.definition.group(item.group());
                EvaluationInput.Answer a = answers.get(item.code());
                String result = a == null ? l.text("drillEvaluationReport.unanswered")
                        : a.result() != null ? l.of(a.result()) : number(a.score());
                Pdf.row(form, body, String.valueOf(++n), g == null ? null : en && g.titleEn() != null ? g.titleEn() : g.title(),
                        en && item.textEn() != null ? item.textEn() : item.text(), l.of(item.method()), number(item.weight()),
                        result, a == null ? null : a.note());
            }
            doc.add(form);
            doc.close();
        } catch (DocumentException ex) {
            throw new IllegalStateException("Cannot write the drill evaluation report", ex);
        }
        return out.toByteArray();
    }

    private static void cover(Document doc, Drill d, DrillEvaluation e, Org org, Labels l, Font title, Font heading)
            throws DocumentException {
        Paragraph space = new Paragraph(" ");
        space.setSpacingBefore(140);
        doc.add(space);
        Paragraph name = new Paragraph(d.title, heading);
        name.setAlignment(Element.ALIGN_CENTER);
        doc.add(name);
        Paragraph t = new Paragraph(l.text("drillEvaluationReport.title") + (e.signedAt == null
                ? "（" + l.text("drillEvaluationReport.draft") + "）" : ""), title);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(16);
        t.setSpacingAfter(120);
        doc.add(t);
        String lead = e.team.stream().filter(EvaluationInput.Evaluator::lead).map(m -> m.org() == null ? m.name() : m.org())
                .findFirst().orElse(null);
        for (String line : new String[] {l.text("drillEvaluationReport.organiser") + "：" + org.name,
                l.text("drillEvaluationReport.evaluator") + "：" + (lead == null ? "—" : lead),
                l.text("drillEvaluationReport.date") + "：" + (e.signedAt == null ? "—"
                        : e.signedAt.atZoneSameInstant(Times.ZONE).format(DAY))}) {
            Paragraph p = new Paragraph(line, heading);
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
        }
    }

    private static BigDecimal[] groupSum(DrillEvaluation e, EvaluationTemplateDefinition def, String group) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (EvaluationInput.Answer a : e.answers) {
            EvaluationTemplateDefinition.Item item = def.item(a.code());
            if (item == null || !item.group().equals(group) || a.result() == DrillEvaluationResult.NA) {
                continue;
            }
            possible = possible.add(item.weight());
            earned = earned.add(item.method() == DrillEvaluationMethod.SCORED ? a.score()
                    : a.result() == DrillEvaluationResult.YES ? item.weight() : BigDecimal.ZERO);
        }
        return new BigDecimal[] {earned, possible};
    }

    private static String scenario(DrillScenario s) {
        return String.join("；", java.util.stream.Stream.of(s.eventType(), s.place()).filter(x -> x != null && !x.isBlank()).toList());
    }

    private static String span(OffsetDateTime from, OffsetDateTime to) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return from == null ? null : from.atZoneSameInstant(Times.ZONE).format(f)
                + (to == null ? "" : " — " + to.atZoneSameInstant(Times.ZONE).format(f));
    }

    private static String number(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }
}

package cn.redline.drill;

import cn.redline.org.Org;
import cn.redline.platform.Labels;
import cn.redline.platform.Pdf;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
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
        return cn.redline.platform.PdfReports.render(pdf.font(), l.text("drillEvaluationReport.title"), (doc, f) -> {
            String lead = e.team.stream().filter(EvaluationInput.Evaluator::lead).map(m -> m.org() == null ? m.name() : m.org())
                    .findFirst().orElse(null);
            DrillPdf.cover(doc, f, d.title, l.text("drillEvaluationReport.title") + (e.signedAt == null
                    ? "（" + l.text("drillEvaluationReport.draft") + "）" : ""), List.of(
                    l.text("drillEvaluationReport.organiser") + "：" + org.name,
                    l.text("drillEvaluationReport.evaluator") + "：" + (lead == null ? "—" : lead),
                    l.text("drillEvaluationReport.date") + "：" + (e.signedAt == null ? "—" : DrillPdf.day(e.signedAt))));
            doc.newPage();
            Pdf.section(doc, l.text("drillEvaluationReport.basics"), f.heading());
            doc.add(Pdf.table(f.body(),
                    l.text("drillEvaluationReport.drill"), d.title,
                    l.text("drillEvaluationReport.organiser"), org.name,
                    l.text("drillEvaluationReport.form"), DrillPdf.classes(d, l),
                    l.text("drillEvaluationReport.heldOn"), d.conductedOn == null ? null : d.conductedOn.toString(),
                    l.text("drillEvaluationReport.time"), DrillPdf.span(d.actualStart, d.actualEnd),
                    l.text("drillEvaluationReport.scenario"), DrillPdf.scenario(d.scenario),
                    l.text("drillEvaluationReport.plans"), DrillPdf.joined(d.plans.stream(), p -> p.title),
                    l.text("drillEvaluationReport.headcount"), d.actualHeadcount == null ? null : String.valueOf(d.actualHeadcount),
                    l.text("drillEvaluationReport.status"), DrillPdf.status(d, l)));

            Pdf.section(doc, l.text("drillEvaluationReport.organisation"), f.heading());
            doc.add(team(e, l, f));
            doc.add(new Paragraph(l.text("drillEvaluationReport.method", Map.of("template", t.title, "version", t.version,
                    "citation", t.citation)), f.body()));
            debrief(doc, e, l, f);

            for (DrillEvaluationDimension dim : DrillEvaluationDimension.values()) {
                Pdf.section(doc, l.text("drillEvaluationReport.results." + dim.name()), f.heading());
                BigDecimal score = dim == DrillEvaluationDimension.PREPARATION ? scores.preparation() : scores.execution();
                doc.add(new Paragraph(l.text("drillEvaluationReport.dimensionScore", Map.of("score", DrillPdf.number(score))), f.body()));
                PdfPTable groups = Pdf.grid(f.bold(), new float[] {4f, 2f, 2f}, List.of(l.text("drillEvaluationReport.group"),
                        l.text("drillEvaluationReport.earned"), l.text("drillEvaluationReport.possible")));
                for (EvaluationTemplateDefinition.Group g : t.definition.groups()) {
                    if (g.dimension() == dim) {
                        BigDecimal[] sum = groupSum(e, t.definition, g.code());
                        Pdf.row(groups, f.body(), en && g.titleEn() != null ? g.titleEn() : g.title(), DrillPdf.number(sum[0]),
                                DrillPdf.number(sum[1]));
                    }
                }
                doc.add(groups);
            }

            List<DrillFinding> found = findings.ofDrill(d.id);
            Pdf.section(doc, l.text("drillEvaluationReport.problems"), f.heading());
            DrillPdf.problems(doc, f, l, found);
            Pdf.section(doc, l.text("drillEvaluationReport.recommendations"), f.heading());
            DrillPdf.recommendations(doc, f, l, found, em);

            Pdf.section(doc, l.text("drillEvaluationReport.conclusion"), f.heading());
            EvaluationTemplateDefinition.GradeBand band = scores.total() == null ? null : t.definition.band(scores.total());
            doc.add(Pdf.table(f.body(),
                    l.text("drillEvaluationReport.conclusion"), e.conclusion == null ? null : l.of(e.conclusion),
                    l.text("drillEvaluationReport.total"), DrillPdf.number(scores.total()),
                    l.text("drillEvaluationReport.grade"), band == null ? null : en && band.titleEn() != null ? band.titleEn() : band.title(),
                    l.text("drillEvaluationReport.strengths"), e.strengths,
                    l.text("drillEvaluationReport.signedBy"), e.signedBy,
                    l.text("drillEvaluationReport.signedAt"), e.signedAt == null ? l.text("drillEvaluationReport.draft")
                            : DrillPdf.day(e.signedAt)));

            doc.newPage();
            Pdf.section(doc, l.text("drillEvaluationReport.annex"), f.heading());
            Map<String, EvaluationInput.Answer> answers = new HashMap<>();
            e.answers.forEach(a -> answers.put(a.code(), a));
            PdfPTable form = Pdf.grid(f.bold(), new float[] {0.7f, 2f, 5f, 1.2f, 1.2f, 1.4f, 3f}, List.of(
                    l.text("drillEvaluationReport.no"), l.text("drillEvaluationReport.group"), l.text("drillEvaluationReport.item"),
                    l.text("drillEvaluationReport.methodColumn"), l.text("drillEvaluationReport.possible"),
                    l.text("drillEvaluationReport.result"), l.text("drillEvaluationReport.note")));
            int n = 0;
            for (EvaluationTemplateDefinition.Item item : t.definition.items()) {
                EvaluationTemplateDefinition.Group g = t.definition.group(item.group());
                EvaluationInput.Answer a = answers.get(item.code());
                String result = a == null ? l.text("drillEvaluationReport.unanswered")
                        : a.result() != null ? l.of(a.result()) : DrillPdf.number(a.score());
                Pdf.row(form, f.body(), String.valueOf(++n), g == null ? null : en && g.titleEn() != null ? g.titleEn() : g.title(),
                        en && item.textEn() != null ? item.textEn() : item.text(), l.of(item.method()),
                        DrillPdf.number(item.weight()), result, a == null ? null : a.note());
            }
            doc.add(form);
        });
    }

    /** The evaluation team: member, org, internal or third party, lead. */
    static PdfPTable team(DrillEvaluation e, Labels l, cn.redline.platform.PdfReports.Fonts f) {
        PdfPTable team = Pdf.grid(f.bold(), new float[] {2f, 4f, 2f, 1.5f}, List.of(l.text("drillEvaluationReport.member"),
                l.text("drillEvaluationReport.memberOrg"), l.text("drillEvaluationReport.memberKind"),
                l.text("drillEvaluationReport.lead")));
        for (EvaluationInput.Evaluator m : e.team) {
            Pdf.row(team, f.body(), m.name(), m.org(), l.of(m.kind()), m.lead() ? l.text("drillEvaluationReport.yes") : "");
        }
        return team;
    }

    /** The on-site debrief (现场点评) and the participants' self-assessments, where there are. */
    static void debrief(Document doc, DrillEvaluation e, Labels l, cn.redline.platform.PdfReports.Fonts f) throws DocumentException {
        if (e.debrief != null) {
            Pdf.section(doc, l.text("drillEvaluationReport.debrief"), f.bold());
            doc.add(new Paragraph(e.debrief, f.body()));
        }
        if (!e.selfAssessments.isEmpty()) {
            Pdf.section(doc, l.text("drillEvaluationReport.selfAssessments"), f.bold());
            PdfPTable self = Pdf.grid(f.bold(), new float[] {1.5f, 2f, 6f}, List.of(l.text("drillEvaluationReport.member"),
                    l.text("drillEvaluationReport.role"), l.text("drillEvaluationReport.account")));
            e.selfAssessments.forEach(s -> Pdf.row(self, f.body(), s.name(), s.role(), s.text()));
            doc.add(self);
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
}

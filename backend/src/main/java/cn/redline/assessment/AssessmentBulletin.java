package cn.redline.assessment;

import cn.redline.accountability.AccountabilityAction;
import cn.redline.accountability.AccountabilityStatus;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Labels;
import cn.redline.platform.Pdf;
import cn.redline.platform.PdfReports;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Times;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The results of a scheme as a 通报 PDF (§4.5 item 3; LRR ch.3, GB64): the preliminary results (公示, with the objection
 * window) once proposed, the final 结果通报 (with its 文号) once published; per target group the targets by rank with
 * total, grade and vetoes, and the count per grade. PUBLIC is what is published: units, ranks, grades, vetoes and, in the
 * final one, the consequences by kind, no reasons and no personal names. INTERNAL is the issuing side's: besides, each
 * target's deductions with their reasons, its bonuses, who vetoed, and the accountability actions with the persons they
 * address. Words only.
 */
@ApplicationScoped
public class AssessmentBulletin {

    @Schema(name = "AssessmentBulletinVariant")
    public enum Variant { PUBLIC, INTERNAL }

    @Schema(name = "AssessmentBulletinStage")
    public enum Stage { PRELIMINARY, FINAL }

    private static final Set<SchemeStatus> PROPOSED = EnumSet.of(SchemeStatus.PRELIMINARY, SchemeStatus.APPROVED,
            SchemeStatus.RESULTS_PUBLISHED, SchemeStatus.CLOSED);
    private static final Set<SchemeStatus> PUBLISHED = EnumSet.of(SchemeStatus.RESULTS_PUBLISHED, SchemeStatus.CLOSED);

    @Inject
    Schemes schemes;

    @Inject
    Assessments assessments;

    @Inject
    OrgRepository orgs;

    @Inject
    EntityManager em;

    @Inject
    Pdf pdf;

    /** The file name: the scheme's title and the bulletin's kind. */
    String fileName(UUID schemeId, Stage stage, Labels l) {
        return schemes.visible(schemeId).title + l.text("assessmentBulletin.title." + stage.name()) + ".pdf";
    }

    public byte[] render(UUID schemeId, Variant variant, Stage stage, Labels l) {
        AssessmentScheme s = schemes.visible(schemeId);
        if (!(stage == Stage.FINAL ? PUBLISHED : PROPOSED).contains(s.status)) {
            throw ProblemException.conflict(stage == Stage.FINAL ? "The results of this scheme are not published yet"
                    : "The results of this scheme are not proposed yet");
        }
        boolean internal = variant == Variant.INTERNAL;
        if (internal && !schemes.onIssuingSide(s)) {
            throw ProblemException.forbidden("The internal 通报 is the issuing side's");
        }
        List<Assessment> all = em.createQuery("from Assessment where schemeId = :s order by groupCode, rankInGroup nulls last, id",
                Assessment.class).setParameter("s", s.id).getResultList();
        Map<UUID, String> names = new LinkedHashMap<>();
        all.forEach(a -> names.put(a.targetOrgId, orgs.findById(a.targetOrgId).name));
        Map<UUID, AssessmentView.Explained> explained = new LinkedHashMap<>();
        if (internal) {
            all.forEach(a -> explained.put(a.id, assessments.explain(a.id)));
        }
        Map<UUID, List<AccountabilityAction>> actions = stage == Stage.FINAL ? actions(all) : Map.of();
        ScoreLines words = new ScoreLines(s, l);
        Org issuer = orgs.findById(s.issuerOrgId);
        String title = s.title + l.text("assessmentBulletin.title." + stage.name());
        return PdfReports.render(pdf.font(), title, (doc, f) -> {
            Paragraph head = new Paragraph(title, f.title());
            head.setAlignment(Element.ALIGN_CENTER);
            doc.add(head);
            Paragraph sub = new Paragraph(ScoreLines.joined(stage == Stage.FINAL && s.resultsDocNumber != null ? s.resultsDocNumber : null,
                    internal ? l.text("assessmentBulletin.internal") : null), f.heading());
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            doc.add(sub);
            doc.add(new Paragraph(l.text("assessmentBulletin.intro." + stage.name(), Map.of("scheme", s.title,
                    "docNumber", s.docNumber == null ? "—" : s.docNumber, "period", words.period())), f.body()));
            if (stage == Stage.PRELIMINARY && s.objectionDue != null) {
                doc.add(new Paragraph(l.text("assessmentBulletin.objections", Map.of("due", l.date(s.objectionDue))), f.body()));
            }
            for (SchemeDefinition.TargetGroup g : s.definition.targetGroups()) {
                List<Assessment> members = all.stream().filter(a -> a.groupCode.equals(g.code())).toList();
                if (members.isEmpty()) {
                    continue;
                }
                Pdf.section(doc, words.group(g.code()) + l.text("assessmentBulletin.count", Map.of("count", members.size())), f.heading());
                PdfPTable t = Pdf.grid(f.bold(), new float[] {0.8f, 4f, 1.2f, 1.2f, 3f}, List.of(l.text("assessmentBulletin.rank"),
                        l.text("assessmentBulletin.unit"), l.text("assessmentBulletin.total"), l.text("assessmentBulletin.grade"),
                        l.text("assessmentBulletin.veto")));
                for (Assessment a : members) {
                    String veto = internal ? words.vetoes(explained.get(a.id).score())
                            : a.awardBar ? vetoNames(words, a) : null;
                    Pdf.row(t, f.body(), a.rankInGroup == null ? null : String.valueOf(a.rankInGroup), names.get(a.targetOrgId),
                            ScoreLines.number(a.total), words.grade(a.grade), veto);
                }
                doc.add(t);
                doc.add(new Paragraph(grades(s, members, words, l), f.body()));
            }
            if (internal) {
                deductions(doc, f, l, words, all, names, explained);
            }
            if (stage == Stage.FINAL) {
                consequences(doc, f, l, all, names, actions, internal);
            }
            OffsetDateTime on = published(s, stage);
            PdfReports.signature(doc, f, issuer.name, on == null ? "" : l.date(on.atZoneSameInstant(Times.ZONE).toLocalDate()));
        });
    }

    /** The public names of a target's vetoes: the scheme's rule names (the reason stays internal). */
    private String vetoNames(ScoreLines words, Assessment a) {
        AssessmentScheme s = em.find(AssessmentScheme.class, a.schemeId);
        return words.vetoes(assessments.scored(a, s));
    }

    /** 优秀 3个、良好 2个 … in the scheme's band order. */
    private static String grades(AssessmentScheme s, List<Assessment> members, ScoreLines words, Labels l) {
        List<String> parts = new ArrayList<>();
        for (SchemeDefinition.GradeBand b : SchemeCheck.bandsDescending(s.definition)) {
            long n = members.stream().filter(a -> b.code().equals(a.grade)).count();
            parts.add(l.text("assessmentBulletin.gradeCount", Map.of("grade", words.grade(b.code()), "count", n)));
        }
        return String.join("，", parts);
    }

    /** INTERNAL: per target its lost points with their reasons, its bonuses and deductions, who vetoed it. */
    private static void deductions(Document doc, PdfReports.Fonts f, Labels l, ScoreLines words, List<Assessment> all,
                                   Map<UUID, String> names, Map<UUID, AssessmentView.Explained> explained) throws DocumentException {
        Pdf.section(doc, l.text("assessmentBulletin.deductions"), f.heading());
        PdfPTable t = Pdf.grid(f.bold(), new float[] {3f, 3f, 1.1f, 4.5f, 1.6f}, List.of(l.text("assessmentBulletin.unit"),
                l.text("assessmentBulletin.indicator"), l.text("assessmentBulletin.lost"), l.text("assessmentBulletin.reason"),
                l.text("assessmentBulletin.setBy")));
        int rows = 0;
        for (Assessment a : all) {
            AssessmentView.Explained e = explained.get(a.id);
            for (ScoreLines.Line x : words.lines(e)) {
                if (x.lost().signum() > 0) {
                    Pdf.row(t, f.body(), names.get(a.targetOrgId), words.indicatorPath(x.indicator()), ScoreLines.number(x.lost()), x.why(),
                            x.setBy());
                    rows++;
                }
            }
            for (AssessmentView.ValueEntry v : ScoreLines.latest(e, AssessmentValue.Kind.ADJUSTMENT).values()) {
                Pdf.row(t, f.body(), names.get(a.targetOrgId), words.subject(v), null, ScoreLines.joined(words.content(v), v.reason()), v.setBy());
                rows++;
            }
            for (AssessmentView.ValueEntry v : ScoreLines.latest(e, AssessmentValue.Kind.VETO).values()) {
                Pdf.row(t, f.body(), names.get(a.targetOrgId), words.subject(v), null, ScoreLines.joined(words.content(v), v.reason()), v.setBy());
                rows++;
            }
        }
        doc.add(rows == 0 ? new Paragraph(l.text("assessmentBulletin.none"), f.body()) : t);
    }

    /** FINAL: the accountability actions the results set off (not withdrawn); addressees by name only internally. */
    private static void consequences(Document doc, PdfReports.Fonts f, Labels l, List<Assessment> all, Map<UUID, String> names,
                                     Map<UUID, List<AccountabilityAction>> actions, boolean internal) throws DocumentException {
        Pdf.section(doc, l.text("assessmentBulletin.consequences"), f.heading());
        PdfPTable t = internal
                ? Pdf.grid(f.bold(), new float[] {3f, 1.5f, 3f, 4f, 1.5f}, List.of(l.text("assessmentBulletin.unit"),
                        l.text("assessmentBulletin.action"), l.text("assessmentBulletin.persons"), l.text("assessmentBulletin.reason"),
                        l.text("assessmentBulletin.due")))
                : Pdf.grid(f.bold(), new float[] {4f, 4f}, List.of(l.text("assessmentBulletin.unit"), l.text("assessmentBulletin.action")));
        int rows = 0;
        for (Assessment a : all) {
            for (AccountabilityAction x : actions.getOrDefault(a.id, List.of())) {
                if (internal) {
                    Pdf.row(t, f.body(), names.get(a.targetOrgId), l.of(x.type), x.targetPersons.stream()
                                    .map(p -> p.postTitle() == null ? p.name() : p.name() + "（" + p.postTitle() + "）").collect(Collectors.joining("；")),
                            x.reason, l.date(x.dueOn));
                } else {
                    Pdf.row(t, f.body(), names.get(a.targetOrgId), l.of(x.type));
                }
                rows++;
            }
        }
        doc.add(rows == 0 ? new Paragraph(l.text("assessmentBulletin.none"), f.body()) : t);
    }

    /** The actions the scheme's consequence rules proposed per assessment, not withdrawn, oldest first. */
    private Map<UUID, List<AccountabilityAction>> actions(List<Assessment> all) {
        Map<UUID, List<AccountabilityAction>> out = new LinkedHashMap<>();
        for (Assessment a : all) {
            out.put(a.id, em.createQuery("from AccountabilityAction where ruleKey like :k and status <> :withdrawn order by createdAt, code",
                            AccountabilityAction.class).setParameter("k", "ASSESSMENT:%:" + a.id)
                    .setParameter("withdrawn", AccountabilityStatus.WITHDRAWN).getResultList());
        }
        return out;
    }

    /** When the stage was reached: the preliminary proposal or the publication of the results. */
    private OffsetDateTime published(AssessmentScheme s, Stage stage) {
        return em.createQuery("select max(e.at) from SchemeEvent e where e.schemeId = :s and e.action = :a", OffsetDateTime.class)
                .setParameter("s", s.id).setParameter("a", stage == Stage.FINAL ? "PUBLISH_RESULTS" : "PROPOSE_RESULTS")
                .getSingleResult();
    }
}

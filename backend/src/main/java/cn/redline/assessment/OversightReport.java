package cn.redline.assessment;

import cn.redline.accident.Accident;
import cn.redline.accident.ReportingIssue;
import cn.redline.accountability.AccountabilityAction;
import cn.redline.accountability.AccountabilityStatus;
import cn.redline.accountability.ActionParts;
import cn.redline.accountability.PersonFlag;
import cn.redline.org.Org;
import cn.redline.org.OrgRepository;
import cn.redline.platform.Caller;
import cn.redline.platform.Labels;
import cn.redline.platform.Pdf;
import cn.redline.platform.PdfReports;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import cn.redline.platform.Xlsx;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report to the 纪检监察机关 and the 党委组织部门 on a scheme's published results (§4.5 item 7, A12; S1 §6): the
 * grades and ranks, the accidents of the period in the targets' scopes, the vetoes, and the accountability per leader —
 * who was held accountable, the 约谈 / 通报批评 / 说明情况 / 整改方案 … addressed to them, and the award and promotion
 * bars they carry with their period. As a PDF and as an Excel workbook, for the scheme's issuing side only (as the
 * internal 通报), after the publication; every record outside the caller's scope is left out. Words only: labels and
 * names, never codes or ids.
 */
@ApplicationScoped
public class OversightReport {

    private static final Set<SchemeStatus> PUBLISHED = EnumSet.of(SchemeStatus.RESULTS_PUBLISHED, SchemeStatus.CLOSED);
    private static final String P = "oversightReport.";

    /** One target's result. */
    record Result(String group, Integer rank, String unit, BigDecimal total, String grade, String vetoes) {
    }

    /** One accident of the period in a target's scope. */
    record AccidentRow(LocalDate on, String targets, String unit, String territory, String title, String level, int deaths,
                       int seriousInjuries, BigDecimal lossWan, String liability, String reporting, String investigationDoc) {
    }

    /** A bar on a person, with its period. */
    record Bar(String kind, LocalDate from, LocalDate to) {
    }

    /** One action addressed to one person (or to the unit when no person is named), with the bars it set on that person. */
    record Held(String person, String post, String unit, String action, String title, String reason, String status, LocalDate due,
                List<Bar> bars) {

        String barsText(Labels l, String separator) {
            return bars.stream().map(b -> l.text(P + "bar", Map.of("kind", b.kind(), "from", l.date(b.from()), "to", l.date(b.to()))))
                    .collect(Collectors.joining(separator));
        }
    }

    /** Everything the report says. */
    record Content(AssessmentScheme scheme, Org issuer, ScoreLines words, LocalDate from, LocalDate to, List<Result> results,
                   List<AccidentRow> accidents, List<Held> held) {
    }

    @Inject
    Schemes schemes;

    @Inject
    Assessments assessments;

    @Inject
    OrgRepository orgs;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Pdf pdf;

    @Inject
    Clock clock;

    /** The file name without its extension: the scheme's title and the report's name. */
    String fileName(UUID schemeId, Labels l) {
        return schemes.visible(schemeId).title + l.text(P + "fileName");
    }

    /** 404 outside the caller's scope, 403 off the issuing side, 409 before the results are published. */
    Content content(UUID schemeId, Labels l) {
        AssessmentScheme s = schemes.visible(schemeId);
        if (!schemes.onIssuingSide(s)) {
            throw ProblemException.forbidden("The report to the discipline inspection and organization departments is the issuing side's");
        }
        if (!PUBLISHED.contains(s.status)) {
            throw ProblemException.conflict("The results of this scheme are not published yet");
        }
        ScoreLines words = new ScoreLines(s, l);
        List<Assessment> all = em.createQuery("from Assessment where schemeId = :s order by groupCode, rankInGroup nulls last, id",
                Assessment.class).setParameter("s", s.id).getResultList();
        Map<UUID, Org> targets = new LinkedHashMap<>();
        all.forEach(a -> targets.put(a.targetOrgId, orgs.findById(a.targetOrgId)));
        List<Result> results = all.stream().map(a -> new Result(words.group(a.groupCode), a.rankInGroup, targets.get(a.targetOrgId).name,
                a.total, words.grade(a.grade), a.awardBar ? words.vetoes(assessments.scored(a, s)) : null)).toList();
        LocalDate from = MetricSnapshots.from(s);
        LocalDate to = s.cutoff();
        List<Accident> accidents = accidents(targets.values(), from, to);
        Set<UUID> facts = new HashSet<>();
        all.forEach(a -> facts.add(a.id));
        accidents.forEach(a -> facts.add(a.id));
        List<Held> held = held(all, targets.keySet(), accidents, facts, from, to, l);
        return new Content(s, orgs.findById(s.issuerOrgId), words, from, to, results, rows(accidents, targets.values(), l), held);
    }

    // --- the facts -------------------------------------------------------------------------------------------------

    /** The accidents of [from, to] in the caller's scope that fall in a target's scope (§4.4), oldest first. */
    private List<Accident> accidents(java.util.Collection<Org> targets, LocalDate from, LocalDate to) {
        Scope.Filter scope = caller.scope().where("x.scopePath", "x.industry");
        TypedQuery<Accident> q = em.createQuery("from Accident x where x.occurredOn >= :from and x.occurredOn <= :to and " + scope.hql()
                + " order by x.occurredOn, x.code", Accident.class).setParameter("from", from).setParameter("to", to);
        scope.params().forEach(q::setParameter);
        List<TargetScope> scopes = targets.stream().map(this::scopeOf).toList();
        return q.getResultList().stream().filter(a -> scopes.stream().anyMatch(t -> t.covers(a.scopePath, a.industry))).toList();
    }

    private TargetScope scopeOf(Org target) {
        return TargetScope.of(target, target.parentId == null ? null : orgs.findById(target.parentId));
    }

    private List<AccidentRow> rows(List<Accident> accidents, java.util.Collection<Org> targets, Labels l) {
        Map<UUID, TargetScope> scopes = new LinkedHashMap<>();
        targets.forEach(t -> scopes.put(t.id, scopeOf(t)));
        Map<UUID, String> names = new HashMap<>();
        targets.forEach(t -> names.put(t.id, t.name));
        Function<UUID, String> name = id -> id == null ? null : names.computeIfAbsent(id, k -> orgs.findById(k).name);
        return accidents.stream().map(a -> new AccidentRow(a.occurredOn,
                scopes.entrySet().stream().filter(e -> e.getValue().covers(a.scopePath, a.industry)).map(e -> names.get(e.getKey()))
                        .collect(Collectors.joining("、")),
                a.enterpriseId == null ? name.apply(a.territoryId) : name.apply(a.enterpriseId), name.apply(a.territoryId), a.title,
                l.of(a.level), a.deaths, a.seriousInjuries,
                a.directLossYuan == null ? null : a.directLossYuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).stripTrailingZeros(),
                l.text(P + "liability." + (a.liability == null ? "pending" : a.liability ? "yes" : "no")),
                a.reportingIssues == null || a.reportingIssues.isEmpty() ? l.text(P + "reportedDuly")
                        : a.reportingIssues.stream().map(i -> l.of(ReportingIssue.valueOf(i))).collect(Collectors.joining("、")),
                a.investigationDoc)).toList();
    }

    /**
     * The accountability actions (not withdrawn) in the caller's scope that rest on this scheme: proposed by its
     * consequence rules, by the accidents of the period, resting on its assessments or accidents as facts, or addressed
     * to a target during the period; one row per person they address (or one for the unit), with that person's bars.
     */
    private List<Held> held(List<Assessment> all, Set<UUID> targets, List<Accident> accidents, Set<UUID> facts, LocalDate from,
                            LocalDate to, Labels l) {
        Set<String> keys = new HashSet<>();
        all.forEach(a -> keys.add(":" + a.id));
        Set<String> accidentKeys = new HashSet<>();
        accidents.forEach(a -> accidentKeys.add("ACCIDENT:" + a.id));
        accidentKeys.add("-");
        Scope.Filter scope = caller.scope().where("o");
        TypedQuery<AccountabilityAction> q = em.createQuery("select a from AccountabilityAction a, Org o where o.id = a.targetOrgId "
                + "and a.status <> :withdrawn and (a.targetOrgId in :targets or a.ruleKey in :accidents) and " + scope.hql()
                + " order by a.createdAt, a.code", AccountabilityAction.class)
                .setParameter("withdrawn", AccountabilityStatus.WITHDRAWN).setParameter("targets", targets.isEmpty() ? Set.of(UUID.randomUUID()) : targets)
                .setParameter("accidents", accidentKeys);
        scope.params().forEach(q::setParameter);
        List<AccountabilityAction> actions = q.getResultList().stream().filter(a -> {
            boolean byRule = a.ruleKey != null && (accidentKeys.contains(a.ruleKey)
                    || a.ruleKey.startsWith("ASSESSMENT:") && keys.contains(a.ruleKey.substring(a.ruleKey.lastIndexOf(':'))));
            boolean byFact = a.triggerFacts != null && a.triggerFacts.stream().anyMatch(f -> f.id() != null && facts.contains(f.id()));
            LocalDate made = a.createdAt.atZoneSameInstant(Times.ZONE).toLocalDate();
            return byRule || byFact || (!made.isBefore(from) && !made.isAfter(to));
        }).toList();
        if (actions.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PersonFlag>> flags = em.createQuery("from PersonFlag where sourceActionId in :ids order by personName, kind",
                        PersonFlag.class).setParameter("ids", actions.stream().map(a -> a.id).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(f -> f.sourceActionId));
        Map<UUID, String> units = new HashMap<>();
        LocalDate today = Times.today(clock);
        List<Held> out = new ArrayList<>();
        for (AccountabilityAction a : actions) {
            String unit = units.computeIfAbsent(a.targetOrgId, id -> orgs.findById(id).name);
            String status = l.of(a.status) + (a.status.open() && a.status != AccountabilityStatus.RESPONDED && a.dueOn != null
                    && a.dueOn.isBefore(today) ? l.text(P + "overdue") : "");
            List<ActionParts.Person> persons = a.targetPersons == null ? List.of() : a.targetPersons;
            if (persons.isEmpty()) {
                out.add(new Held(null, null, unit, l.of(a.type), a.title, a.reason, status, a.dueOn, List.of()));
            }
            for (ActionParts.Person p : persons) {
                List<Bar> bars = flags.getOrDefault(a.id, List.of()).stream()
                        .filter(f -> f.personName.equals(p.name()) && Objects.equals(f.postId, p.postId()))
                        .map(f -> new Bar(l.of(f.kind), f.fromDate, f.toDate)).toList();
                out.add(new Held(p.name(), p.postTitle(), unit, l.of(a.type), a.title, a.reason, status, a.dueOn, bars));
            }
        }
        // per leader: by unit, each person (in the order the actions name them: principals first) with every action
        // addressed to them, the unit's own actions last
        Map<String, Integer> first = new HashMap<>();
        out.forEach(h -> first.putIfAbsent(h.unit() + "/" + h.person(), first.size()));
        out.sort(Comparator.comparing(Held::unit).thenComparing(h -> h.person() == null)
                .thenComparing(h -> first.get(h.unit() + "/" + h.person())));
        return out;
    }

    // --- PDF -------------------------------------------------------------------------------------------------------

    public byte[] pdf(UUID schemeId, Labels l) {
        Content c = content(schemeId, l);
        AssessmentScheme s = c.scheme();
        String period = c.words().period();
        String title = l.text(P + "title", Map.of("period", period));
        return PdfReports.render(pdf.font(), title, (doc, f) -> {
            Paragraph head = new Paragraph(title, f.title());
            head.setAlignment(Element.ALIGN_CENTER);
            doc.add(head);
            Paragraph sub = new Paragraph(l.text(P + "internal"), f.heading());
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            doc.add(sub);
            doc.add(new Paragraph(l.text(P + "to"), f.heading()));
            Paragraph intro = new Paragraph(l.text(P + "intro", Map.of("scheme", s.title, "docNumber", dash(s.docNumber),
                    "resultsDocNumber", dash(s.resultsDocNumber), "period", period)), f.body());
            intro.setFirstLineIndent(18);
            doc.add(intro);
            Paragraph summary = new Paragraph(summary(c, l), f.body());
            summary.setFirstLineIndent(18);
            doc.add(summary);

            Pdf.section(doc, l.text(P + "results"), f.heading());
            PdfPTable results = Pdf.grid(f.bold(), new float[] {2.4f, 0.8f, 3.6f, 1f, 1.2f, 3.4f}, List.of(l.text(P + "group"),
                    l.text(P + "rank"), l.text(P + "unit"), l.text(P + "total"), l.text(P + "grade"), l.text(P + "veto")));
            for (Result r : c.results()) {
                Pdf.row(results, f.body(), r.group(), r.rank() == null ? null : String.valueOf(r.rank()), r.unit(), ScoreLines.number(r.total()),
                        r.grade(), r.vetoes());
            }
            doc.add(c.results().isEmpty() ? new Paragraph(l.text(P + "none"), f.body()) : results);

            Pdf.section(doc, l.text(P + "accidents"), f.heading());
            doc.add(new Paragraph(accidentSummary(c, l), f.body()));
            if (!c.accidents().isEmpty()) {
                PdfPTable t = Pdf.grid(f.bold(), new float[] {1.6f, 2.6f, 2.4f, 1.3f, 1.6f, 1.3f, 2.2f, 1.8f}, List.of(l.text(P + "date"),
                        l.text(P + "accidentUnit"), l.text(P + "accident"), l.text(P + "level"), l.text(P + "casualties"),
                        l.text(P + "loss"), l.text(P + "liabilityAndReporting"), l.text(P + "investigation")));
                for (AccidentRow a : c.accidents()) {
                    Pdf.row(t, f.body(), l.date(a.on()), ScoreLines.joined(a.unit(), a.targets().equals(a.unit()) ? null
                                    : l.text(P + "countedFor", Map.of("targets", a.targets()))), a.title(), a.level(),
                            l.text(P + "casualtyText", Map.of("deaths", a.deaths(), "injuries", a.seriousInjuries())),
                            a.lossWan() == null ? null : a.lossWan().toPlainString(), ScoreLines.joined(a.liability(), a.reporting()),
                            a.investigationDoc());
                }
                doc.add(t);
            }

            Pdf.section(doc, l.text(P + "vetoes"), f.heading());
            List<Result> vetoed = c.results().stream().filter(r -> r.vetoes() != null && !r.vetoes().isBlank()).toList();
            if (vetoed.isEmpty()) {
                doc.add(new Paragraph(l.text(P + "noVeto"), f.body()));
            } else {
                PdfPTable t = Pdf.grid(f.bold(), new float[] {3f, 5f, 1.5f}, List.of(l.text(P + "unit"), l.text(P + "vetoRule"),
                        l.text(P + "grade")));
                vetoed.forEach(r -> Pdf.row(t, f.body(), r.unit(), r.vetoes(), r.grade()));
                doc.add(t);
            }

            Pdf.section(doc, l.text(P + "accountability"), f.heading());
            if (c.held().isEmpty()) {
                doc.add(new Paragraph(l.text(P + "noAccountability"), f.body()));
            } else {
                PdfPTable t = Pdf.grid(f.bold(), new float[] {1.1f, 1.6f, 2.3f, 3.8f, 2.3f, 3.1f}, List.of(l.text(P + "person"),
                        l.text(P + "post"), l.text(P + "unit"), l.text(P + "action"), l.text(P + "statusAndDue"), l.text(P + "bars")));
                for (Held h : c.held()) {
                    Pdf.row(t, f.body(), h.person() == null ? l.text(P + "theUnit") : h.person(), h.post(), h.unit(),
                            h.action() + "：" + h.title(), h.due() == null ? h.status()
                                    : h.status() + "\n" + l.text(P + "dueOn", Map.of("due", l.date(h.due()))), h.barsText(l, "\n"));
                }
                doc.add(t);
            }

            PdfReports.signature(doc, f, c.issuer().name, l.date(Times.today(clock)));
        });
    }

    /** 本次考核共3个单位，优秀2个…；一票否决1个。问责事项2项，涉及领导干部1人，其中1人受到评先评优或提拔任用限制。 */
    private static String summary(Content c, Labels l) {
        List<String> grades = new ArrayList<>();
        for (SchemeDefinition.GradeBand b : SchemeCheck.bandsDescending(c.scheme().definition)) {
            long n = c.results().stream().filter(r -> b.label().equals(r.grade())).count();
            grades.add(l.text("assessmentBulletin.gradeCount", Map.of("grade", b.label(), "count", n)));
        }
        long vetoed = c.results().stream().filter(r -> r.vetoes() != null && !r.vetoes().isBlank()).count();
        Set<String> persons = c.held().stream().filter(h -> h.person() != null).map(h -> h.person() + "/" + h.unit()).collect(Collectors.toSet());
        Set<String> barred = c.held().stream().filter(h -> h.person() != null && !h.bars().isEmpty()).map(h -> h.person() + "/" + h.unit())
                .collect(Collectors.toSet());
        long actions = c.held().stream().map(h -> h.unit() + "/" + h.action() + "/" + h.title()).distinct().count();
        return l.text(P + "summary", Map.of("count", c.results().size(), "grades", String.join("，", grades), "vetoed", vetoed,
                "actions", actions, "persons", persons.size(), "barred", barred.size()));
    }

    private static String accidentSummary(Content c, Labels l) {
        if (c.accidents().isEmpty()) {
            return l.text(P + "noAccident", Map.of("from", l.date(c.from()), "to", l.date(c.to())));
        }
        return l.text(P + "accidentSummary", Map.of("from", l.date(c.from()), "to", l.date(c.to()), "count", c.accidents().size(),
                "deaths", c.accidents().stream().mapToInt(AccidentRow::deaths).sum()));
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    // --- Excel -----------------------------------------------------------------------------------------------------

    public StreamingOutput workbook(UUID schemeId, Labels l) {
        Content c = content(schemeId, l);
        List<List<Object>> results = new ArrayList<>();
        for (Result r : c.results()) {
            results.add(java.util.Arrays.asList(r.group(), r.rank() == null ? null : (long) r.rank(), r.unit(), r.total(), r.grade(),
                    r.vetoes()));
        }
        List<List<Object>> accidents = new ArrayList<>();
        for (AccidentRow a : c.accidents()) {
            accidents.add(java.util.Arrays.asList(a.on(), a.targets(), a.unit(), a.territory(), a.title(), a.level(), (long) a.deaths(),
                    (long) a.seriousInjuries(), a.lossWan(), a.liability(), a.reporting(), a.investigationDoc()));
        }
        List<List<Object>> held = new ArrayList<>();
        for (Held h : c.held()) {
            held.add(java.util.Arrays.asList(h.person() == null ? l.text(P + "theUnit") : h.person(), h.post(), h.unit(), h.action(), h.title(),
                    h.reason(), h.status(), h.due(), h.barsText(l, "；"),
                    h.bars().stream().map(Bar::from).min(Comparator.naturalOrder()).orElse(null),
                    h.bars().stream().map(Bar::to).max(Comparator.naturalOrder()).orElse(null)));
        }
        List<Xlsx.Sheet> sheets = List.of(
                new Xlsx.Sheet(l.text(P + "resultsSheet"), header(l, "group", "rank", "unit", "total", "grade", "veto"), results),
                new Xlsx.Sheet(l.text(P + "accidentsSheet"), header(l, "date", "countedAgainst", "accidentUnit", "territory", "accident",
                        "level", "deaths", "injuries", "loss", "liabilityColumn", "reporting", "investigation"), accidents),
                new Xlsx.Sheet(l.text(P + "accountabilitySheet"), header(l, "person", "post", "unit", "actionType", "action", "reason",
                        "status", "due", "bars", "barFrom", "barTo"), held));
        return out -> Xlsx.write(out, sheets);
    }

    private static List<String> header(Labels l, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> l.text(P + k)).toList();
    }
}

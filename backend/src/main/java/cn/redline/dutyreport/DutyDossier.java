package cn.redline.dutyreport;

import cn.redline.duty.ObligationStatus;
import cn.redline.org.PostKind;
import cn.redline.platform.Labels;
import cn.redline.platform.Pdf;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import cn.redline.platform.db.SqlReads;
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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The duty dossier (履职档案, §2.5 item 4, §2.7 feature 1) of a post or of a person over a date range, as PDF: for each
 * post, who held it when (person-at-date), the obligations whose periods touch the range with their status, the
 * evidence dated inside the range with the person who held the post on its date, and a manifest of every evidence
 * file with its sha-256, closed by the sha-256 of the manifest itself. For a person, only their own tenures count.
 * Written for an official: labels from the catalog, no enum codes, no internal ids.
 */
@ApplicationScoped
public class DutyDossier {

    /** Five years: a leader's term (任期) and then some. */
    static final int MAX_DAYS = 5 * 366;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String POSTS = """
            select p.id, p.title, p.kind, o.name as org_name
            from post p join org o on o.id = p.org_id
            where %s and %s
            order by o.path, p.title""";

    private static final String OBLIGATIONS = """
            select b.id, b.subject_id, b.period_first, b.period_last, b.required, b.counted, b.status,
                   %s as title, %s as citation
            from obligation b
            %s
            where b.subject_kind = 'POST' and b.subject_id in :posts
              and b.period_first <= :to and b.period_last >= :from and %s
            order by b.subject_id, b.period_first, r.code, i.seq""".formatted(OwedUnder.TITLE, OwedUnder.CITATION,
            OwedUnder.JOIN, OwedUnder.OWED);

    @Inject
    SqlReads reads;

    @Inject
    EvidenceReads evidence;

    @Inject
    DossierLists lists;

    @Inject
    Pdf pdf;

    @Inject
    Clock clock;

    /** Whose dossier: one post (then every holder of it in the range) or one person (then only their tenures). */
    public record Subject(UUID postId, String personRef) {
    }

    record Post(UUID id, String title, PostKind kind, String org) {
    }

    record Duty(UUID id, UUID post, LocalDate first, LocalDate last, int required, int counted, ObligationStatus status,
                String title, String citation) {
    }

    public byte[] render(Subject who, LocalDate from, LocalDate to, Scope scope, Labels l) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw ProblemException.invalid("to", "the range may span at most five years");
        }
        Scope.Filter s = scope.where("o.path", "o.industry");
        Map<String, Object> params = new HashMap<>(s.params());
        String which;
        if (who.postId() != null) {
            which = "p.id = :post";
            params.put("post", who.postId());
        } else {
            which = "p.id in (select a.post_id from post_assignment a where a.person_ref = :person)";
            params.put("person", who.personRef());
        }
        List<Post> posts = reads.list(POSTS.formatted(which, s.hql()), params, rs -> new Post(rs.getObject("id", UUID.class),
                rs.getString("title"), PostKind.valueOf(rs.getString("kind")), rs.getString("org_name")));
        Map<UUID, List<EvidenceReads.Tenure>> tenures = posts.isEmpty() ? Map.of()
                : evidence.tenures(posts.stream().map(Post::id).toList());
        if (who.personRef() != null) {
            // a person's dossier: only the posts they held inside the range
            posts = posts.stream().filter(p -> own(tenures.get(p.id()), who.personRef(), from, to).size() > 0).toList();
        }
        if (posts.isEmpty()) {
            throw ProblemException.notFound(who.postId() != null ? "Post" : "Person");
        }
        List<Duty> duties = reads.list(OBLIGATIONS, Map.of("posts", posts.stream().map(Post::id).toList(), "from", from, "to", to),
                rs -> new Duty(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
                        rs.getObject("period_first", LocalDate.class), rs.getObject("period_last", LocalDate.class),
                        rs.getInt("required"), rs.getInt("counted"), ObligationStatus.valueOf(rs.getString("status")),
                        rs.getString("title"), rs.getString("citation")));
        if (who.personRef() != null) {
            duties = duties.stream().filter(d -> own(tenures.get(d.post()), who.personRef(), d.first(), d.last()).size() > 0).toList();
        }
        Map<UUID, List<EvidenceReads.Evidence>> proofs = evidence.ofObligations(duties.stream().map(Duty::id).toList());
        List<UUID> postIds = posts.stream().map(Post::id).toList();
        Map<UUID, List<DossierLists.Version>> versions = lists.versions(postIds, from, to);
        Map<UUID, List<DossierLists.Handover>> handovers = lists.handovers(postIds, from, to);
        if (who.personRef() != null) {
            // a person's dossier: the versions in force and the handovers while they held the post
            versions = filter(versions, v -> !own(tenures.get(v.post()), who.personRef(), v.from(), v.to()).isEmpty());
            handovers = filter(handovers, h -> !own(tenures.get(h.post()), who.personRef(), h.date().minusDays(1), h.date()).isEmpty());
        }
        return write(who, from, to, posts, tenures, new Content(duties, proofs, versions, handovers), l);
    }

    /** What the dossier shows of each post beside its tenures. */
    private record Content(List<Duty> duties, Map<UUID, List<EvidenceReads.Evidence>> proofs,
                           Map<UUID, List<DossierLists.Version>> versions, Map<UUID, List<DossierLists.Handover>> handovers) {
    }

    private static <T> Map<UUID, List<T>> filter(Map<UUID, List<T>> byPost, java.util.function.Predicate<T> keep) {
        Map<UUID, List<T>> out = new HashMap<>();
        byPost.forEach((post, all) -> out.put(post, all.stream().filter(keep).toList()));
        return out;
    }

    /** The person's tenures of a post that share a day with {@code from}..{@code to}. */
    private static List<EvidenceReads.Tenure> own(List<EvidenceReads.Tenure> all, String personRef, LocalDate from, LocalDate to) {
        return all == null ? List.of() : all.stream().filter(t -> personRef.equals(t.personRef())
                && !t.from().isAfter(to) && (t.to() == null || !t.to().isBefore(from))).toList();
    }

    private byte[] write(Subject who, LocalDate from, LocalDate to, List<Post> posts, Map<UUID, List<EvidenceReads.Tenure>> tenures,
                         Content content, Labels l) {
        List<Duty> duties = content.duties();
        Map<UUID, List<EvidenceReads.Evidence>> proofs = content.proofs();
        BaseFont base = pdf.font();
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font bold = new Font(base, 9, Font.BOLD);
        Font body = new Font(base, 9);
        Font small = new Font(base, 7.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 40, 40);
        List<String> manifest = new ArrayList<>();
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(l.text("dutyDossier.title"));
            doc.open();
            Paragraph p = new Paragraph(l.text("dutyDossier.title"), title);
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
            String whose = who.postId() != null ? posts.get(0).org() + "　" + posts.get(0).title()
                    : tenures.values().stream().flatMap(List::stream).filter(t -> who.personRef().equals(t.personRef()))
                    .map(EvidenceReads.Tenure::personName).findFirst().orElse("");
            Paragraph sub = new Paragraph(whose + "　" + l.text("dutyDossier.range", Map.of("from", from, "to", to)), heading);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(8);
            doc.add(sub);
            int evidenceNo = 0;
            for (Post post : posts) {
                Pdf.section(doc, l.text("dutyDossier.post", Map.of("org", post.org(), "post", post.title())), heading);
                doc.add(Pdf.table(body, l.text("dutyDossier.postKind"), l.of(post.kind())));
                List<EvidenceReads.Tenure> held = tenures.getOrDefault(post.id(), List.of());
                Pdf.section(doc, l.text("dutyDossier.tenures"), bold);
                PdfPTable t = Pdf.grid(bold, new float[] {2f, 2f, 2f, 3f}, List.of(l.text("dutyDossier.person"),
                        l.text("dutyDossier.from"), l.text("dutyDossier.to"), l.text("dutyDossier.appointmentDoc")));
                for (EvidenceReads.Tenure h : held) {
                    boolean inRange = !h.from().isAfter(to) && (h.to() == null || !h.to().isBefore(from));
                    if (inRange && (who.personRef() == null || who.personRef().equals(h.personRef()))) {
                        Pdf.row(t, body, h.personName(), h.from().toString(),
                                h.to() == null ? l.text("dutyDossier.current") : h.to().toString(), h.appointmentDoc());
                    }
                }
                doc.add(t);
                listVersions(doc, content.versions().getOrDefault(post.id(), List.of()), manifest, bold, body, l);
                handovers(doc, content.handovers().getOrDefault(post.id(), List.of()), bold, body, l);

                List<Duty> mine = duties.stream().filter(d -> d.post().equals(post.id())).toList();
                Pdf.section(doc, l.text("dutyDossier.obligations"), bold);
                PdfPTable o = Pdf.grid(bold, new float[] {4f, 2.6f, 2.6f, 1.3f, 1.5f, 1.8f}, List.of(l.text("dutyDossier.requirement"),
                        l.text("dutyDossier.citation"), l.text("dutyDossier.period"), l.text("dutyDossier.progress"),
                        l.text("dutyDossier.status"), l.text("dutyDossier.holderAtEnd")));
                for (Duty d : mine) {
                    Pdf.row(o, body, d.title(), d.citation(), d.first() + " — " + d.last(), d.counted() + " / " + d.required(),
                            l.of(d.status()), EvidenceReads.holderOn(held, d.last()));
                }
                if (mine.isEmpty()) {
                    Pdf.row(o, body, l.text("dutyDossier.none"), null, null, null, null, null);
                }
                doc.add(o);

                Pdf.section(doc, l.text("dutyDossier.evidence"), bold);
                PdfPTable e = Pdf.grid(bold, new float[] {0.8f, 1.8f, 2f, 4f, 1.8f, 2.6f}, List.of(l.text("dutyDossier.no"),
                        l.text("dutyDossier.date"), l.text("dutyDossier.kind"), l.text("dutyDossier.requirement"),
                        l.text("dutyDossier.performer"), l.text("dutyDossier.remarks")));
                boolean any = false;
                for (Duty d : mine) {
                    for (EvidenceReads.Evidence ev : proofs.getOrDefault(d.id(), List.of())) {
                        if (ev.date().isBefore(from) || ev.date().isAfter(to)
                                || who.personRef() != null && own(held, who.personRef(), ev.date(), ev.date()).isEmpty()) {
                            continue;
                        }
                        any = true;
                        evidenceNo++;
                        String remark = ev.withdrawnAt() != null ? l.text("dutyDossier.withdrawn", Map.of("time", time(ev.withdrawnAt())))
                                : l.text("dutyDossier.entered", Map.of("time", time(ev.enteredAt())));
                        Pdf.row(e, body, String.valueOf(evidenceNo), ev.date().toString(), kind(l, ev.sourceKind()), d.title(),
                                EvidenceReads.holderOn(held, ev.date()), remark);
                        for (EvidenceReads.EvidenceFile f : ev.files()) {
                            manifest.add(evidenceNo + "\t" + ev.date() + "\t" + f.fileName() + "\t" + f.sha256());
                        }
                    }
                }
                if (!any) {
                    Pdf.row(e, body, null, null, null, l.text("dutyDossier.none"), null, null);
                }
                doc.add(e);
            }

            Pdf.section(doc, l.text("dutyDossier.manifest"), heading);
            PdfPTable m = Pdf.grid(bold, new float[] {0.8f, 1.6f, 3f, 6f}, List.of(l.text("dutyDossier.no"),
                    l.text("dutyDossier.date"), l.text("dutyDossier.file"), "SHA-256"));
            for (String line : manifest) {
                String[] f = line.split("\t");
                Pdf.row(m, small, f[0], f[1], f[2], f[3]);
            }
            if (manifest.isEmpty()) {
                Pdf.row(m, body, null, null, l.text("dutyDossier.none"), null);
            }
            doc.add(m);
            Paragraph digest = new Paragraph(l.text("dutyDossier.manifestDigest", Map.of("count", manifest.size(),
                    "sha256", sha256(String.join("\n", manifest)))), small);
            digest.setSpacingBefore(6);
            doc.add(digest);
            Paragraph footer = new Paragraph(l.text("dutyDossier.exportedAt", Map.of("time", time(Times.now(clock)))), body);
            footer.setSpacingBefore(10);
            doc.add(footer);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The list versions in force with their signatures; each signature's content hash joins the manifest, numbered
     * L1, L2, … apart from the evidence files.
     */
    private static void listVersions(Document doc, List<DossierLists.Version> versions, List<String> manifest, Font bold, Font body,
                                     Labels l) throws DocumentException {
        Pdf.section(doc, l.text("dutyDossier.lists"), bold);
        PdfPTable t = Pdf.grid(bold, new float[] {2.4f, 3.2f, 2.2f, 2.6f, 1.4f, 3.6f}, List.of(l.text("dutyDossier.listCode"),
                l.text("dutyDossier.listTitle"), l.text("dutyDossier.docNumber"), l.text("dutyDossier.inForce"),
                l.text("dutyDossier.status"), l.text("dutyDossier.signatures")));
        int n = (int) manifest.stream().filter(m -> m.startsWith("L")).count();
        for (DossierLists.Version v : versions) {
            List<String> signed = new ArrayList<>();
            for (DossierLists.Signature sig : v.signatures()) {
                n++;
                signed.add(l.text("dutyDossier.signature", Map.of("no", "L" + n, "role", l.of(sig.role()), "person", sig.personName(),
                        "date", sig.date(), "method", l.of(sig.method()))));
                manifest.add("L" + n + "\t" + sig.date() + "\t" + l.text("dutyDossier.signedContent", Map.of("code", v.code(),
                        "version", v.versionNo(), "role", l.of(sig.role()))) + "\t" + sig.docHash());
            }
            Pdf.row(t, body, l.text("dutyDossier.version", Map.of("code", v.code(), "version", v.versionNo())), v.title(),
                    v.docNumber(), v.from() + " — " + v.to(), l.of(v.status()), String.join("\n", signed));
        }
        if (versions.isEmpty()) {
            Pdf.row(t, body, l.text("dutyDossier.none"), null, null, null, null, null);
        }
        doc.add(t);
    }

    private static void handovers(Document doc, List<DossierLists.Handover> handovers, Font bold, Font body, Labels l)
            throws DocumentException {
        Pdf.section(doc, l.text("dutyDossier.handovers"), bold);
        PdfPTable t = Pdf.grid(bold, new float[] {1.8f, 2.4f, 2f, 2f, 1.8f, 3f}, List.of(l.text("dutyDossier.date"),
                l.text("dutyDossier.listCode"), l.text("dutyDossier.fromPerson"), l.text("dutyDossier.toPerson"),
                l.text("dutyDossier.ackDue"), l.text("dutyDossier.acknowledged")));
        for (DossierLists.Handover h : handovers) {
            Pdf.row(t, body, h.date().toString(), h.listCode(), h.fromPerson(), h.toPerson(), h.due().toString(),
                    h.acknowledgedAt() == null ? l.text("dutyDossier.notAcknowledged") : time(h.acknowledgedAt()));
        }
        if (handovers.isEmpty()) {
            Pdf.row(t, body, null, l.text("dutyDossier.none"), null, null, null, null);
        }
        doc.add(t);
    }

    /** The record kind in words; a kind the catalog does not know reads as "other record", never as a code. */
    private static String kind(Labels l, String sourceKind) {
        String t = l.find("evidenceSource." + sourceKind);
        return t == null ? l.text("evidenceSource.OTHER") : t;
    }

    /** The sha-256 of the manifest lines (number, date, file name, file hash; tab-separated, newline-joined). */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String time(OffsetDateTime t) {
        return t.atZoneSameInstant(Times.ZONE).format(TIME);
    }
}

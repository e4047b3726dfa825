package cn.redline.accountability;

import cn.redline.platform.Labels;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.Xlsx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The accountability register as an Excel table (§4.5 item 4): one row per action in the caller's scope, newest first,
 * with its addressee, kind, reason and the facts it rests on, due day, state, documents and the bars it set, in words:
 * labels and names, never enum codes or internal ids.
 */
@ApplicationScoped
public class AccountabilityRegister {

    /** The most rows one export holds. */
    static final int MAX_ROWS = 50_000;

    @Inject
    Accountability register;

    /** The actions the register's list would show (same scope, same filters), every page of them. */
    List<ActionView> all(UUID targetOrgId, AccountabilityStatus status, AccountabilityType type, Integer year) {
        List<ActionView> out = new ArrayList<>();
        PageParams page = new PageParams();
        page.limit = Page.MAX_LIMIT;
        do {
            ActionView.Page p = register.list(targetOrgId, status, type, year, null, page);
            out.addAll(p.items());
            page.cursor = p.nextCursor();
        } while (page.cursor != null && out.size() < MAX_ROWS);
        return out.size() > MAX_ROWS ? out.subList(0, MAX_ROWS) : out;
    }

    public StreamingOutput workbook(UUID targetOrgId, AccountabilityStatus status, AccountabilityType type, Integer year, Labels l) {
        List<List<Object>> rows = new ArrayList<>();
        for (ActionView a : all(targetOrgId, status, type, year)) {
            List<Object> row = new ArrayList<>();
            row.add(a.code());
            row.add(l.of(a.type()));
            row.add(a.target() == null ? null : a.target().name());
            row.add(a.targetPersons().stream().map(p -> p.postTitle() == null ? p.name() : p.name() + "（" + p.postTitle() + "）")
                    .collect(Collectors.joining("；")));
            row.add(a.title());
            row.add(a.reason());
            row.add(a.facts().stream().map(f -> l.of(f.kind()) + "：" + f.summary()).collect(Collectors.joining("；")));
            row.add(l.text("accountabilityRegister." + (a.triggerRule() == null ? "byHand" : "byRule")));
            row.add(a.issuer() == null ? null : a.issuer().name());
            row.add(a.createdAt());
            row.add(a.dueOn());
            row.add(l.of(a.status()) + (a.overdue() ? "（" + l.text("accountabilityRegister.overdue") + "）" : ""));
            row.add(a.respondedAt());
            row.add((long) a.documents().size());
            row.add(a.personFlags().stream().map(f -> f.personName() + "：" + l.of(f.kind()) + " " + f.from() + "—" + f.to())
                    .collect(Collectors.joining("；")));
            rows.add(row);
        }
        List<String> header = List.of("code", "type", "target", "persons", "title", "reason", "facts", "origin", "issuer",
                "proposedAt", "dueOn", "status", "respondedAt", "documents", "bars").stream()
                .map(k -> l.text("accountabilityRegister." + k)).toList();
        String sheet = l.text("accountabilityRegister.sheet");
        return out -> Xlsx.write(out, sheet, header, rows);
    }
}

package cn.redline.dutyreport;

import cn.redline.duty.ObligationStatus;
import cn.redline.duty.Period;
import cn.redline.duty.SubjectKind;
import cn.redline.duty.list.DutyCategory;
import cn.redline.org.CallerOrg;
import cn.redline.platform.Caller;
import cn.redline.platform.Scope;
import cn.redline.platform.Times;
import cn.redline.platform.db.SqlReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "My duties" for the holder's phone: the obligations of the posts the caller holds today (post assignments by the
 * caller's login as person reference) and of the caller's own org, for the periods running today, plus the ones whose
 * period is over but whose late entry is still open: those of the requirement rules and those of the duty items of
 * the signed lists the posts hold (with the item to record a fulfilment against). At risk first, then by the days left. One SQL statement, no ORM.
 */
@ApplicationScoped
public class MyDuties {

    /** A phone list, not an export: a holder with more open obligations than this has a data problem. */
    static final int MAX_ITEMS = 500;

    private static final String SQL = """
            select b.id, b.subject_kind, b.period_key, b.period_first, b.period_last, b.required, b.counted,
                   b.status, b.finalised_at is not null as finalised, b.waiver_reason is not null as waived,
                   r.code, %s as title, %s as citation, %s as grace_days, %s as at_risk_days,
                   i.id as item_id, i.list_id, i.category, o.name as org_name, p.title as post_title
            from obligation b
            %s
            join org o on o.id = b.org_id
            left join post p on b.subject_kind = 'POST' and p.id = b.subject_id
            where b.subject_id in (
                    select a.post_id from post_assignment a
                    where a.person_ref = :me and a.from_date <= :today and (a.to_date is null or a.to_date >= :today)
                    union all select cast(:org as uuid))
              and b.period_first <= :today
              and (b.period_last >= :today or (b.finalised_at is null and b.status in ('OPEN', 'AT_RISK')))
              and %s and %s
              and (b.rule_id is null or r.capability <> 'DRILL')
            order by b.period_last, r.code, i.seq
            limit %d""";

    @Inject
    SqlReads reads;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    Clock clock;

    @Schema(name = "MyDuties", description = "What the caller owes in the periods running today, at risk first")
    public record Result(LocalDate today, @Schema(maxItems = MAX_ITEMS) List<Duty> items) {
    }

    @Schema(name = "MyDuty", description = "One obligation of a post the caller holds today or of the caller's org")
    public record Duty(
            @Schema(format = "uuid") UUID obligationId,
            SubjectKind subjectKind,
            @Schema(maxLength = 100, description = "The post's title, or the org's name") String subjectName,
            @Schema(maxLength = 100) String orgName,
            @Schema(nullable = true, maxLength = 60, description = "The requirement rule's code; null for a duty item of a list")
            String ruleCode,
            @Schema(nullable = true, format = "uuid", description = "The duty item (of the binding list version) to record a "
                    + "fulfilment against; null for a requirement rule") UUID dutyItemId,
            @Schema(nullable = true, format = "uuid", description = "The list version holding the duty item") UUID listId,
            @Schema(nullable = true) DutyCategory category,
            @Schema(maxLength = 1000, description = "The rule's title or the duty item's text") String title,
            @Schema(maxLength = 2100, description = "The rule's citation or the duty item's legal basis") String citation,
            @Schema(maxLength = 24, example = "2026-Q2") String periodKey,
            LocalDate periodFirst,
            LocalDate periodLast,
            @Schema(minimum = "1", maximum = "1000") int required,
            @Schema(minimum = "0", maximum = "100000") int counted,
            ObligationStatus status,
            @Schema(minimum = "0", maximum = "3660", description = "Whole days to the end of the period, today included") long daysLeft) {
    }

    public Result mine() {
        LocalDate today = Times.today(clock);
        Scope.Filter s = caller.scope().where("o.path", "o.industry");
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("me", caller.username());
        params.put("today", today);
        params.put("org", callerOrg.orgId());
        List<Duty> items = reads.list(SQL.formatted(OwedUnder.TITLE, OwedUnder.CITATION, OwedUnder.GRACE_DAYS,
                OwedUnder.AT_RISK_DAYS, OwedUnder.JOIN, OwedUnder.OWED, s.hql(), MAX_ITEMS), params, rs -> {
            Period p = Period.parse(rs.getString("period_key"));
            ObligationStatus stored = ObligationStatus.valueOf(rs.getString("status"));
            int required = rs.getInt("required");
            int counted = rs.getInt("counted");
            // the hourly job lags the clock: grade by today unless the obligation is frozen
            ObligationStatus status = rs.getBoolean("finalised") ? stored : ObligationStatus.of(required, counted, p,
                    rs.getInt("grace_days"), rs.getInt("at_risk_days"), today, rs.getBoolean("waived"));
            SubjectKind kind = SubjectKind.valueOf(rs.getString("subject_kind"));
            String orgName = rs.getString("org_name");
            return new Duty(rs.getObject("id", UUID.class), kind, kind == SubjectKind.POST ? rs.getString("post_title") : orgName,
                    orgName, rs.getString("code"), rs.getObject("item_id", UUID.class), rs.getObject("list_id", UUID.class),
                    rs.getString("category") == null ? null : DutyCategory.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("citation"), p.key(), p.first(), p.last(),
                    required, counted, status, p.daysLeft(today));
        });
        return new Result(today, items.stream().sorted(Comparator.comparingInt((Duty d) -> urgency(d.status()))
                .thenComparingLong(Duty::daysLeft)).toList());
    }

    /** At risk first, then what is still open, then what can no longer change the outcome. */
    private static int urgency(ObligationStatus s) {
        return switch (s) {
            case AT_RISK -> 0;
            case OPEN -> 1;
            case PARTIAL, MISSED -> 2;
            case MET, WAIVED -> 3;
        };
    }
}

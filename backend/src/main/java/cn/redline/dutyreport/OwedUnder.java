package cn.redline.dutyreport;

/**
 * What an obligation {@code b} is owed under, as SQL shared by the reports: a requirement rule {@code r}, or a duty
 * item {@code i} of the list version {@code l} that binds it (signed, in force, closed or archived: the version whose
 * items are the holder's duties; a superseded or discarded version binds nobody, and an item dropped by a revision
 * owes nothing more). Exactly one of rule and item is set on an obligation; {@link #OWED} keeps the ones that are
 * owed under either.
 */
final class OwedUnder {

    static final String JOIN = """
            left join requirement_rule r on r.id = b.rule_id
            left join (duty_item i join responsibility_list l on l.id = i.list_id
                       and l.status in ('SIGNED', 'ACTIVE', 'CLOSED', 'ARCHIVED'))
                   on i.item_key = b.duty_item_key""";

    static final String OWED = "(b.rule_id is not null or i.id is not null)";

    /** The requirement in words: the rule's title or the item's text. */
    static final String TITLE = "coalesce(r.title, i.text)";

    /** On whose authority: the rule's citation or the item's legal basis, joined. */
    static final String CITATION = "coalesce(r.citation, array_to_string(i.legal_basis, '；'))";

    /** The days of late entry after the period: the rule's, or the item's carried on its obligation. */
    static final String GRACE_DAYS = "coalesce(r.grace_days, b.grace_days)";

    static final String AT_RISK_DAYS = "coalesce(r.at_risk_days, b.at_risk_days)";

    /**
     * The matrix row of an item obligation: the same duty text in many lists is one row (a district's townships all
     * owe 每季度带队检查 from one template), keyed by the md5 of the text as a uuid (duty_item's generated duty_key).
     */
    static final String DUTY_KEY = "i.duty_key";

    private OwedUnder() {
    }
}

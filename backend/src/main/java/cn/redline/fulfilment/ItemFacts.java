package cn.redline.fulfilment;

import cn.redline.duty.Period;
import cn.redline.duty.PeriodType;
import cn.redline.duty.Subject;
import cn.redline.duty.list.DutyItem;
import cn.redline.duty.list.EvidenceSpec;
import cn.redline.duty.list.ResponsibilityList;
import cn.redline.org.Org;
import cn.redline.org.Post;
import java.time.LocalDate;

/**
 * What a fulfilment record needs to know of its duty item: the list it belongs to (holder, issuer, state), the
 * evidence it asks for, and the period a date falls in (the item's period type, or the list's year for a due-date item).
 */
record ItemFacts(DutyItem item, ResponsibilityList list, Post holderPost, Org holderOrg) {

    EvidenceSpec spec() {
        return item.evidenceSpec;
    }

    boolean holderMustPerform() {
        return item.evidenceSpec != null && item.evidenceSpec.holderMustPerform();
    }

    /** The holder the item's obligations are owed by: the list's post, else its org. */
    Subject subject() {
        return holderPost != null ? Subject.post(holderPost.id, holderPost.kind, holderOrg) : Subject.org(holderOrg);
    }

    /** The period of this item holding {@code day}. */
    Period periodOf(LocalDate day) {
        return Period.containing(item.periodType != null ? item.periodType : PeriodType.YEAR, day);
    }

    int graceDays() {
        return item.graceDays;
    }
}

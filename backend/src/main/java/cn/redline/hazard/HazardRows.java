package cn.redline.hazard;

import cn.redline.hazard.HazardEnums.AcceptorKind;
import cn.redline.hazard.HazardEnums.Category;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.RejectionReason;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.engine.spi.SelfDirtinessTracker;

/**
 * A hazard row read into a {@link Hazard} that no ORM session manages (for views, never for writes), the way the
 * ORM reads it: a part ({@link HazardParts}) whose columns are all null is null. {@link #COLUMNS} and
 * {@link #map} go together, in this order.
 */
final class HazardRows {

    static final String COLUMNS = """
            h.id, h.code, h.title, h.description, h.level, h.category, h.industry, h.enterprise_id, h.territory_id,
            h.scope_path, h.location_text, h.latitude, h.longitude, h.source, h.discovered_by_subject,
            h.discovered_by_name, h.discovered_at, h.reporter_org_id, h.external_ref, h.responsible_unit,
            h.responsible_person, h.rectification_measures, h.deadline, h.state, h.overdue, h.escalated_to_id,
            h.escalated_at, h.plan_measures, h.plan_funds, h.plan_deadline, h.plan_responsible_person,
            h.plan_emergency_plan, h.supervision_level, h.supervision_org_id, h.supervision_doc_number,
            h.supervision_listed_at, h.supervision_signed_at, h.supervision_signed_by, h.extension_deadline,
            h.extension_reason, h.extension_requested_at, h.acceptor_kind, h.acceptor_name, h.acceptance_opinion,
            h.accepted_at, h.closed_at, h.rejection_reason, h.duplicate_of_id, h.effectiveness_checked_at, h.effective,
            h.effectiveness_note, h.version, h.created_at, h.updated_at""";

    private HazardRows() {
    }

    static Hazard map(ResultSet rs) throws SQLException {
        Hazard h = new Hazard();
        // An unmanaged read copy: Hibernate's bytecode enhancement would record every field set below as a change
        // (a growing array copied per field, 3 % of a list page's CPU); nothing ever flushes this instance.
        ((SelfDirtinessTracker) (Object) h).$$_hibernate_suspendDirtyTracking(true);
        h.id = uuid(rs, 1);
        h.code = rs.getString(2);
        h.title = rs.getString(3);
        h.description = rs.getString(4);
        h.level = named(Level.class, rs.getString(5));
        h.category = named(Category.class, rs.getString(6));
        h.industry = rs.getString(7);
        h.enterpriseId = uuid(rs, 8);
        h.territoryId = uuid(rs, 9);
        h.scopePath = rs.getString(10);
        h.locationText = rs.getString(11);
        h.latitude = rs.getBigDecimal(12);
        h.longitude = rs.getBigDecimal(13);
        h.source = named(Source.class, rs.getString(14));
        h.discoveredBySubject = rs.getString(15);
        h.discoveredByName = rs.getString(16);
        h.discoveredAt = time(rs, 17);
        h.reporterOrgId = uuid(rs, 18);
        h.externalRef = rs.getString(19);
        h.responsibleUnit = rs.getString(20);
        h.responsiblePerson = rs.getString(21);
        h.rectificationMeasures = rs.getString(22);
        h.deadline = date(rs, 23);
        h.state = named(State.class, rs.getString(24));
        h.overdue = rs.getBoolean(25);
        h.escalatedToId = uuid(rs, 26);
        h.escalatedAt = time(rs, 27);
        h.plan = plan(rs);
        h.supervision = supervision(rs);
        h.extension = extension(rs);
        h.acceptance = acceptance(rs);
        h.closedAt = time(rs, 46);
        h.rejectionReason = named(RejectionReason.class, rs.getString(47));
        h.duplicateOfId = uuid(rs, 48);
        h.effectiveness = effectiveness(rs);
        h.version = rs.getLong(52);
        h.createdAt = time(rs, 53);
        h.updatedAt = time(rs, 54);
        return h;
    }

    private static HazardParts.Plan plan(ResultSet rs) throws SQLException {
        HazardParts.Plan p = new HazardParts.Plan();
        p.measures = rs.getString(28);
        p.funds = rs.getBigDecimal(29);
        p.deadline = date(rs, 30);
        p.responsiblePerson = rs.getString(31);
        p.emergencyPlan = rs.getString(32);
        return allNull(p.measures, p.funds, p.deadline, p.responsiblePerson, p.emergencyPlan) ? null : p;
    }

    private static HazardParts.Supervision supervision(ResultSet rs) throws SQLException {
        HazardParts.Supervision s = new HazardParts.Supervision();
        s.level = named(SupervisionLevel.class, rs.getString(33));
        s.orgId = uuid(rs, 34);
        s.documentNumber = rs.getString(35);
        s.listedAt = time(rs, 36);
        s.signedAt = time(rs, 37);
        s.signedBy = rs.getString(38);
        return allNull(s.level, s.orgId, s.documentNumber, s.listedAt, s.signedAt, s.signedBy) ? null : s;
    }

    private static HazardParts.Extension extension(ResultSet rs) throws SQLException {
        HazardParts.Extension e = new HazardParts.Extension();
        e.requestedDeadline = date(rs, 39);
        e.reason = rs.getString(40);
        e.requestedAt = time(rs, 41);
        return allNull(e.requestedDeadline, e.reason, e.requestedAt) ? null : e;
    }

    private static HazardParts.Acceptance acceptance(ResultSet rs) throws SQLException {
        HazardParts.Acceptance a = new HazardParts.Acceptance();
        a.acceptorKind = named(AcceptorKind.class, rs.getString(42));
        a.acceptorName = rs.getString(43);
        a.opinion = rs.getString(44);
        a.acceptedAt = time(rs, 45);
        return allNull(a.acceptorKind, a.acceptorName, a.opinion, a.acceptedAt) ? null : a;
    }

    private static HazardParts.Effectiveness effectiveness(ResultSet rs) throws SQLException {
        HazardParts.Effectiveness e = new HazardParts.Effectiveness();
        e.checkedAt = time(rs, 49);
        e.effective = (Boolean) rs.getObject(50);
        e.note = rs.getString(51);
        return allNull(e.checkedAt, e.effective, e.note) ? null : e;
    }

    static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static boolean allNull(Object... values) {
        for (Object v : values) {
            if (v != null) {
                return false;
            }
        }
        return true;
    }
}

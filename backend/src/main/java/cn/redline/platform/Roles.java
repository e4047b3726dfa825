package cn.redline.platform;

import java.util.Set;

/** Realm roles carried in the token's realm_access.roles. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String SAFETY_OFFICE = "safety_office";
    public static final String DEPARTMENT = "department";
    public static final String ENTERPRISE = "enterprise";
    public static final String INSPECTOR = "inspector";
    public static final String LEADER = "leader";
    public static final String INTEGRATION = "integration";

    /** Every Redline role; a token with none of them is refused on every /api route ({@link RedlineRolePolicy}). */
    public static final Set<String> ALL = Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT, ENTERPRISE, INSPECTOR, LEADER,
            INTEGRATION);

    // The role sets below are the only ones: the workflow tables and the route checks ({@link Capability}) use them,
    // and /me publishes the capabilities they grant.

    /** Who supervises: safety offices, industry departments and admins, within their scope. */
    public static final Set<String> SUPERVISORS = Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT);
    /** Who rectifies: the enterprise itself; supervisors may act for it. */
    public static final Set<String> RECTIFIERS = Set.of(ENTERPRISE, ADMIN, SAFETY_OFFICE, DEPARTMENT);
    /** Who finds hazards in the field. */
    public static final Set<String> FINDERS = Set.of(INSPECTOR, ENTERPRISE, ADMIN, SAFETY_OFFICE, DEPARTMENT);
    /** Who lists a major hazard for supervision: the territory's safety office (or an admin). */
    public static final Set<String> LISTERS = Set.of(ADMIN, SAFETY_OFFICE);
    /** Who reviews effectiveness after closing: supervisors and the grid inspector who comes back. */
    public static final Set<String> REVIEWERS = Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT, INSPECTOR);
    /** Who only watches the figures of their territory: leaders, besides supervisors. */
    public static final Set<String> WATCHERS = union(SUPERVISORS, Set.of(LEADER));
    /** Who manages organizations and reads the audit trail. */
    public static final Set<String> ADMINISTRATORS = Set.of(ADMIN, SAFETY_OFFICE);
    /** Who enters and submits fulfilment records (履职记录): the holder or a delegate; a secretary may enter, not perform. */
    public static final Set<String> FULFILMENT_RECORDERS = Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT, ENTERPRISE, INSPECTOR, LEADER);
    /** Who reviews fulfilment records of lists their side issued: never inspectors or leaders; an enterprise its own. */
    public static final Set<String> FULFILMENT_REVIEWERS = Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT, ENTERPRISE);
    /** Who verifies on site (四不两直) and disputes a record found false. */
    public static final Set<String> FULFILMENT_VERIFIERS = Set.of(ADMIN, SAFETY_OFFICE, INSPECTOR);
    /** Who decides a disputed record: falsified or cleared. */
    public static final Set<String> FALSIFICATION_JUDGES = Set.of(ADMIN, SAFETY_OFFICE);
    /** Machine clients of other systems, besides admins. */
    public static final Set<String> INTEGRATORS = Set.of(INTEGRATION, ADMIN);

    /** Who issues responsibility lists: a safety office to leaders, departments and territories of its level, a
     * department to the enterprises of its industries, an enterprise to its own posts; admins anywhere. */
    public static final Set<String> LIST_ISSUERS = Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT, ENTERPRISE);
    /** Who returns or publishes a list for the issuing side: its staff and its leaders. */
    public static final Set<String> LIST_APPROVERS = Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT, ENTERPRISE, LEADER);
    /** Who may sign a list: whoever holds the holder post on the day, or represents the issuer (checked by person). */
    public static final Set<String> LIST_SIGNERS = Set.of(SAFETY_OFFICE, DEPARTMENT, ENTERPRISE, LEADER, INSPECTOR);
    /** Who keeps emergency plans and organises drills: an enterprise, a department, a safety office for its own org
     * or subtree (a government's drill is entered by its office); admins anywhere. */
    public static final Set<String> DRILL_ORGANISERS = Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT, ENTERPRISE);
    /** Who drafts and publishes assessment schemes: a safety office for its territories and departments, a department
     * for the enterprises it supervises (§4.6); admins anywhere. */
    public static final Set<String> ASSESSMENT_ISSUERS = Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT);
    /** Who acts on assessments: the issuing side reviewing, and the targets' staff (a township's office and leader, a
     * department, an enterprise) assessing themselves, objecting and filing plans (§4.3, §4.6). */
    public static final Set<String> ASSESSMENT_PARTICIPANTS = union(ASSESSMENT_ISSUERS, Set.of(ENTERPRISE, LEADER));
    /** Who leads a unit and answers for its assessment (§4.6 leader: "sees own unit's projection", receives 约谈): the
     * leaders of governments, townships and departments, and an enterprise's principal acting through its account. */
    public static final Set<String> UNIT_LEADERS = Set.of(LEADER, ENTERPRISE);
    /** Who starts, ends, stops or cancels a drill besides its organisers: its commander (总指挥), often a leader. */
    public static final Set<String> DRILL_COMMANDERS = union(DRILL_ORGANISERS, Set.of(LEADER));
    /** Who takes part in a drill's record: its commanders, and evaluators and inspectors who log and photograph it. */
    public static final Set<String> DRILL_PARTICIPANTS = union(DRILL_COMMANDERS, Set.of(INSPECTOR));
    /** Who seals a drill's evaluation: its participants, and an enterprise system pushing the evaluation it holds. */
    public static final Set<String> DRILL_EVALUATION_SUBMITTERS = union(DRILL_PARTICIPANTS, Set.of(INTEGRATION));
    /** Who spot-checks key units' drills (D3) and records what is found on site: supervisors and their inspectors. */
    public static final Set<String> SPOT_CHECKERS = Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT, INSPECTOR);
    /** Who answers a drill correction order for the checked unit: the enterprise itself (an admin anywhere). */
    public static final Set<String> SPOT_CHECK_RESPONDERS = Set.of(ADMIN, ENTERPRISE);
    /** The workflow's system steps (activate, close): taken by the lists job only, never granted to a token. */
    public static final String SYSTEM = "system";

    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    private Roles() {
    }
}

package cn.redline.platform;

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
    public static final java.util.Set<String> ALL = java.util.Set.of(ADMIN, SAFETY_OFFICE, DEPARTMENT, ENTERPRISE,
            INSPECTOR, LEADER, INTEGRATION);

    private Roles() {
    }
}

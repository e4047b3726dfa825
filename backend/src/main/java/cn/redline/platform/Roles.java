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

    private Roles() {
    }
}

package cn.redline.support;

/** Codes and callers from the demo tree (src/main/resources/demo/orgs.json), which tests load. */
public final class Demo {
    public static final String GUIZHOU = "520000";
    public static final String GUIYANG = "520100";
    public static final String NANMING = "520102";
    public static final String BAIYUN = "520113";
    public static final String HUAGUOYUAN = "520102001";
    public static final String NANMING_GRID = "520102001001-G01";
    public static final String NANMING_CONSTRUCTION_BUREAU = "11520102001002550X";
    public static final String QIANCHENG_CONSTRUCTION = "91520102001004484X";
    public static final String NANMING_GAS = "915201020010049433";
    public static final String NANMING_FIRE_ENTERPRISE = "91520102001004716X";

    public static String admin() {
        return Tokens.token("admin", GUIZHOU, "admin");
    }

    public static String nanmingSafety() {
        return Tokens.token("safety", NANMING, "safety_office");
    }

    public static String baiyunSafety() {
        return Tokens.token("safety-baiyun", BAIYUN, "safety_office");
    }

    public static String constructionBureau() {
        return Tokens.token("dept", NANMING_CONSTRUCTION_BUREAU, "department");
    }

    public static String enterprise() {
        return Tokens.token("enterprise", QIANCHENG_CONSTRUCTION, "enterprise");
    }

    public static String inspector() {
        return Tokens.token("inspector", NANMING_GRID, "inspector");
    }

    public static String integration() {
        return Tokens.token("service-account-redline-integration", NANMING, "integration");
    }

    public static String leader() {
        return Tokens.token("leader", NANMING, "leader");
    }

    private Demo() {
    }
}

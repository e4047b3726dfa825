package cn.redline.org;

import java.util.Optional;

/**
 * Official codes: administrative division codes (行政区划代码, GB/T 2260 and its township/village
 * extension: 6, 9 or 12 digits), unified social credit codes (统一社会信用代码, GB 32100: 18 characters
 * with a check character), and free local codes for grids. Each check returns the problem, if any.
 */
public final class OrgCodes {

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private OrgCodes() {
    }

    public static Optional<String> checkRegion(String code, RegionLevel level) {
        boolean ok = switch (level) {
            case PROVINCE -> code.matches("\\d{2}0000");
            case CITY -> code.matches("\\d{4}00") && !code.endsWith("0000");
            case DISTRICT -> code.matches("\\d{6}") && !code.endsWith("00");
            case TOWNSHIP -> code.matches("\\d{9}");
            case VILLAGE -> code.matches("\\d{12}");
            case GRID -> code.matches("[0-9A-Za-z-]{1,32}");
        };
        if (ok) {
            return Optional.empty();
        }
        return Optional.of(switch (level) {
            case PROVINCE -> "must be a 6-digit province division code ending in 0000";
            case CITY -> "must be a 6-digit city division code ending in 00";
            case DISTRICT -> "must be a 6-digit district/county division code";
            case TOWNSHIP -> "must be a 9-digit township division code";
            case VILLAGE -> "must be a 12-digit village division code";
            case GRID -> "must be a local code of letters, digits and '-'";
        });
    }

    /** A region's division code continues its parent's: 520102 lies in 5201xx, 520102001 in 520102. */
    public static Optional<String> checkWithinParent(String code, RegionLevel level, Org parent) {
        if (level == RegionLevel.GRID || parent.regionLevel == null || parent.regionLevel == RegionLevel.GRID) {
            return Optional.empty();
        }
        String prefix = parent.code.substring(0, Math.min(parent.regionLevel.prefixLength(), parent.code.length()));
        return code.startsWith(prefix) ? Optional.empty()
                : Optional.of("must lie within the parent's division code " + parent.code + " (start with " + prefix + ")");
    }

    public static Optional<String> checkCreditCode(String code) {
        if (code.length() != 18) {
            return Optional.of("must be an 18-character unified social credit code");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_CHARS.indexOf(code.charAt(i));
            if (v < 0) {
                return Optional.of("contains a character not allowed in a unified social credit code");
            }
            sum += v * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return USCC_CHARS.charAt(check) == code.charAt(17) ? Optional.empty()
                : Optional.of("has a wrong check character (expected " + USCC_CHARS.charAt(check) + ")");
    }

    /** The check character for the first 17 characters; used to build demo and test codes. */
    public static char creditCheckChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC_CHARS.charAt((31 - sum % 31) % 31);
    }
}

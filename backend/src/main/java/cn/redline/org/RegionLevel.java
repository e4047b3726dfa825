package cn.redline.org;

/** Region levels, top down: 省 > 市 > 区县 > 乡镇街道 > 村社区 > 网格. */
public enum RegionLevel {
    PROVINCE(2), CITY(4), DISTRICT(6), TOWNSHIP(9), VILLAGE(12), GRID(-1);

    /** How many leading digits of a division code this level fixes for the regions below it. */
    private final int prefixLength;

    RegionLevel(int prefixLength) {
        this.prefixLength = prefixLength;
    }

    public int prefixLength() {
        return prefixLength;
    }

    public boolean isAbove(RegionLevel other) {
        return ordinal() < other.ordinal();
    }
}

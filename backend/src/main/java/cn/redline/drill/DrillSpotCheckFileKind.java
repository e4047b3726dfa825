package cn.redline.drill;

/**
 * What a file attached to a drill spot check is: a photo taken on site (现场照片), the scan of the correction order
 * (责令限期改正指令书), or the checked unit's proof of its correction (整改证明). The name is the attachment's purpose.
 */
public enum DrillSpotCheckFileKind {
    SITE_PHOTO, CORRECTION_ORDER, CORRECTION_PROOF
}

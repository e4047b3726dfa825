package cn.redline.duty.list;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an item is proven (§2.4): by hand, by records found automatically in other modules, or both. */
@Schema(name = "Verification")
public enum Verification {
    MANUAL, AUTO, HYBRID
}

package cn.redline.duty.list;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a signature of a list speaks for: the holder of the post, or the issuing org. */
@Schema(name = "SignatureRole")
public enum SignatureRole {
    ISSUER, HOLDER
}

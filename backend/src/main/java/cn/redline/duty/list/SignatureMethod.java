package cn.redline.duty.list;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a list was signed: electronically in Redline, or a scanned paper 责任书. */
@Schema(name = "SignatureMethod")
public enum SignatureMethod {
    E_SIGN, SCAN
}

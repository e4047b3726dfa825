package cn.redline.duty.list;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The actions of the list workflow (§2.3). EDIT is taken through the item routes; ACTIVATE and CLOSE by the lists job only. */
@Schema(name = "ListAction")
public enum ListAction {
    EDIT, SUBMIT, DISCARD, RETURN, PUBLISH, SIGN, REVISE, ARCHIVE, ACTIVATE, CLOSE
}

package cn.redline.duty.list;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a list is published to the public (L13) or kept internal. */
@Schema(name = "Publicity")
public enum Publicity {
    INTERNAL, PUBLIC
}

package cn.redline.accident;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an accident came into the register: entered by a safety office, or pushed by a 直报 system. */
@Schema(name = "AccidentSource")
public enum AccidentSource {
    MANUAL, INTEGRATION
}

package cn.redline.accountability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person flag bars (A5, A6): awards and commendations (评先评优), or promotion (提拔任用). */
@Schema(name = "PersonFlagKind")
public enum PersonFlagKind { AWARD_BAR, PROMOTION_BAR }

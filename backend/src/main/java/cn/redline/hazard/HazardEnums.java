package cn.redline.hazard;

/** The vocabularies of a hazard ticket (DOMAIN.md "Hidden-hazard tickets"). */
public final class HazardEnums {

    private HazardEnums() {
    }

    /** 一般隐患 / 重大隐患. */
    public enum Level { GENERAL, MAJOR }

    /** 自查, 监督检查, 举报 (12350), 专项整治. */
    public enum Source { SELF_CHECK, INSPECTION, PUBLIC_REPORT, SPECIAL_CAMPAIGN }

    /** What kind of defect: equipment, behaviour, environment, management (基础管理), fire, electrical, storage. */
    public enum Category { EQUIPMENT, OPERATION, ENVIRONMENT, MANAGEMENT, FIRE, ELECTRICAL, HAZMAT_STORAGE, OTHER }

    public enum State {
        /** 登记: reported, awaiting confirmation. */
        REPORTED,
        /** Confirmed as a hazard; rectification not started. */
        CONFIRMED,
        /** 治理: being rectified. */
        RECTIFYING,
        /** Rectification submitted, awaiting acceptance (验收). */
        PENDING_ACCEPTANCE,
        /** 销号. */
        CLOSED,
        /** Not a hazard, or a duplicate. */
        REJECTED
    }

    public enum RejectionReason { NOT_A_HAZARD, DUPLICATE }

    /** Who accepted a rectification: the supervising department, or a named third party (required-able for major). */
    public enum AcceptorKind { SUPERVISING_DEPARTMENT, THIRD_PARTY }

    /** 挂牌督办 level. */
    public enum SupervisionLevel { CITY, DISTRICT, TOWNSHIP }
}

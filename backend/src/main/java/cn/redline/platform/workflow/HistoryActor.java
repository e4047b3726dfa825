package cn.redline.platform.workflow;

/**
 * Who a history entry names: the caller of the request, or a system job (then without an organization).
 *
 * @param orgCode the official code of the actor's organization, null for the system
 */
public record HistoryActor(String subject, String name, String orgCode) {

    /** A scheduled job acting on its own, e.g. {@code system:overdue-job}. */
    public static HistoryActor system(String subject, String name) {
        return new HistoryActor(subject, name, null);
    }
}

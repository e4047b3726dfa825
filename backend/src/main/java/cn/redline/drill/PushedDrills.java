package cn.redline.drill;

import cn.redline.platform.BulkPush;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the drill pushes and the evaluation pushes of enterprise systems share: the drill a system pushed, found by the
 * externalRef it pushed it with (per pushing org), and the judged items as the contract's {@link DrillBulk.Result}.
 */
@ApplicationScoped
public class PushedDrills {

    /** The drill an item created or named: its id and its state after the item. */
    record Pushed(UUID id, DrillStatus status) {

        static Pushed of(Drill d) {
            return new Pushed(d.id, d.status);
        }
    }

    @Inject
    EntityManager em;

    /** The drill {@code pusher}'s system pushed with {@code externalRef}, if any. */
    Optional<Drill> find(UUID pusher, String externalRef) {
        return em.createQuery("from Drill where pushedByOrgId = :p and externalRef = :r", Drill.class)
                .setParameter("p", pusher).setParameter("r", externalRef).getResultStream().findFirst();
    }

    /** The judged items, in the order given, with the counts per outcome. */
    static DrillBulk.Result result(List<BulkPush.Judged<Pushed>> judged) {
        List<DrillBulk.ItemResult> items = judged.stream().map(j -> new DrillBulk.ItemResult(j.index(), j.externalRef(),
                DrillBulk.DrillBulkStatus.valueOf(j.outcome().name()), j.record() == null ? null : j.record().id(),
                j.record() == null ? null : j.record().status(), j.errors())).toList();
        return new DrillBulk.Result(BulkPush.count(judged, BulkPush.Outcome.CREATED),
                BulkPush.count(judged, BulkPush.Outcome.EXISTING), BulkPush.count(judged, BulkPush.Outcome.INVALID), items);
    }
}

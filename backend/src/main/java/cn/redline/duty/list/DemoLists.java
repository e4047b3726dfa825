package cn.redline.duty.list;

import cn.redline.org.DemoData;
import cn.redline.org.Org;
import cn.redline.org.Post;
import cn.redline.platform.Caller;
import cn.redline.platform.Caller.Actor;
import cn.redline.platform.ClusterLock;
import cn.redline.platform.ReplayClock;
import cn.redline.platform.Roles;
import cn.redline.platform.Times;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo lists of the year, issued by 南明区's safety office from the system templates through the real workflow, each
 * step by its own actor at its own time early in the year: the 区长's list with control indicators and the 花果园街道
 * 党工委书记's list under them (both signed, then activated by the {@link ListJob}), the 街道办事处主任's list published
 * and signed by the issuer, waiting for 林晓 (linxiao) to sign it, a zone's list in draft and an enterprise principal's
 * list in review. Runs when demo data is on, after the demo posts; once: a seeded list's creator is a {@code demo:}
 * subject, and the run holds the demo loaders' {@link ClusterLock}.
 */
@ApplicationScoped
public class DemoLists {

    private static final Logger LOG = Logger.getLogger(DemoLists.class);
    private static final String NANMING = "520102";
    private static final Actor SAFETY = new Actor("demo:safety", "张安全", Set.of(Roles.SAFETY_OFFICE), NANMING);

    @ConfigProperty(name = "redline.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ListService lists;

    @Inject
    ListJob job;

    @Inject
    ClusterLock lock;

    /** After the demo organizations and posts (DemoData observes at the default priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 650) StartupEvent event) {
        if (enabled) {
            int added = seed();
            LOG.infof("Demo data: %d responsibility lists added", added);
        }
    }

    /** Seeds the lists unless a seeded one exists; returns how many it added. */
    @Transactional
    @ActivateRequestContext
    public int seed() {
        lock.holdUntilCommit(DemoData.LOCK);
        if (!em.createQuery("select l.id from ResponsibilityList l where l.createdBy like 'demo:%'", UUID.class)
                .setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        LocalDate today = Times.today(clock);
        int year = today.getYear();
        Post govHead = post(NANMING, "区长");
        Post partySecretary = post("520102001", "街道党工委书记");
        Post streetHead = post("520102001", "街道办事处主任");
        Post zoneHead = post("520102050", "管委会主任");
        Post principal = post("91520102001004484X", "董事长（法定代表人）");
        if (govHead == null || partySecretary == null || streetHead == null || zoneHead == null || principal == null) {
            return 0;
        }
        String doc = "南安委〔" + year + "〕";
        ListViews.Detail district = issue(govHead, year, LocalDate.of(year, 1, 5), List.of(
                new ListInputs.IndicatorInput(IndicatorMetric.ACC_COUNT, new BigDecimal("12"), null),
                new ListInputs.IndicatorInput(IndicatorMetric.ACC_DEATHS, new BigDecimal("3"), null)));
        publish(district.id(), doc + "1号", LocalDate.of(year, 1, 10));
        sign(district.id(), holder(govHead, "周志强", NANMING), LocalDate.of(year, 1, 15));
        sign(district.id(), SAFETY, LocalDate.of(year, 1, 15));

        List<ListInputs.IndicatorInput> township = new ArrayList<>();
        for (ListViews.Indicator i : district.indicators()) {
            township.add(new ListInputs.IndicatorInput(i.metric(), i.metric() == IndicatorMetric.ACC_DEATHS
                    ? BigDecimal.ONE : new BigDecimal("2"), i.id()));
        }
        ListViews.Detail secretary = issue(partySecretary, year, LocalDate.of(year, 1, 18), township);
        publish(secretary.id(), doc + "2号", LocalDate.of(year, 1, 22));
        sign(secretary.id(), SAFETY, LocalDate.of(year, 1, 25));
        sign(secretary.id(), holder(partySecretary, "胡斌", "520102001"), LocalDate.of(year, 1, 26));

        ListViews.Detail street = issue(streetHead, year, LocalDate.of(year, 1, 18), township);
        publish(street.id(), doc + "3号", LocalDate.of(year, 1, 22));
        sign(street.id(), SAFETY, LocalDate.of(year, 1, 25));

        issue(zoneHead, year, LocalDate.of(year, 2, 3), List.of());
        ListViews.Detail enterprise = issue(principal, year, LocalDate.of(year, 2, 5), List.of());
        at(LocalDate.of(year, 2, 6), SAFETY, () -> lists.transition(enterprise.id(), null,
                new TransitionInput(ListAction.SUBMIT, null, null, null, null)));
        em.flush();
        job.run();
        return 5;
    }

    private Post post(String orgCode, String title) {
        return em.createQuery("select p from Post p, Org o where p.orgId = o.id and o.code = :c and p.title = :t", Post.class)
                .setParameter("c", orgCode).setParameter("t", title).getResultStream().findFirst().orElse(null);
    }

    /** The holder's login is the person reference of the demo post's assignment. */
    private Actor holder(Post post, String name, String orgCode) {
        String ref = lists.holderOn(post.id, Times.today(clock)).map(a -> a.personRef).orElse(name);
        return new Actor(ref, name, Set.of(Roles.LEADER), orgCode);
    }

    /** A draft from the system template of the post's kind, by 南明区's safety office. */
    private ListViews.Detail issue(Post post, int year, LocalDate day, List<ListInputs.IndicatorInput> indicators) {
        Org org = em.find(Org.class, post.orgId);
        HolderKind kind = java.util.Arrays.stream(HolderKind.values()).filter(k -> k.fits(post.kind, org)).findFirst()
                .orElseThrow();
        UUID template = em.createQuery("""
                        select t.id from ListTemplate t where t.holderKind = :k and t.issuingOrgId is null
                        and t.retiredAt is null order by t.versionNo desc""", UUID.class)
                .setParameter("k", kind).setMaxResults(1).getSingleResult();
        return at(day, SAFETY, () -> lists.create(new ListInputs.Create(year, post.id, kind, template, null, null, null,
                Publicity.PUBLIC, null, indicators.isEmpty() ? null : indicators)));
    }

    private void publish(UUID id, String docNumber, LocalDate day) {
        at(day, SAFETY, () -> lists.transition(id, null, new TransitionInput(ListAction.SUBMIT, null, null, null, null)));
        at(day.plusDays(1), SAFETY, () -> lists.transition(id, null,
                new TransitionInput(ListAction.PUBLISH, null, docNumber, null, null)));
    }

    private void sign(UUID id, Actor who, LocalDate day) {
        at(day, who, () -> lists.transition(id, null, new TransitionInput(ListAction.SIGN, null, null,
                SignatureMethod.E_SIGN, null)));
    }

    /** Runs {@code work} as {@code who} at ten in the morning of {@code day}, or now if that is still to come. */
    private <T> T at(LocalDate day, Actor who, Supplier<T> work) {
        Instant planned = day.atTime(LocalTime.of(10, 0)).atZone(Times.ZONE).toInstant();
        Instant now = clock.instant();
        caller.actAs(who);
        return ReplayClock.at(planned.isBefore(now) ? planned : now, work);
    }
}

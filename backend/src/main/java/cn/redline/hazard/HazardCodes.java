package cn.redline.hazard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Human-readable ticket codes, unique per year: YH-2026-000123. */
@ApplicationScoped
public class HazardCodes {

    @Inject
    EntityManager em;

    /** The next number of the year; the counter row is locked until the reporting transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        Number n = (Number) em.createNativeQuery("""
                insert into hazard_code_counter (year, last_value) values (?1, 1)
                on conflict (year) do update set last_value = hazard_code_counter.last_value + 1
                returning last_value""").setParameter(1, year).getSingleResult();
        return String.format("YH-%d-%06d", year, n.intValue());
    }
}

package cn.redline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Serializes work across every instance that shares the database (start-up loads, jobs that must run once):
 * a PostgreSQL transaction-level advisory lock, released by the database itself at commit or rollback, so a
 * crashed instance never leaves it held.
 */
@ApplicationScoped
public class ClusterLock {

    @Inject
    EntityManager em;

    /**
     * Waits until no other transaction, in this instance or another, holds the lock {@code name}, then holds
     * it until the caller's transaction ends. Work done after this call sees everything the previous holder
     * committed, so "skip what already exists" checks are reliable.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdUntilCommit(String name) {
        long key = key(name);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, key);
                lock.execute();
            }
        });
    }

    /** A stable 64-bit key for a name, the same in every JVM. */
    static long key(String name) {
        return UUID.nameUUIDFromBytes(("redline:" + name).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }
}

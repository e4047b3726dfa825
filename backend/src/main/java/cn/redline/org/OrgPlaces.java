package cn.redline.org;

import cn.redline.platform.Scope;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Where each org code sits in the tree and the scope it grants, kept in memory so that a request does not read
 * its caller's org from the database. Every org write announces itself with a PostgreSQL {@code NOTIFY}, which the
 * database delivers at commit to every instance on it (this one included); each drops all its entries then.
 * While this instance is not listening (starting, or its listening connection is lost) nothing is served from
 * memory, and when it listens again it forgets what it had, so a change it could have missed is never served.
 * Entries also expire after {@code redline.org-cache.max-age}, a bound for changes written past the
 * application (SQL by hand).
 */
@ApplicationScoped
public class OrgPlaces {

    static final String CHANNEL = "redline_org_changed";
    private static final Logger LOG = Logger.getLogger(OrgPlaces.class);
    private static final int POLL_MILLIS = 500;

    /** An org by its official code: its id, its path and the scope it grants to its (non-admin) members. */
    public record Place(UUID orgId, String path, Scope scope) {
    }

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "redline.org-cache.max-age", defaultValue = "PT1M")
    Duration maxAge;

    private Cache<String, Place> byCode;
    /** Bumped by every invalidation: a place read from the database before one is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean stopped;
    private Thread listener;

    void start(@Observes StartupEvent event) {
        byCode = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(maxAge).build();
        listener = new Thread(this::listen, "org-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** The place of {@code code}, from memory or else from {@code load} (kept unless an org changed meanwhile). */
    Optional<Place> find(String code, Supplier<Optional<Place>> load) {
        if (!listening || byCode == null) {
            return load.get();
        }
        Place known = byCode.getIfPresent(code);
        if (known != null) {
            return Optional.of(known);
        }
        long before = generation.get();
        Optional<Place> loaded = load.get();
        if (loaded.isPresent() && listening) {
            byCode.asMap().compute(code, (k, v) -> generation.get() == before ? loaded.get() : v);
        }
        return loaded;
    }

    /**
     * Announces an org change to every instance once the caller's transaction commits; this instance forgets its
     * places at once then, before the writer's answer is sent.
     */
    void changed(EntityManager em) {
        em.createNativeQuery("select cast(pg_notify(:channel, '') as text)").setParameter("channel", CHANNEL)
                .getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                invalidate();
            }
        });
    }

    private void invalidate() {
        generation.incrementAndGet();
        if (byCode != null) {
            byCode.invalidateAll();
        }
    }

    /** Holds a connection of its own that LISTENs, and drops the places on every notification; reconnects. */
    private void listen() {
        long retry = 250;
        while (!stopped) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("listen " + CHANNEL);
                invalidate();
                listening = true;
                retry = 250;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stopped) {
                    var notes = pg.getNotifications(POLL_MILLIS);
                    if (notes != null && notes.length > 0) {
                        invalidate();
                    }
                }
            } catch (SQLException e) {
                if (listening) {
                    // an outage is reported once, by platform/db/DatabaseOutage
                    LOG.infof("Org change listener lost its connection (%s); org lookups go to the database until it is back",
                            e.getMessage());
                }
            } finally {
                listening = false;
                invalidate();
            }
            try {
                Thread.sleep(retry);
            } catch (InterruptedException e) {
                return;
            }
            retry = Math.min(retry * 2, 5_000);
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        user.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "redline-org-listener");
        props.setProperty("tcpKeepAlive", "true");
        // the driver itself, not DriverManager: the application's class loader is not the one DriverManager asks
        return new org.postgresql.Driver().connect(jdbcUrl, props);
    }
}

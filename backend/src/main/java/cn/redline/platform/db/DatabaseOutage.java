package cn.redline.platform.db;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * PostgreSQL cannot be reached: recognised anywhere in a failure's cause chain (connection exceptions, SQLSTATE
 * class 08, server shutting down or starting up), so every route answers it the same way (503, see ProblemMappers).
 * An outage is logged once, when it starts; it ends when the pool creates a connection again, logged once too.
 */
@ApplicationScoped
public class DatabaseOutage implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up, shutting down, in recovery). */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_CAUSES = 32;

    private final AtomicReference<Instant> since = new AtomicReference<>();

    @Inject
    Instance<AgroalDataSource> dataSource;

    /** Whether {@code failure} comes from not reaching the database (rather than from what was asked of it). */
    public static boolean causedBy(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A request failed because the database is unreachable: the first one of an outage logs it. */
    public void failed(Throwable failure) {
        if (since.compareAndSet(null, Instant.now())) {
            LOG.warnf("PostgreSQL cannot be reached (%s); answering 503 until it is back", rootMessage(failure));
            // idle pooled connections lead to the lost server: drop them so none is handed out after it is back
            dataSource.get().flush(AgroalDataSource.FlushMode.IDLE);
        }
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        Instant start = since.getAndSet(null);
        if (start != null) {
            LOG.infof("PostgreSQL is reachable again after %d ms", Duration.between(start, Instant.now()).toMillis());
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t.getCause() != null && depth < MAX_CAUSES; depth++) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}

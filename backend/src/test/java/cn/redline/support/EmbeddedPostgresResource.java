package cn.redline.support;

import cn.redline.platform.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real, throw-away PostgreSQL 17 for the test run. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase db;

    @Override
    public Map<String, String> start() {
        try {
            db = EmbeddedDatabase.startTemporary();
        } catch (Exception e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        try {
            if (db != null) {
                db.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

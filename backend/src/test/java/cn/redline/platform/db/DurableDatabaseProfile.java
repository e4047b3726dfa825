package cn.redline.platform.db;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An app of its own on a database of its own, started the way production starts it ({@link EmbeddedDatabase#start}:
 * durable, supervised, persistent data directory), so a test can kill, stop and restart PostgreSQL without touching
 * the server the rest of the suite shares.
 */
public class DurableDatabaseProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Database.class), new TestResourceEntry(OidcWiremockTestResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    /** The profile's database; the test stops and restarts it through the static methods. */
    public static class Database implements QuarkusTestResourceLifecycleManager {

        private static Path root;
        private static EmbeddedDatabase db;
        private static int port;

        @Override
        public Map<String, String> start() {
            try {
                root = Files.createTempDirectory("redline-durable-");
                db = EmbeddedDatabase.start(root.resolve("postgres"), 0);
                port = db.port();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", db.jdbcUrl(),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        }

        static Path dataDirectory() {
            return root.resolve("postgres");
        }

        /** Stops PostgreSQL the way an operator would (the supervisor does not restart what was closed). */
        static synchronized void stopDatabase() throws IOException {
            db.close();
        }

        /** Starts it again on the same port and data directory. */
        static synchronized void startDatabase() throws IOException {
            db = EmbeddedDatabase.start(dataDirectory(), port);
        }

        @Override
        public void stop() {
            try {
                db.close();
                Postmasters.deleteTree(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

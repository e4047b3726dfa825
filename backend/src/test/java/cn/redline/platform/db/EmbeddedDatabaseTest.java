package cn.redline.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default database: durable, keeps its data across restarts, restarts itself when its server dies, and takes
 * over a data directory whose server outlived a killed JVM.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestartAndAStalePidFile() throws Exception {
        Path data = dir.resolve("postgres");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0);
             Connection c = DriverManager.getConnection(db.jdbcUrl())) {
            c.createStatement().execute("create table kept (v text)");
            c.createStatement().execute("insert into kept values ('红线')");
        }
        // what a killed JVM leaves behind: a pid file naming a process that no longer exists
        Files.writeString(data.resolve("postmaster.pid"), "2147483646\n" + data + "\n");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            assertEquals("红线", kept(db.jdbcUrl()));
        }
    }

    @Test
    void theDefaultServerIsDurable() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), 0);
             Connection c = DriverManager.getConnection(db.jdbcUrl());
             ResultSet rs = c.createStatement().executeQuery("""
                     select name, setting from pg_settings
                     where name in ('fsync', 'synchronous_commit', 'full_page_writes')""")) {
            Map<String, String> settings = new TreeMap<>();
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
            assertEquals(Map.of("fsync", "on", "full_page_writes", "on", "synchronous_commit", "on"), settings);
            String commandLine = Files.readString(Path.of("/proc", Long.toString(Postmasters.pid(db.dataDirectory())),
                    "cmdline")).replace('\0', ' ');
            assertFalse(List.of(commandLine.split(" ")).contains("-F"), commandLine);
        }
    }

    @Test
    void aKilledServerIsRestartedOnItsPortWithItsData() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), 0)) {
            try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
                c.createStatement().execute("create table kept (v text)");
                c.createStatement().execute("insert into kept values ('红线')");
            }
            long killed = Postmasters.kill(db.dataDirectory());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            String value = null;
            while (value == null) {
                try {
                    value = kept(db.jdbcUrl());
                } catch (SQLException e) {
                    assertTrue(System.nanoTime() < deadline, "not restarted within 60 s: " + e.getMessage());
                    Thread.sleep(100);
                }
            }
            assertEquals("红线", value);
            assertNotEquals(killed, Postmasters.pid(db.dataDirectory()));
        }
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedAtTheNextStart() throws Exception {
        Path data = dir.resolve("postgres");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        ProcessHandle orphan = null;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            while (url == null) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                if (line.startsWith("jdbc:")) {
                    url = line;
                }
            }
            assertTrue(url != null, "the child JVM did not start its database");
            try (Connection c = DriverManager.getConnection(url)) {
                c.createStatement().execute("create table kept (v text)");
                c.createStatement().execute("insert into kept values ('红线')");
            }
            orphan = Postmasters.process(data);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertTrue(orphan.isAlive(), "the postmaster outlives its JVM");

            long start = System.nanoTime();
            try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
                long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
                assertTrue(seconds < 30, "took " + seconds + " s");
                assertFalse(Postmasters.running(orphan), "the orphan was stopped");
                assertNotEquals(orphan.pid(), Postmasters.pid(data));
                assertEquals("红线", kept(db.jdbcUrl()));
            }
        } finally {
            child.destroyForcibly();
            if (orphan != null && Postmasters.running(orphan)) {
                orphan.destroyForcibly();
            }
        }
    }

    private static String kept(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            rs.next();
            String v = rs.getString(1);
            assertFalse(rs.next());
            return v;
        }
    }

    /** A JVM that starts the embedded database, says where, and waits to be killed. */
    public static final class Child {

        private Child() {
        }

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0);
            System.out.println(db.jdbcUrl());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}

package cn.redline.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default database keeps its data across restarts, and recovers from a killed JVM's stale pid file. */
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
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0);
             Connection c = DriverManager.getConnection(db.jdbcUrl());
             ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            rs.next();
            assertEquals("红线", rs.getString(1));
            assertFalse(rs.next());
        }
    }
}

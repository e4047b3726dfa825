package cn.redline.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 run as a child process with a persistent data directory: Redline's default database when
 * no JDBC URL is configured.
 * <ul>
 * <li>Durable: fsync, synchronous commit and full-page writes are on, so a commit that was acknowledged survives a
 * killed server (and a crashed machine). Only the test suite's throw-away server runs without them.</li>
 * <li>Supervised: when the server dies it is started again on the same port and data directory, with a backoff that
 * doubles from 250 ms up to 10 s, until it runs; PostgreSQL's crash recovery replays the WAL.</li>
 * <li>One owner: a lock file beside the data directory is held while this object is open. A server still running
 * on the data directory when the lock is taken was left by a process that died without stopping it (a killed
 * JVM): it is stopped before the new one starts.</li>
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final long FIRST_RETRY_MILLIS = 250;
    private static final long MAX_RETRY_MILLIS = 10_000;
    private static final List<String> DURABLE = List.of("fsync=on", "synchronous_commit=on", "full_page_writes=on");
    private static final List<String> FAST = List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off");

    private final Path dataDir;
    private final int port;
    private final List<String> settings;
    private final Path deleteOnClose;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private Process postmaster;
    private volatile boolean closed;

    private EmbeddedDatabase(Path dataDir, int port, List<String> settings, Path deleteOnClose) throws IOException {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port > 0 ? port : freePort();
        this.settings = settings;
        this.deleteOnClose = deleteOnClose;
        Files.createDirectories(this.dataDir);
        lockChannel = FileChannel.open(sibling(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException("Another Redline process uses the database in " + this.dataDir);
        }
    }

    /** Starts (or reopens) the durable, supervised cluster in {@code dataDir}; port 0 picks a free port. */
    public static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        return open(new EmbeddedDatabase(dataDir, port, DURABLE, null));
    }

    /** A fresh throw-away cluster without fsync, for the test suite: deleted on close. */
    public static EmbeddedDatabase startTemporary() throws IOException {
        Path root = Files.createTempDirectory("redline-pg-");
        return open(new EmbeddedDatabase(root.resolve("data"), 0, FAST, root));
    }

    private static EmbeddedDatabase open(EmbeddedDatabase db) throws IOException {
        try {
            db.stopLeftoverServer();
            db.initIfEmpty();
            db.launch();
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            db.close();
            throw new IOException("Interrupted while starting PostgreSQL", e);
        }
        Thread supervisor = new Thread(db::supervise, "embedded-postgres-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
        LOG.infof("Embedded PostgreSQL listening on port %d with data in %s (%s; server log %s)", db.port, db.dataDir,
                String.join(", ", db.settings), db.sibling(".log"));
        return db;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDir;
    }

    /** Stops the server (fast shutdown: open sessions are rolled back) and releases the data directory. */
    @Override
    public void close() throws IOException {
        Process running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = postmaster;
        }
        try {
            if (running != null && running.isAlive()) {
                run(PostgresBinaries.command("pg_ctl", "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "30"));
            }
        } catch (IOException e) {
            LOG.warnf("Embedded PostgreSQL did not stop cleanly (%s); killing it", e.getMessage());
            running.destroyForcibly();
        } finally {
            lock.release();
            lockChannel.close();
            if (deleteOnClose != null) {
                deleteTree(deleteOnClose);
            }
        }
    }

    /** Waits for the server to exit and, unless this object was closed, starts it again with a growing delay. */
    private void supervise() {
        while (true) {
            Process watched;
            synchronized (this) {
                watched = postmaster;
            }
            int status;
            try {
                status = watched.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            LOG.warnf("Embedded PostgreSQL (pid %d) exited with status %d; restarting it", watched.pid(), status);
            long delay = FIRST_RETRY_MILLIS;
            for (int attempt = 1; ; attempt++) {
                try {
                    Thread.sleep(delay);
                    if (closed) {
                        return;
                    }
                    launch();
                    LOG.infof("Embedded PostgreSQL restarted on port %d (attempt %d)", port, attempt);
                    break;
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    delay = Math.min(delay * 2, MAX_RETRY_MILLIS);
                    LOG.warnf("Embedded PostgreSQL restart attempt %d failed (%s); next attempt in %d ms", attempt,
                            e.getMessage(), delay);
                }
            }
        }
    }

    private synchronized void launch() throws IOException, InterruptedException {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        List<String> args = new ArrayList<>(List.of("-D", dataDir.toString(), "-p", Integer.toString(port),
                "-c", "timezone=UTC", "-c", "max_connections=200"));
        settings.forEach(s -> {
            args.add("-c");
            args.add(s);
        });
        Process started = new ProcessBuilder(PostgresBinaries.command("postgres", args.toArray(String[]::new)))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(sibling(".log").toFile()))
                .start();
        try {
            awaitReady(started);
        } catch (IOException | InterruptedException | RuntimeException e) {
            started.destroyForcibly();
            throw e;
        }
        postmaster = started;
    }

    private void awaitReady(Process started) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                throw new IOException("PostgreSQL exited with status " + started.exitValue() + " while starting; see "
                        + sibling(".log"));
            }
            try (Connection c = DriverManager.getConnection(jdbcUrl() + "&connectTimeout=2&loginTimeout=5")) {
                c.createStatement().execute("select 1");
                return;
            } catch (SQLException e) {
                last = e;
                if ("57P03".equals(e.getSQLState())) {
                    // crash recovery is running: it takes as long as the WAL it replays
                    deadline = Math.max(deadline, System.nanoTime() + STARTUP_WAIT.toNanos());
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("PostgreSQL did not accept connections within " + STARTUP_WAIT, last);
    }

    private void initIfEmpty() throws IOException, InterruptedException {
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            List<String> args = new ArrayList<>(List.of("-A", "trust", "-U", "postgres", "-D", dataDir.toString(),
                    "-E", "UTF-8"));
            if (settings.equals(FAST)) {
                args.add("--no-sync");
            }
            run(PostgresBinaries.command("initdb", args.toArray(String[]::new)));
        }
    }

    /**
     * A server named by postmaster.pid that is still running was left behind by an owner that died (we hold the
     * lock): stop it. A pid file naming a dead process stays, PostgreSQL checks it itself (and whether the old
     * server's shared memory is still in use); one naming a live process that is not PostgreSQL is removed.
     */
    private void stopLeftoverServer() throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<ProcessHandle> owner = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (owner.isEmpty()) {
            return;
        }
        boolean postgres = owner.get().info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                .orElse(false);
        if (!postgres) {
            LOG.warnf("Removing %s: its pid %d now belongs to another program", pidFile, owner.get().pid());
            Files.delete(pidFile);
            return;
        }
        LOG.warnf("PostgreSQL (pid %d, parent %s) left running on %s by a previous run; stopping it", owner.get().pid(),
                owner.get().parent().map(p -> Long.toString(p.pid())).orElse("none"), dataDir);
        run(PostgresBinaries.command("pg_ctl", "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60"));
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::strip).filter(s -> s.matches("\\d{1,10}")).map(Long::parseLong);
        }
    }

    private void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(sibling(".log").toFile())).start();
        try {
            int status = p.waitFor();
            if (status != 0) {
                throw new IOException(String.join(" ", command) + " exited with status " + status + "; see "
                        + sibling(".log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new IOException("Interrupted", e);
        }
    }

    private Path sibling(String suffix) {
        return dataDir.resolveSibling(dataDir.getFileName() + suffix);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

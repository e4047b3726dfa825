package cn.redline.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {

    @TempDir
    Path root;

    @Test
    void blobsRoundTripInShardedDirectories() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        String key = "abcdef01-2345-6789-abcd-ef0123456789";
        byte[] bytes = SampleFiles.png();
        store.put(key, bytes, "image/png");
        assertTrue(Files.isRegularFile(root.resolve("ab").resolve("cd").resolve(key)));
        try (InputStream in = store.get(key)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        store.put(key, SampleFiles.pdf(), "application/pdf");
        try (InputStream in = store.get(key)) {
            assertArrayEquals(SampleFiles.pdf(), in.readAllBytes());
        }
        store.delete(key);
        assertThrows(BlobStore.MissingBlob.class, () -> store.get(key));
        store.delete(key);
    }

    @Test
    void aShortStreamStoresNothingAndLeavesNoTemporaryFile() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        String key = UUID.randomUUID().toString();
        assertThrows(IllegalArgumentException.class, () -> store.put(key, new ByteArrayInputStream(new byte[10]), 20, "image/png"));
        assertThrows(BlobStore.MissingBlob.class, () -> store.get(key));
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void keysThatCouldLeaveTheRootAreRefused() {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        for (String key : new String[] {"../../etc/passwd", "ab/cd", "..abc", "", "a"}) {
            assertThrows(IllegalArgumentException.class, () -> store.put(key, new byte[] {1}, "image/png"), key);
        }
        assertFalse(Files.exists(root.getParent().resolve("etc")));
    }
}

package cn.redline.attachment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Where attachment bytes live, addressed by an opaque storage key. Implementations write a blob
 * completely or not at all, so a reader never sees half a file.
 */
public interface BlobStore {

    /** Stores exactly {@code size} bytes from {@code in} under {@code key}, replacing any blob there. */
    void put(String key, InputStream in, long size, String contentType);

    default void put(String key, byte[] bytes, String contentType) {
        put(key, new ByteArrayInputStream(bytes), bytes.length, contentType);
    }

    /** The blob's bytes; the caller closes the stream. {@link MissingBlob} when nothing is stored under the key. */
    InputStream get(String key);

    /** Removes the blob; removing a missing blob is not an error. */
    void delete(String key);

    /** The database names a blob the store does not hold: a storage fault, not the caller's. */
    class MissingBlob extends RuntimeException {
        public MissingBlob(String key) {
            super("No blob stored under " + key);
        }
    }
}

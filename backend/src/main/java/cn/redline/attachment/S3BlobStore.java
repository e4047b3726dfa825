package cn.redline.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Blobs as objects in one bucket of an S3-compatible store (AWS S3, MinIO, Ceph RGW, OSS/COS in S3 mode).
 * A PUT is atomic in S3, so no temporary object is needed.
 */
public class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3BlobStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * Buffers the stream: over plain HTTP the SDK signs the whole payload and must read it twice, which a
     * one-shot stream cannot do. Attachments are bounded by redline.attachments.max-bytes, so memory is too.
     */
    @Override
    public void put(String key, InputStream in, long size, String contentType) {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Blob " + key + " is too large to store: " + size + " bytes");
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) size);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading blob " + key + " failed", e);
        }
        if (bytes.length != size) {
            throw new IllegalArgumentException("Expected " + size + " bytes for " + key + ", got " + bytes.length);
        }
        put(key, bytes, contentType);
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build(),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public InputStream get(String key) {
        try {
            return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
        } catch (NoSuchKeyException e) {
            throw new MissingBlob(key);
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key).build());
    }

    @Override
    public void close() {
        s3.close();
    }
}

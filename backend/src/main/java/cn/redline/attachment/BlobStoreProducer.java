package cn.redline.attachment;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/** The one {@link BlobStore} of the application, chosen by {@code redline.storage.type}. */
@ApplicationScoped
public class BlobStoreProducer {

    private static final Logger LOG = Logger.getLogger(BlobStoreProducer.class);

    @Produces
    @ApplicationScoped
    BlobStore blobStore(StorageConfig config, @ConfigProperty(name = "redline.data-dir") String dataDir) {
        return switch (config.type()) {
            case filesystem -> new FileSystemBlobStore(Path.of(dataDir, "files"));
            case s3 -> new S3BlobStore(s3Client(config.s3()), config.s3().bucket().orElseThrow(
                    () -> new IllegalStateException("redline.storage.s3.bucket is required when redline.storage.type=s3")));
        };
    }

    /** Files kept on one machine's disk are not seen by another instance: say so where operators look first. */
    void warnWhenLocal(@Observes StartupEvent started, StorageConfig config) {
        if (config.type() == StorageConfig.Type.filesystem) {
            LOG.warn("Attachments are stored on this machine's disk (redline.storage.type=filesystem): "
                    + "several instances on one database need the shared S3 store (redline.storage.type=s3), "
                    + "or files uploaded through one instance cannot be read through another");
        }
    }

    void close(@Disposes BlobStore store) {
        if (store instanceof S3BlobStore s3) {
            s3.close();
        }
    }

    static S3Client s3Client(StorageConfig.S3 cfg) {
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(cfg.region()))
                .forcePathStyle(cfg.pathStyle())
                // Newer SDKs send trailing CRC checksums by default, which many S3-compatible stores reject.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // Plain signed PUTs rather than aws-chunked streaming uploads, which not every S3-compatible
                // store decodes; attachments are small and already in memory.
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build());
        cfg.endpoint().ifPresent(b::endpointOverride);
        if (cfg.accessKey().isPresent() && cfg.secretKey().isPresent()) {
            b.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(cfg.accessKey().get(), cfg.secretKey().get())));
        } else {
            b.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return b.build();
    }
}

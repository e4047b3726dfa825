package cn.redline.attachment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.util.Optional;

/** {@code redline.storage.*}: where attachment bytes are kept. */
@ConfigMapping(prefix = "redline.storage")
public interface StorageConfig {

    enum Type { filesystem, s3 }

    /** filesystem (default, under ${redline.data-dir}/files) or s3. */
    @WithDefault("filesystem")
    Type type();

    S3 s3();

    interface S3 {
        /** For S3-compatible stores (MinIO …); empty for AWS itself. */
        Optional<URI> endpoint();

        Optional<String> bucket();

        @WithDefault("us-east-1")
        String region();

        /** Without keys the SDK's default chain (environment, profile, instance role) is used. */
        @WithName("access-key")
        Optional<String> accessKey();

        @WithName("secret-key")
        Optional<String> secretKey();

        /** MinIO and most self-hosted stores need path-style addressing (endpoint/bucket/key). */
        @WithName("path-style")
        @WithDefault("false")
        boolean pathStyle();
    }
}

package cn.redline.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Request quotas (application.properties documents the defaults and why they are what they are). */
@ConfigMapping(prefix = "redline.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Per client: the token's authorized party and subject. */
    Quota client();

    /** Per remote address, before the token is looked at. */
    Quota address();

    /** Failed authentications (401) per remote address; when spent, the address is refused until it refills. */
    Quota authFailures();

    interface Quota {
        long requests();

        Duration window();
    }
}

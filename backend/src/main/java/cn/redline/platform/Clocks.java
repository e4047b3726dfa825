package cn.redline.platform;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The one {@link Clock} every reader of the time injects; a test replaces it with one it can move. */
@Singleton
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    /**
     * The system's clock; with {@code redline.clock.offset-file} set (the end-to-end stack only), moved by the offset
     * that file holds.
     */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "redline.clock.offset-file") Optional<Path> offsetFile) {
        Clock system = Clock.system(Times.ZONE);
        if (offsetFile.isEmpty()) {
            return new ReplayClock(system);
        }
        LOG.warnf("TEST CLOCK: the application's time is moved by the offset in %s (redline.clock.offset-file); "
                + "never set this outside the end-to-end tests", offsetFile.get());
        return new ReplayClock(new OffsetFileClock(system, offsetFile.get()));
    }
}

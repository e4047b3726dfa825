package cn.redline.platform;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one {@link Clock} every reader of the time injects; a test replaces it with one it can move. */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return new ReplayClock(Clock.system(Times.ZONE));
    }
}

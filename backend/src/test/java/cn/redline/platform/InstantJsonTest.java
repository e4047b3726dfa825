package cn.redline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast instant writer answers exactly what the JSR-310 module wrote, for any instant the database can hold. */
class InstantJsonTest {

    private final ObjectMapper jsr310 = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    private final ObjectMapper fast = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(InstantJson.module()).configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    @Test
    void writesWhatTheJsr310ModuleWrote() throws Exception {
        Random random = new Random(20261202);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int k = 0; k < 20_000; k++) {
            long second = min + (long) (random.nextDouble() * (max - min));
            int nano = switch (k % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            check(Instant.ofEpochSecond(second, nano));
        }
        for (String edge : new String[] {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "2026-12-31T16:00:00Z",
                "2024-02-29T23:59:59.000001Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.100Z", "-0001-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z"}) {
            check(Instant.parse(edge));
        }
    }

    private void check(Instant instant) throws Exception {
        assertEquals(jsr310.writeValueAsString(instant), fast.writeValueAsString(instant), instant::toString);
    }
}

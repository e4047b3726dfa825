package cn.redline.hazard;

import static cn.redline.hazard.Hazards.major;
import static cn.redline.hazard.Hazards.qiancheng;
import static cn.redline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.redline.attachment.AttachmentView;
import cn.redline.hazard.HazardEnums.AcceptorKind;
import cn.redline.hazard.HazardEnums.Category;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.RejectionReason;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import cn.redline.hazard.HazardWorkflow.Action;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgView.OrgRef;
import cn.redline.support.Demo;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The hand-written JSON of tickets (list and get by id) is byte for byte what the application's Jackson mapper
 * writes for the same records: every part present or absent, strings with escapes, CJK and emoji, timestamps with
 * any fraction and offset. A field added to a view and not to {@link HazardJson} fails here.
 */
@QuarkusTest
class HazardJsonTest {

    @Inject
    ObjectMapper mapper;

    private final Random random = new Random(20261203);

    @Test
    void writesWhatJacksonWrites() throws Exception {
        for (int k = 0; k < 2000; k++) {
            HazardView view = view(k % 3 == 0);
            assertEquals(jackson(view), text(HazardJson.bytes(view)), "view " + k);
        }
        List<HazardView> items = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            items.add(view(k % 2 == 0));
        }
        for (HazardPages.HazardPage page : List.of(new HazardPages.HazardPage(items, "eyJrIjoxfQ"),
                new HazardPages.HazardPage(List.of(), null))) {
            assertEquals(jackson(page), text(HazardJson.bytes(page)));
        }
    }

    @Test
    void theApiAnswersTheseBytes() throws Exception {
        String id = Hazards.reported(Demo.inspector(), major(qiancheng()));
        String body = as(Demo.nanmingSafety()).get("/api/v1/hazards/{id}", id).then().statusCode(200)
                .contentType("application/json").extract().asString();
        HazardView read = mapper.readValue(body, HazardView.class);
        assertEquals(jackson(read), body);
        String page = as(Demo.nanmingSafety()).get("/api/v1/hazards?limit=5").then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertEquals(jackson(mapper.readValue(page, HazardPages.HazardPage.class)), page);
    }

    private String jackson(Object value) throws Exception {
        return text(mapper.writeValueAsBytes(value));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private HazardView view(boolean sparse) {
        boolean full = !sparse;
        List<AttachmentView> files = new ArrayList<>();
        for (int i = random.nextInt(full ? 3 : 1); i > 0; i--) {
            files.add(new AttachmentView(UUID.randomUUID(), string(), "image/jpeg", random.nextInt(1 << 30), "ab".repeat(32),
                    time(), maybe("hazard"), maybe(UUID.randomUUID()), maybe("BEFORE")));
        }
        List<Action> actions = new ArrayList<>();
        for (Action a : Action.values()) {
            if (random.nextBoolean()) {
                actions.add(a);
            }
        }
        return new HazardView(UUID.randomUUID(), "YH-2026-" + random.nextInt(1_000_000), string(), maybe(string()),
                pick(Level.values()), pick(Category.values()), maybe(string()), full ? org() : null, org(), maybe(string()),
                maybe(decimal(6)), maybe(decimal(6)), pick(Source.values()), string(), time(), maybe(string()),
                maybe(string()), maybe(string()), maybe(string()), maybe(date()), pick(State.values()), random.nextBoolean(),
                full ? org() : null,
                full ? new HazardView.FiveMustsView(maybe(string()), maybe(decimal(2)), maybe(date()), maybe(string()),
                        maybe(string()), random.nextBoolean()) : null,
                full ? new HazardView.SupervisionView(pick(SupervisionLevel.values()), maybe(org()), string(), time(),
                        maybe(time()), maybe(string())) : null,
                full ? new HazardView.ExtensionView(date(), maybe(string()), time()) : null,
                full ? new HazardView.AcceptanceView(pick(AcceptorKind.values()), maybe(string()), maybe(string()), time())
                        : null,
                full ? maybe(pick(RejectionReason.values())) : null, maybe("YH-2026-000001"),
                full ? new HazardView.EffectivenessView(random.nextBoolean(), maybe(string()), time()) : null,
                maybe(time()), files, actions, random.nextLong() & Long.MAX_VALUE, time(), time());
    }

    private OrgRef org() {
        return new OrgRef(UUID.randomUUID(), String.valueOf(random.nextInt(999_999)), string(), pick(OrgKind.values()));
    }

    private <T> T maybe(T value) {
        return random.nextInt(4) == 0 ? null : value;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private BigDecimal decimal(int scale) {
        return switch (random.nextInt(4)) {
            case 0 -> BigDecimal.ZERO.setScale(scale);
            case 1 -> new BigDecimal("-0.000001").setScale(Math.max(scale, 6));
            default -> BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, scale);
        };
    }

    private LocalDate date() {
        return LocalDate.ofEpochDay(random.nextInt(40_000));
    }

    private OffsetDateTime time() {
        int nano = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
        ZoneOffset offset = random.nextBoolean() ? ZoneOffset.UTC : ZoneOffset.ofHours(8);
        return OffsetDateTime.of(2000 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60), nano, offset);
    }

    /** Text as tickets carry it: CJK, Latin with accents, every ASCII character including controls, quotes, emoji. */
    private String string() {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            switch (random.nextInt(6)) {
                case 0 -> s.append((char) random.nextInt(128));
                case 1 -> s.append((char) (0x4E00 + random.nextInt(0x5000)));
                case 2 -> s.append((char) (0x80 + random.nextInt(0x780)));
                case 3 -> s.appendCodePoint(0x1F300 + random.nextInt(0x300));
                case 4 -> s.append("\"\\/\u2028\u00e9");
                default -> s.append((char) (0x800 + random.nextInt(0xD000)));
            }
        }
        return s.toString();
    }
}

package cn.redline.hazard;

import cn.redline.attachment.AttachmentService;
import cn.redline.attachment.FileKind;
import cn.redline.hazard.HazardEnums.AcceptorKind;
import cn.redline.hazard.HazardEnums.Category;
import cn.redline.hazard.HazardEnums.Level;
import cn.redline.hazard.HazardEnums.RejectionReason;
import cn.redline.hazard.HazardEnums.Source;
import cn.redline.hazard.HazardEnums.State;
import cn.redline.hazard.HazardEnums.SupervisionLevel;
import cn.redline.hazard.HazardWorkflow.Action;
import cn.redline.org.DemoData;
import cn.redline.org.Org;
import cn.redline.org.OrgKind;
import cn.redline.org.OrgRepository;
import cn.redline.org.RegionLevel;
import cn.redline.platform.Caller;
import cn.redline.platform.Caller.Actor;
import cn.redline.platform.ClusterLock;
import cn.redline.platform.ReplayClock;
import cn.redline.platform.Roles;
import cn.redline.platform.Times;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A year of demo hazard tickets in every state, so every screen shows something on a first run. Each ticket
 * goes through {@link HazardReporting} and {@link HazardTransitions} as the people who would act on it (the finder, the district safety
 * office, the enterprise), each step at its own time in the past: history, tallies, attachments and
 * allowedActions are what the real workflow makes. Tickets whose deadline has passed are then marked by the
 * {@link OverdueJob}. Runs when demo data is on, after the demo organizations; once: every seeded ticket's
 * finder is a {@code demo:} subject, and the run holds the demo loaders' {@link ClusterLock}, so two
 * instances starting together seed one set.
 */
@ApplicationScoped
public class DemoHazards {

    private static final Logger LOG = Logger.getLogger(DemoHazards.class);
    static final String SUBJECT_PREFIX = "demo:";
    static final int TICKETS = 120;
    private static final String INSPECTOR_GRID = "520102001001-G01";

    @ConfigProperty(name = "redline.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "redline.demo-data.hazards", defaultValue = "true")
    boolean withHazards;

    @Inject
    Clock clock;

    @Inject
    HazardReporting reporting;

    @Inject
    HazardTransitions transitions;

    @Inject
    HazardRepository hazards;

    @Inject
    OrgRepository orgs;

    @Inject
    AttachmentService attachments;

    @Inject
    OverdueJob overdue;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    ClusterLock lock;

    /** After the demo organizations (DemoData observes at the default priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (enabled && withHazards) {
            int added = seed(Times.today(clock));
            LOG.infof("Demo data: %d hazard tickets added", added);
        }
    }

    private record Template(String title, String description, Category category, String measures) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("配电箱未接地", "临时配电箱外壳未做保护接地，箱门无警示标识", Category.ELECTRICAL, "补设保护接地，张贴警示标识"),
            new Template("消防通道堵塞", "一层消防通道堆放纸箱和杂物，影响疏散", Category.FIRE, "清理通道杂物，划定禁停标线"),
            new Template("灭火器压力不足", "车间东侧4具灭火器压力指针位于红区", Category.FIRE, "更换灭火器，建立月检记录"),
            new Template("疏散指示标志损坏", "二层走廊疏散指示灯不亮", Category.FIRE, "更换指示灯并检测应急照明"),
            new Template("脚手架连墙件缺失", "外架12层以上连墙件间距超过规范要求", Category.EQUIPMENT, "按方案补设连墙件，复查架体"),
            new Template("临边洞口未防护", "5号楼电梯井口未设防护门", Category.ENVIRONMENT, "设置定型化防护门和警示标识"),
            new Template("特种作业人员无证上岗", "现场电焊作业人员未持特种作业操作证", Category.OPERATION, "停止作业，安排持证人员并组织培训"),
            new Template("安全培训记录缺失", "新入职员工三级安全教育记录不全", Category.MANAGEMENT, "补训并完善培训档案"),
            new Template("应急预案未演练", "本年度未开展综合应急预案演练", Category.MANAGEMENT, "制定演练计划并组织演练"),
            new Template("危化品混存", "氧化剂与易燃液体同库存放，未分区分类", Category.HAZMAT_STORAGE, "分区分类存放，设置隔离"),
            new Template("储罐区防火堤破损", "2号储罐防火堤有裂缝，排水阀常开", Category.HAZMAT_STORAGE, "修补防火堤，排水阀改为常闭"),
            new Template("燃气报警器失效", "厨房可燃气体报警器无响应", Category.EQUIPMENT, "更换报警器并与切断阀联动"),
            new Template("皮带机防护罩缺失", "输送皮带机头部转动部位无防护罩", Category.EQUIPMENT, "加装防护罩和急停拉绳"),
            new Template("边坡浮石未清理", "采场西侧边坡有浮石，下方有人员通行", Category.ENVIRONMENT, "清理浮石，设置警戒区"),
            new Template("电缆沟积水", "配电室电缆沟积水约20厘米", Category.ELECTRICAL, "排水并封堵渗漏点"),
            new Template("有限空间作业无审批", "污水池清淤作业未办理有限空间作业审批", Category.OPERATION, "补办审批，配备检测仪和救援设备"));

    private static final List<String> PEOPLE = List.of("李工", "王建国", "陈志强", "杨丽", "周明", "吴刚", "赵敏", "孙涛");

    /** Seeds the tickets unless a seeded ticket exists; returns how many it added. {@code today} is the local date. */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    @ActivateRequestContext
    public int seed(LocalDate today) {
        lock.holdUntilCommit(DemoData.LOCK);
        // whether one exists, not how many: a count would read every ticket on each start
        if (hazards.find("discoveredBySubject like ?1", SUBJECT_PREFIX + "%").firstResultOptional().isPresent()) {
            return 0;
        }
        List<Org> enterprises = orgs.list("kind = ?1 order by code", OrgKind.ENTERPRISE);
        Org grid = orgs.findByCode(INSPECTOR_GRID).orElse(null);
        if (enterprises.isEmpty()) {
            return 0;
        }
        Instant now = Times.now(clock).toInstant();
        Random rnd = new Random(20261201L);
        Map<UUID, Org> districts = new HashMap<>();
        for (int i = 0; i < TICKETS; i++) {
            Org enterprise = enterprises.get(i % enterprises.size());
            Org district = districts.computeIfAbsent(enterprise.id, id -> districtOf(enterprise));
            new Ticket(rnd, enterprise, district, grid, today, now).play();
        }
        em.flush();
        overdue.run(today);
        return TICKETS;
    }

    private Org districtOf(Org enterprise) {
        Org best = null;
        for (Org o : orgs.byIds(Org.idsOnPath(enterprise.path))) {
            if (o.regionLevel == RegionLevel.DISTRICT) {
                return o;
            }
            if (o.regionLevel != null && (best == null || best.depth < o.depth)) {
                best = o;
            }
        }
        return best;
    }

    /** One ticket's life: the steps it reaches before today, each at its own time and by its own actor. */
    private final class Ticket {
        private final Random rnd;
        private final Org enterprise;
        private final Actor finder;
        private final Actor office;
        private final Actor company;
        private final Source source;
        private final Level level;
        private final Template template;
        private final Instant now;
        private final int daysAgo;
        private Instant at;
        private UUID id;

        Ticket(Random rnd, Org enterprise, Org district, Org grid, LocalDate today, Instant now) {
            this.rnd = rnd;
            this.enterprise = enterprise;
            this.now = now;
            // more tickets in recent months, back to a year ago, during working hours
            this.daysAgo = (int) (365 * Math.pow(rnd.nextDouble(), 1.4));
            this.at = today.minusDays(daysAgo).atTime(LocalTime.of(9 + rnd.nextInt(8), rnd.nextInt(60)))
                    .atZone(Times.ZONE).toInstant();
            this.office = district.code.equals("520102") ? new Actor("demo:safety", "张安全", Set.of(Roles.SAFETY_OFFICE), district.code)
                    : district.code.equals("520113") ? new Actor("demo:safety-baiyun", "王安监", Set.of(Roles.SAFETY_OFFICE), district.code)
                    : new Actor("demo:safety-" + district.code, district.name + "安委办", Set.of(Roles.SAFETY_OFFICE), district.code);
            this.company = enterprise.code.equals("91520102001004484X")
                    ? new Actor("demo:enterprise", "陈企安", Set.of(Roles.ENTERPRISE), enterprise.code)
                    : new Actor("demo:enterprise-" + enterprise.code, enterprise.name + "安全员", Set.of(Roles.ENTERPRISE), enterprise.code);
            int who = rnd.nextInt(10);
            if (grid != null && enterprise.path.startsWith(grid.path) && who < 6) {
                finder = new Actor("demo:inspector", "刘巡查", Set.of(Roles.INSPECTOR), grid.code);
                source = Source.INSPECTION;
            } else if (who < 4) {
                finder = company;
                source = Source.SELF_CHECK;
            } else {
                finder = office;
                source = who == 9 ? Source.PUBLIC_REPORT : who == 8 ? Source.SPECIAL_CAMPAIGN : Source.INSPECTION;
            }
            this.level = rnd.nextInt(100) < 12 ? Level.MAJOR : Level.GENERAL;
            this.template = TEMPLATES.get(rnd.nextInt(TEMPLATES.size()));
        }

        void play() {
            report();
            if (daysAgo < 14 && rnd.nextBoolean()) {
                return; // still waiting for the district to confirm it
            }
            int path = rnd.nextInt(100);
            if (path < 8) {
                later(1, 3);
                act(office, reject());
                return;
            }
            if (path < 20 && level == Level.GENERAL && source != Source.PUBLIC_REPORT) {
                at = at.plus(Duration.ofMinutes(30 + rnd.nextInt(120)));
                act(finder, request(Action.FIX_ON_SPOT, "现场立即整改完毕", List.of(photo(finder, true))));
                return;
            }
            // how far it gets: most old tickets close, some stall in rectification and fall overdue
            int stall = rnd.nextInt(100);
            if (!later(1, 3) || !act(office, confirm())) {
                return;
            }
            if (level == Level.MAJOR && !majorSteps()) {
                return;
            }
            if (stall < 8 || !later(1, 4) || !act(company, request(Action.START_RECTIFICATION, null, null))) {
                return;
            }
            if (stall < 14) {
                if (later(2, 6) && rnd.nextBoolean()) {
                    act(company, extension());
                }
                return;
            }
            if (!later(5, 25) || !act(company, request(Action.SUBMIT_FOR_ACCEPTANCE, "已按整改措施完成整改，请验收",
                    List.of(photo(company, true))))) {
                return;
            }
            if (stall < 18 && rnd.nextBoolean() && later(1, 3)) {
                act(office, request(Action.SEND_BACK, "整改不到位，请补充整改", null));
                return;
            }
            if (stall < 20 || !later(1, 4) || !act(office, accept())) {
                return;
            }
            if (rnd.nextBoolean() && later(20, 40)) {
                act(office, verify());
            }
        }

        /** Five musts, then for some a supervision listing the enterprise signs. */
        private boolean majorSteps() {
            if (!later(1, 3) || !act(company, fiveMusts())) {
                return false;
            }
            if (rnd.nextBoolean() && later(1, 2)
                    && act(office, listing()) && rnd.nextBoolean() && later(1, 2)) {
                act(company, request(Action.SIGN_OFF_LISTING, "已签收督办通知", null));
            }
            return !at.isAfter(now);
        }

        /** Moves the clock on by a few days; false when that would pass the present. */
        private boolean later(int minDays, int maxDays) {
            at = at.plus(Duration.ofDays(minDays + rnd.nextInt(maxDays - minDays + 1))).plus(Duration.ofMinutes(rnd.nextInt(240)));
            return !at.isAfter(now);
        }

        private <T> T as(Actor actor, Supplier<T> work) {
            caller.actAs(actor);
            return ReplayClock.at(at, work);
        }

        private void report() {
            List<UUID> photos = rnd.nextInt(4) > 0 ? List.of(photo(finder, false)) : null;
            BigDecimal lat = BigDecimal.valueOf(26.45 + rnd.nextDouble() * 0.25).setScale(6, java.math.RoundingMode.HALF_UP);
            BigDecimal lng = BigDecimal.valueOf(106.55 + rnd.nextDouble() * 0.3).setScale(6, java.math.RoundingMode.HALF_UP);
            HazardInput in = new HazardInput(template.title(), template.description(), level, template.category(),
                    enterprise.id, null, null, source, enterprise.name + "厂区", lat, lng,
                    Times.stored(at.minus(Duration.ofMinutes(20)).atOffset(java.time.ZoneOffset.UTC)), null, null, null, null,
                    null, photos);
            id = as(finder, () -> reporting.report(in)).id();
        }

        private boolean act(Actor actor, TransitionRequest req) {
            if (at.isAfter(now)) {
                return false;
            }
            as(actor, () -> transitions.transition(id, null, req));
            return true;
        }

        private UUID photo(Actor actor, boolean after) {
            byte[] jpeg = jpeg(rnd, after);
            return as(actor, () -> attachments.store((after ? "整改后" : "整改前") + ".jpg", FileKind.JPEG, jpeg)).id();
        }

        private LocalDate day() {
            return at.atZone(Times.ZONE).toLocalDate();
        }

        private TransitionRequest confirm() {
            int days = level == Level.MAJOR ? 30 + rnd.nextInt(31) : 10 + rnd.nextInt(21);
            return new TransitionRequest(Action.CONFIRM, "现场核实属实", day().plusDays(days), PEOPLE.get(rnd.nextInt(PEOPLE.size())),
                    template.measures(), null, null, null, null, null, null, null, null);
        }

        private TransitionRequest reject() {
            return new TransitionRequest(Action.REJECT, "经核实不属于事故隐患", null, null, null, RejectionReason.NOT_A_HAZARD,
                    null, null, null, null, null, null, null);
        }

        private TransitionRequest fiveMusts() {
            Hazard h = hazards.findById(id);
            var plan = new TransitionRequest.FiveMusts(template.measures(), BigDecimal.valueOf(20_000L + rnd.nextInt(30) * 10_000L),
                    h.deadline, PEOPLE.get(rnd.nextInt(PEOPLE.size())), "编制专项应急处置方案，整改期间设置警戒区");
            return new TransitionRequest(Action.SET_FIVE_MUSTS, null, null, null, null, null, null, plan, null, null, null,
                    null, null);
        }

        private TransitionRequest listing() {
            var listing = new TransitionRequest.Supervision(SupervisionLevel.DISTRICT,
                    "安督〔" + day().getYear() + "〕" + (1 + rnd.nextInt(40)) + "号");
            return new TransitionRequest(Action.LIST_FOR_SUPERVISION, null, null, null, null, null, null, null, listing, null,
                    null, null, null);
        }

        private TransitionRequest extension() {
            LocalDate deadline = hazards.findById(id).deadline;
            LocalDate asked = (deadline.isBefore(day()) ? day() : deadline).plusDays(15);
            return new TransitionRequest(Action.REQUEST_EXTENSION, "设备采购周期长，申请延期", null, null, null, null, null, null,
                    null, null, asked, null, null);
        }

        private TransitionRequest accept() {
            var acceptance = new TransitionRequest.Acceptance(AcceptorKind.SUPERVISING_DEPARTMENT, null, "现场复核合格");
            return new TransitionRequest(Action.ACCEPT, "验收合格", null, null, null, null, null, null, null, acceptance, null,
                    null, null);
        }

        private TransitionRequest verify() {
            return new TransitionRequest(Action.VERIFY_EFFECTIVENESS, "回头看未发现反弹", null, null, null, null, null, null, null,
                    null, null, rnd.nextInt(10) > 0, null);
        }

        private TransitionRequest request(Action action, String comment, List<UUID> files) {
            return new TransitionRequest(action, comment, null, null, null, null, null, null, null, null, null, null, files);
        }
    }

    /** A small photo-like JPEG (a few kB): a scene of blocks, with a red warning mark before and a green one after. */
    static byte[] jpeg(Random rnd, boolean after) {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(170 + rnd.nextInt(60), 190 + rnd.nextInt(50), 210 + rnd.nextInt(40)),
                0, 240, new Color(90 + rnd.nextInt(60), 90 + rnd.nextInt(50), 80 + rnd.nextInt(40))));
        g.fillRect(0, 0, 320, 240);
        for (int k = 0; k < 6; k++) {
            g.setColor(new Color(60 + rnd.nextInt(150), 60 + rnd.nextInt(150), 60 + rnd.nextInt(150)));
            g.fillRect(rnd.nextInt(280), 80 + rnd.nextInt(120), 30 + rnd.nextInt(90), 30 + rnd.nextInt(100));
        }
        g.setColor(after ? new Color(46, 160, 67) : new Color(200, 16, 46));
        g.setStroke(new java.awt.BasicStroke(6));
        g.drawOval(110 + rnd.nextInt(100), 60 + rnd.nextInt(80), 70, 70);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the hidden-hazard API (run by bench/run.sh; single-file source launch, JDK 17):
 *
 *   java -cp postgresql.jar bench/HazardBench.java --backend http://localhost:38080 --keycloak http://localhost:38180
 *        --jdbc jdbc:postgresql://127.0.0.1:38432/postgres --requests 400 --warmup 100 --transitions 400 --out x.md
 *
 * For every scenario: capture the SQL the app runs for one request (PostgreSQL log with log_statement=all, parameters
 * included), then for C=1 and C=8 workers run a warm-up and N requests against the API, and the same captured
 * statements with the same parameters through JDBC against PostgreSQL directly, and report p50/p90/p99/max and
 * throughput of both side by side. Then statements per request (pg_stat_statements) for limit=10 vs limit=200, and
 * EXPLAIN (ANALYZE, BUFFERS) of each scenario's main hazard statement.
 */
public class HazardBench {

    static String backend, keycloak, jdbcUrl, source = "";
    static int requests = 400, warmup = 100, transitions = 400;
    static double maxSeconds = 20;
    /** Read scenarios: app and SQL phases alternate this many times and each side keeps its fastest round. */
    static int rounds = 1;
    static Path out;
    static long backendPid; // the backend JVM, for its resident memory (VmRSS/VmHWM)
    static String only; // run only scenarios whose "name user" contains this (alternatives separated by |)
    static String suite = "hazard"; // or "duty": the duty reports on bench/duty/load.sql's city
    static String client = "wire"; // the app side's HTTP client: "wire" (lean keep-alive HTTP/1.1) or "jdk" (HttpClient)
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static Connection admin; // the bench's own connection (application_name redline-bench)
    static Path pgLog;

    // ------------------------------------------------------------------------------------------------ model

    record Stmt(String sql, List<String> params) {
    }

    /** cpuBackend / cpuClient: CPU seconds (user + system) the backend JVM and this process spent during the phase. */
    record Result(int n, int errors, long[] nanos, double seconds, String firstError, String load, double cpuBackend,
                  double cpuClient) {
        /** CPU milliseconds per request of the backend (app runs) and of this load generator. */
        double backendMsPerRequest() {
            return n == 0 || cpuBackend < 0 ? Double.NaN : 1000 * cpuBackend / n;
        }

        double clientMsPerRequest() {
            return n == 0 ? Double.NaN : 1000 * cpuClient / n;
        }

        double pct(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            long[] s = nanos.clone();
            Arrays.sort(s);
            int idx = (int) Math.ceil(p / 100.0 * s.length) - 1;
            return s[Math.max(0, Math.min(s.length - 1, idx))] / 1e6;
        }

        double max() {
            return nanos.length == 0 ? Double.NaN : Arrays.stream(nanos).max().getAsLong() / 1e6;
        }

        double rps() {
            return seconds == 0 ? 0 : n / seconds;
        }

        Result withLoad(String l) {
            return new Result(n, errors, nanos, seconds, firstError, l, cpuBackend, cpuClient);
        }
    }

    static final class Scenario {
        final String group, name, user;
        String method = "GET";
        List<String> urls = new ArrayList<>();   // cycled; "{id}" replaced by the request's ticket id
        List<String[]> ids;                      // per request {id, code}; ids.get(0) is used for the capture
        String body;                             // POST body ("{id}" replaced too)
        boolean write;
        int n = requests;
        int warm = warmup;
        double target;                           // p99 target in ms
        List<List<Stmt>> captured = new ArrayList<>();
        final Map<Integer, Result[]> results = new LinkedHashMap<>(); // concurrency -> {app, sql}
        Result paced;                            // C=8 at 70 % of the app's C=8 peak rate (read scenarios)
        double pacedRate;
        String rss = "";                         // backend VmRSS / VmHWM after the scenario
        String explain;

        Scenario(String group, String name, String user) {
            this.group = group;
            this.name = name;
            this.user = user;
        }
    }

    // ------------------------------------------------------------------------------------------------ main

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--backend" -> backend = v;
                case "--keycloak" -> keycloak = v;
                case "--jdbc" -> jdbcUrl = v;
                case "--requests" -> requests = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--transitions" -> transitions = Integer.parseInt(v);
                case "--max-seconds" -> maxSeconds = Double.parseDouble(v);
                case "--rounds" -> rounds = Math.max(1, Integer.parseInt(v));
                case "--source" -> source = v.strip();
                case "--out" -> out = Path.of(v);
                case "--only" -> only = v;
                case "--suite" -> suite = v;
                case "--client" -> client = v;
                case "--backend-pid" -> backendPid = v.isBlank() ? 0 : Long.parseLong(v.strip());
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        admin = connect("redline-bench");
        String dataDir = one("show data_directory");
        pgLog = Path.of(dataDir).resolve(one("select pg_current_logfile()"));
        String startLoad = loadavg();
        long t0 = System.nanoTime();

        boolean duty = suite.equals("duty") || suite.equals("drill") || suite.equals("assess");
        List<Scenario> scenarios = new ArrayList<>(suite.equals("assess") ? assessScenarios() : suite.equals("drill") ? drillScenarios()
                : duty ? dutyScenarios() : scenarios());
        if (only != null) {
            List<String> wanted = List.of(only.split("\\|"));
            scenarios.removeIf(s -> wanted.stream().noneMatch((s.name + " " + s.user)::contains));
        }
        System.out.printf("%d scenarios; capturing the app's SQL%n", scenarios.size());
        capture(scenarios);
        for (Scenario s : scenarios) {
            for (int c : new int[] {1, 8}) {
                measure(s, c);
            }
            if (!s.write) {
                measurePaced(s, 8, 0.7);
            }
            s.rss = rss();
        }
        String counts = duty ? "Not measured for the " + suite + " suite.\n" : statementCounts();
        for (Scenario s : scenarios) {
            s.explain = explain(s);
        }
        String report = report(scenarios, counts, startLoad, (System.nanoTime() - t0) / 1e9);
        if (out != null) {
            Files.writeString(out, report);
            System.out.println("wrote " + out);
        } else {
            System.out.println(report);
        }
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    static List<Scenario> scenarios() throws Exception {
        String nanming = one("select id from org where code = '520102'");
        String nanmingPath = one("select path from org where code = '520102'");
        // a township of 南明区 with bench enterprises, and the bench enterprise with the most tickets in 南明区
        String township = one("select o.id from org o where o.region_level = 'TOWNSHIP' and o.path like '" + nanmingPath
                + "%' order by (select count(*) from org e where e.kind = 'ENTERPRISE' and e.path like o.path || '%') desc, o.code limit 1");
        String enterprise = one("select enterprise_id from hazard where scope_path like '" + nanmingPath
                + "%' and enterprise_id is not null group by enterprise_id order by count(*) desc limit 1");
        String code = one("select code from hazard where scope_path like '" + nanmingPath + "%' and state = 'RECTIFYING' "
                + "order by created_at desc offset 100 limit 1");
        List<String[]> anyIds = rows("select id::text, code from hazard tablesample system (0.5) repeatable (7) limit 3000");
        List<String[]> nanmingIds = rows("select id::text, code from hazard tablesample system (2) repeatable (7) where scope_path like '"
                + nanmingPath + "%' limit 3000");
        String today = LocalDate.now(ZONE).toString();
        String monthAgo = LocalDate.now(ZONE).minusDays(30).toString();

        List<Scenario> all = new ArrayList<>();
        String[][] filters = {
                {"no filter", ""},
                {"state=RECTIFYING", "&state=RECTIFYING"},
                {"level=MAJOR", "&level=MAJOR"},
                {"overdue=true", "&overdue=true"},
                {"territoryId=<district 南明区>", "&territoryId=" + nanming},
                {"territoryId=<township>", "&territoryId=" + township},
                {"enterpriseId=<busiest enterprise>", "&enterpriseId=" + enterprise},
                {"q=<ticket code>", "&q=" + code},
                {"sort=deadline", "&sort=deadline"},
                {"state=RECTIFYING&level=MAJOR&overdue=true&territoryId=<district>",
                        "&state=RECTIFYING&level=MAJOR&overdue=true&territoryId=" + nanming},
        };
        for (String user : List.of("admin", "safety")) {
            for (String[] f : filters) {
                if (user.equals("safety") && f[0].startsWith("state=RECTIFYING&level")) {
                    continue;
                }
                Scenario s = new Scenario("list", "list " + f[0], user);
                s.urls.add("/api/v1/hazards?limit=50" + f[1]);
                s.target = 50;
                all.add(s);
            }
        }
        for (String user : List.of("dept", "enterprise")) {
            Scenario s = new Scenario("list", "list no filter", user);
            s.urls.add("/api/v1/hazards?limit=50");
            s.target = 50;
            all.add(s);
        }
        // following nextCursor 5 pages deep: the five page URLs are fixed at set-up, requests cycle over them
        for (String[] p : new String[][] {{"admin", ""}, {"safety", "&sort=deadline&state=RECTIFYING"}}) {
            Scenario s = new Scenario("list", "list 5 pages via nextCursor" + (p[1].isEmpty() ? "" : " " + p[1].substring(1)), p[0]);
            String url = "/api/v1/hazards?limit=50" + p[1];
            String token = token(p[0]);
            for (int page = 0; page < 5; page++) {
                s.urls.add(url);
                HttpResponse<String> r = send("GET", url, token, null);
                Matcher m = Pattern.compile("\"nextCursor\":\"([^\"]+)\"").matcher(r.body());
                if (!m.find()) {
                    break;
                }
                url = "/api/v1/hazards?limit=50" + p[1] + "&cursor=" + m.group(1);
            }
            s.target = 50;
            all.add(s);
        }
        for (String[] g : new String[][] {{"admin", "any"}, {"safety", "nanming"}}) {
            Scenario s = new Scenario("get", "get by id (random)", g[0]);
            s.urls.add("/api/v1/hazards/{id}");
            s.ids = g[1].equals("any") ? anyIds : nanmingIds;
            s.target = 50;
            all.add(s);
        }
        String[][] stats = {
                {"admin", "no filter (all 1M)", ""},
                {"admin", "territoryId=<district 南明区>", "?territoryId=" + nanming},
                {"admin", "industry=CONSTRUCTION", "?industry=CONSTRUCTION"},
                {"safety", "no filter (南明区)", ""},
                {"safety", "reportedFrom=<30 days ago>", "?reportedFrom=" + monthAgo + "&reportedTo=" + today},
        };
        for (String[] st : stats) {
            Scenario s = new Scenario("stats", "stats " + st[1], st[0]);
            s.urls.add("/api/v1/hazards/stats" + st[2]);
            s.n = Math.max(20, requests / 4);
            s.warm = Math.max(3, warmup / 10);
            s.target = 200;
            all.add(s);
        }
        // transitions: CONFIRM distinct REPORTED tickets of 南明区 as its safety office
        int need = 1 + 2 * (Math.max(5, warmup / 5) + transitions);
        List<String[]> reported = rows("select id::text, code from hazard where state = 'REPORTED' and version = 0 and scope_path like '"
                + nanmingPath + "%' order by created_at desc limit " + need);
        if (reported.size() < need) {
            System.out.printf("only %d REPORTED tickets left in 南明区 (wanted %d): fewer transitions%n", reported.size(), need);
        }
        Scenario t = new Scenario("transition", "transition CONFIRM (distinct REPORTED tickets)", "safety");
        t.method = "POST";
        t.write = true;
        t.urls.add("/api/v1/hazards/{id}/transitions");
        t.body = "{\"action\":\"CONFIRM\",\"deadline\":\"" + LocalDate.now(ZONE).plusDays(30) + "\",\"comment\":\"bench\"}";
        t.ids = reported;
        t.warm = Math.max(5, warmup / 5);
        t.n = Math.max(0, (reported.size() - 1) / 2 - t.warm);
        t.target = 50;
        all.add(t);
        return all;
    }

    /**
     * The duty reports on the city of bench/duty/load.sql (压测市, 529900): "my duties" of the user admin (who holds the
     * first township's 镇长 post there), the fulfilment matrix of one district and of the city for this year, and the
     * dossier PDF of admin's post over last year.
     */
    static List<Scenario> dutyScenarios() throws Exception {
        String city = one("select id from org where code = '529900'");
        String district = one("select id from org where code = '529901'");
        String post = one("select post_id from post_assignment where person_ref = 'admin' order by from_date limit 1");
        int year = LocalDate.now(ZONE).getYear();
        List<Scenario> all = new ArrayList<>();
        Scenario mine = new Scenario("duty", "my duties (a township head's post)", "admin");
        mine.urls.add("/api/v1/duty-reports/my-duties");
        mine.target = 30;
        all.add(mine);
        Scenario d = new Scenario("duty", "matrix district 压测1区 " + year, "admin");
        d.urls.add("/api/v1/duty-reports/matrix?orgId=" + district + "&year=" + year);
        d.target = 100;
        all.add(d);
        Scenario c = new Scenario("duty", "matrix city 压测市 " + year, "admin");
        c.urls.add("/api/v1/duty-reports/matrix?orgId=" + city + "&year=" + year);
        c.n = Math.max(20, requests / 4);
        c.warm = Math.max(3, warmup / 10);
        c.target = 500;
        all.add(c);
        Scenario dossier = new Scenario("duty", "dossier PDF of a post, year " + (year - 1), "admin");
        dossier.urls.add("/api/v1/duty-reports/dossier.pdf?postId=" + post + "&from=" + (year - 1) + "-01-01&to=" + (year - 1) + "-12-31");
        dossier.n = Math.max(10, requests / 10);
        dossier.warm = Math.max(3, warmup / 10);
        dossier.target = 2000;
        all.add(dossier);
        return all;
    }

    /**
     * Drill-duty coverage on the city of bench/drill/load.sql (演练市, 529800): coverage per child of one district and of
     * the city, the first page of who owes what in the district, and one enterprise's obligations with explanations.
     */
    static List<Scenario> drillScenarios() throws Exception {
        String city = one("select id from org where code = '529800'");
        String district = one("select id from org where code = '529801'");
        String enterprise = one("select id from org where code = 'DRE0000009'");
        List<Scenario> all = new ArrayList<>();
        Scenario d = new Scenario("drill", "coverage district 演练1区", "admin");
        d.urls.add("/api/v1/drill-coverage?orgId=" + district);
        d.target = 100;
        all.add(d);
        Scenario c = new Scenario("drill", "coverage city 演练市", "admin");
        c.urls.add("/api/v1/drill-coverage?orgId=" + city);
        c.n = Math.max(20, requests / 4);
        c.warm = Math.max(3, warmup / 10);
        c.target = 500;
        all.add(c);
        Scenario debts = new Scenario("drill", "who owes what, district 演练1区 (first page of 50)", "admin");
        debts.urls.add("/api/v1/drill-coverage/debts?orgId=" + district);
        debts.target = 100;
        all.add(debts);
        Scenario mine = new Scenario("drill", "an enterprise's obligations with explanations (key unit)", "admin");
        mine.urls.add("/api/v1/drill-obligations?orgId=" + enterprise);
        mine.target = 50;
        all.add(mine);
        return all;
    }

    /**
     * Assessment scores on the district of bench/assess/load.sql (考核区, 529701; 200 townships, 60 indicators, schemes
     * 2022-2026): the explained score of a random target in the 2025 scheme (REVIEWING, every value set, frozen
     * snapshots), the scheme's assessments by group and rank (all 200), and the scores board (explained scores, a page
     * of 50 and of 200). Requests cycle over the scheme's 200 assessments; the direct-SQL side replays the captured
     * statements with the assessment and target ids swapped.
     */
    static List<Scenario> assessScenarios() throws Exception {
        String scheme = one("select id from assessment_scheme where series = 'KH-TOWNSHIP' and year = 2025");
        List<String[]> targets = rows("select id::text, target_org_id::text from assessment where scheme_id = '" + scheme
                + "' order by md5(id::text)");
        List<Scenario> all = new ArrayList<>();
        Scenario one = new Scenario("assess", "explained score of a random target (2025)", "admin");
        one.urls.add("/api/v1/assessments/{id}/score");
        one.ids = targets;
        one.target = 100;
        all.add(one);
        Scenario list = new Scenario("assess", "the scheme's assessments by group and rank (200, 2025)", "admin");
        list.urls.add("/api/v1/assessments?schemeId=" + scheme);
        list.target = 500;
        all.add(list);
        for (int limit : new int[] {20, 50}) {
            Scenario board = new Scenario("assess", "scores board, first page of " + limit + " explained scores (2025)", "admin");
            board.urls.add("/api/v1/assessments/scores?schemeId=" + scheme + "&limit=" + limit);
            board.n = Math.max(10, requests / (limit / 10));
            board.warm = Math.max(3, warmup / 10);
            board.target = limit * 10;
            all.add(board);
        }
        return all;
    }

    static String assessData() throws SQLException {
        return "- Data: the district 考核区 (529701): " + one("select count(*) from assessment a join assessment_scheme s on s.id = a.scheme_id "
                + "where s.series = 'KH-TOWNSHIP' and s.year = 2025") + " targets, "
                + one("select count(*) from assessment_scheme where series = 'KH-TOWNSHIP'") + " schemes ("
                + one("select string_agg(year || ' ' || status, ', ' order by year) from assessment_scheme where series = 'KH-TOWNSHIP'")
                + ") of " + one("select jsonb_array_length(definition->'indicators') from assessment_scheme where series = 'KH-TOWNSHIP' limit 1")
                + " indicators each (parents and leaves), " + one("select count(*) from assessment") + " assessments, "
                + one("select count(*) from assessment_value") + " values ("
                + one("select round(count(*)::numeric / (select count(*) from assessment), 1) from assessment_value") + " per assessment), "
                + one("select count(*) from assessment_metric_snapshot") + " metric snapshots, "
                + one("select count(*) from assessment_event") + " assessment events.\n";
    }

    static String drillData() throws SQLException {
        String cityPath = one("select path from org where code = '529800'");
        return "- Data: " + one("select count(*) from org where kind = 'ENTERPRISE' and path like '" + cityPath + "%'")
                + " enterprises in 演练市 (" + one("select count(*) from org where kind = 'ENTERPRISE' and emergency_key_category is not null and path like '"
                + cityPath + "%'") + " key units), " + one("select count(*) from drill") + " drills, "
                + one("select count(*) from obligation") + " obligations ("
                + one("select pg_size_pretty(pg_total_relation_size('obligation'))") + " with indexes), "
                + one("select count(*) from obligation_evidence") + " evidence rows; the district 演练1区 holds "
                + one("select count(*) from obligation b join org o on o.id = b.org_id where o.path like (select path from org where code = '529801') || '%'")
                + " obligations.\n";
    }

    static String dutyData() throws SQLException {
        String cityPath = one("select path from org where code = '529900'");
        return "- Data: " + one("select count(*) from obligation") + " obligations ("
                + one("select pg_size_pretty(pg_total_relation_size('obligation'))") + " with indexes), "
                + one("select count(*) from obligation_evidence") + " evidence rows, "
                + one("select count(*) from attachment where owner_type = 'fulfilment'") + " evidence files; the city 压测市: "
                + one("select count(*) from org where region_level = 'DISTRICT' and path like '" + cityPath + "%'") + " districts, "
                + one("select count(*) from org where region_level = 'TOWNSHIP' and path like '" + cityPath + "%'") + " townships, "
                + one("select count(*) from post p join org o on o.id = p.org_id where o.kind <> 'ENTERPRISE' and o.path like '" + cityPath + "%'")
                + " government posts, " + one("select count(*) from org where kind = 'ENTERPRISE' and path like '" + cityPath + "%'")
                + " enterprises with " + one("select count(*) from post p join org o on o.id = p.org_id where o.kind = 'ENTERPRISE' and o.path like '"
                + cityPath + "%'") + " posts; the district 压测1区 holds "
                + one("select count(*) from obligation b join org o on o.id = b.org_id where o.path like (select path from org where code = '529901') || '%'")
                + " obligations; statuses " + one("select string_agg(status || ' ' || n, ', ' order by n desc) from (select status, count(*) n from obligation group by status) x")
                + ".\n";
    }

    // ------------------------------------------------------------------------------------------------ capture

    /** Runs one request per scenario variant with log_statement=all and keeps the app's statements with parameters. */
    static void capture(List<Scenario> scenarios) throws Exception {
        exec("alter system set log_statement = 'all'");
        one("select pg_reload_conf()::text");
        Thread.sleep(1000);
        try {
            for (Scenario s : scenarios) {
                String token = token(s.user);
                for (String url : s.urls) {
                    long from = Files.size(pgLog);
                    String[] id = s.ids == null ? null : s.ids.get(0);
                    HttpResponse<String> r = send(s.method, fill(url, id), token, s.body == null ? null : fill(s.body, id));
                    if (r.statusCode() >= 300) {
                        throw new IllegalStateException(s.name + ": capture request answered " + r.statusCode() + " " + r.body());
                    }
                    Thread.sleep(300); // the logging collector writes asynchronously
                    s.captured.add(parseLog(from));
                }
                System.out.printf("  %-70s %-10s %d statements%n", s.name, s.user, s.captured.get(0).size());
            }
        } finally {
            exec("alter system reset log_statement");
            one("select pg_reload_conf()::text");
        }
        Thread.sleep(500);
    }

    static final Pattern ENTRY = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\S+ \\[\\d+\\] (.*?): (LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT):  (.*)$");
    static final Pattern EXECUTE = Pattern.compile("^(?:execute [^:]+|statement): (.*)$", Pattern.DOTALL);
    static final Pattern PARAM = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')");

    static List<Stmt> parseLog(long from) throws IOException {
        List<String[]> entries = new ArrayList<>(); // {app, kind, text}
        try (RandomAccessFile f = new RandomAccessFile(pgLog.toFile(), "r")) {
            f.seek(from);
            byte[] b = new byte[(int) (f.length() - from)];
            f.readFully(b);
            for (String line : new String(b, StandardCharsets.UTF_8).split("\n", -1)) {
                Matcher m = ENTRY.matcher(line);
                if (m.matches()) {
                    entries.add(new String[] {m.group(1), m.group(2), m.group(3)});
                } else if (!entries.isEmpty() && !line.isEmpty()) {
                    String[] last = entries.get(entries.size() - 1);
                    last[2] = last[2] + "\n" + (line.startsWith("\t") ? line.substring(1) : line);
                }
            }
        }
        List<Stmt> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String[] e = entries.get(i);
            if (e[0].startsWith("redline-bench") || e[0].equals("psql") || !e[1].equals("LOG")) {
                continue;
            }
            Matcher m = EXECUTE.matcher(e[2]);
            if (!m.matches()) {
                continue;
            }
            List<String> params = new ArrayList<>();
            if (i + 1 < entries.size() && entries.get(i + 1)[1].equals("DETAIL") && entries.get(i + 1)[2].toLowerCase().startsWith("parameters:")) {
                Matcher p = PARAM.matcher(entries.get(i + 1)[2]);
                while (p.find()) {
                    int n = Integer.parseInt(p.group(1));
                    while (params.size() < n) {
                        params.add(null);
                    }
                    params.set(n - 1, p.group(3) == null ? null : p.group(3).replace("''", "'"));
                }
            }
            out.add(new Stmt(m.group(1).strip(), params));
        }
        // a scheduled job's transaction that ran during the capture (the rollup compaction, every 5 s) is not the request's
        for (int j = 1; j + 1 < out.size(); j++) {
            if (out.get(j).sql().contains("obligation_rollup_compact()") && out.get(j - 1).sql().equalsIgnoreCase("BEGIN")
                    && out.get(j + 1).sql().equalsIgnoreCase("COMMIT")) {
                out.subList(j - 1, j + 2).clear();
                j = 0;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ measuring

    static void measure(Scenario s, int c) throws Exception {
        Result app, sql;
        if (s.write) {
            // the direct run rolls back, so it goes first on the same still-REPORTED tickets the app then confirms
            int base = 1 + (c == 1 ? 0 : s.warm + s.n);
            sql = run(s, c, base, false);
            app = run(s, c, base, true);
        } else {
            // Alternating rounds: a neighbour that slows the machine for a while slows one side of one round, and the
            // fastest round of each side is the one least disturbed (interference only ever slows a phase down).
            app = run(s, c, 0, true);
            sql = run(s, c, 0, false);
            for (int r = 2; r <= rounds; r++) {
                System.out.printf("  %-62s %-10s C=%d  round %d: app %7.1f/s | sql %7.1f/s%n", s.name, s.user, c, r - 1,
                        app.rps(), sql.rps());
                Result a = run(s, c, 0, true);
                Result q = run(s, c, 0, false);
                if (a.rps() > app.rps()) {
                    app = a;
                }
                if (q.rps() > sql.rps()) {
                    sql = q;
                }
            }
        }
        s.results.put(c, new Result[] {app, sql});
        System.out.printf("  %-62s %-10s C=%d  app p50 %7.1f p99 %7.1f %7.1f/s | sql p50 %7.1f p99 %7.1f %7.1f/s | app/sql %3.0f%% | backend %.2f ms CPU/req%s%n",
                s.name, s.user, c, app.pct(50), app.pct(99), app.rps(), sql.pct(50), sql.pct(99), sql.rps(), ratio(app, sql),
                app.backendMsPerRequest(),
                app.errors + sql.errors > 0 ? "  ERRORS " + app.errors + "/" + sql.errors + " " + app.firstError + sql.firstError : "");
    }

    /**
     * Latency at a fixed share of the app's peak: requests are scheduled evenly at {@code share} × the C-worker
     * rate just measured and each latency counts from its scheduled time, so a stall shows up in p99 instead of
     * slowing the sender (no coordinated omission).
     */
    static void measurePaced(Scenario s, int c, double share) throws Exception {
        double rate = share * s.results.get(c)[0].rps();
        int n = (int) Math.max(s.n, Math.min(rate * maxSeconds, 20 * s.n));
        s.pacedRate = rate;
        s.paced = phase(s, c, 0, n, true, token(s.user), new Connection[c], maxSeconds * 2, rate).withLoad(loadavg());
        System.out.printf("  %-62s %-10s C=%d  paced %.0f/s: app p50 %7.1f p99 %7.1f, %d sent%n", s.name, s.user, c,
                rate, s.paced.pct(50), s.paced.pct(99), s.paced.n);
    }

    /** App throughput as a share of direct SQL's in the same run, in percent. */
    static double ratio(Result app, Result sql) {
        return sql.rps() == 0 ? Double.NaN : 100 * app.rps() / sql.rps();
    }

    /** The backend's resident memory now and at its peak, from /proc (empty without --backend-pid). */
    static String rss() {
        if (backendPid <= 0) {
            return "";
        }
        try {
            Map<String, String> st = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc/" + backendPid + "/status"))) {
                String[] kv = line.split(":\\s+", 2);
                if (kv.length == 2) {
                    st.put(kv[0], kv[1].replace(" kB", ""));
                }
            }
            return Long.parseLong(st.get("VmRSS")) / 1024 + " MB (peak " + Long.parseLong(st.get("VmHWM")) / 1024 + " MB)";
        } catch (IOException | RuntimeException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    /** A run: warm-up then the measured requests with c workers; request i of a write scenario uses ticket base + i. */
    static Result run(Scenario s, int c, int base, boolean app) throws Exception {
        String token = app ? token(s.user) : null;
        Connection[] conns = new Connection[c];
        if (!app) {
            for (int w = 0; w < c; w++) {
                conns[w] = connect("redline-bench-direct");
                conns[w].setAutoCommit(!s.write);
            }
        }
        try {
            phase(s, c, base, s.warm, app, token, conns, 5); // warm-up: at most 5 s
            String load = loadavg();
            return phase(s, c, base + s.warm, s.n, app, token, conns, maxSeconds).withLoad(load);
        } finally {
            for (Connection k : conns) {
                if (k != null) {
                    k.close();
                }
            }
        }
    }

    static Result phase(Scenario s, int c, int first, int n, boolean app, String token, Connection[] conns, double limitSec)
            throws Exception {
        return phase(s, c, first, n, app, token, conns, limitSec, 0);
    }

    /** {@code rate} > 0: request k is due at start + k / rate, and its latency counts from then. */
    static Result phase(Scenario s, int c, int first, int n, boolean app, String token, Connection[] conns, double limitSec,
                        double rate) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> firstError = new ConcurrentLinkedQueue<>();
        long[] nanos = new long[n];
        AtomicInteger done = new AtomicInteger();
        double backendCpu0 = backendCpuSeconds();
        double clientCpu0 = clientCpuSeconds();
        long start = System.nanoTime();
        long deadline = start + (long) (limitSec * 1e9);
        Thread[] workers = new Thread[c];
        for (int w = 0; w < c; w++) {
            Connection conn = conns[w];
            workers[w] = new Thread(() -> {
                Wire wire = app && client.equals("wire") ? new Wire() : null;
                int k;
                while ((k = next.getAndIncrement()) < n && System.nanoTime() < deadline) {
                    int i = first + k;
                    long t = System.nanoTime();
                    if (rate > 0) {
                        long due = start + (long) (k * 1e9 / rate);
                        while ((t = System.nanoTime()) < due) {
                            java.util.concurrent.locks.LockSupport.parkNanos(due - t);
                        }
                        t = due;
                    }
                    try {
                        if (app) {
                            String[] id = s.ids == null ? null : s.ids.get(i % s.ids.size());
                            String path = fill(s.urls.get(i % s.urls.size()), id);
                            String body = s.body == null ? null : fill(s.body, id);
                            if (wire != null) {
                                wire.send(s.method, path, token, body);
                            } else {
                                HttpResponse<String> r = send(s.method, path, token, body);
                                if (r.statusCode() >= 300) {
                                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                                }
                            }
                        } else {
                            replay(s, i, conn);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (firstError.isEmpty()) {
                            firstError.add(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                        }
                    }
                    nanos[k] = System.nanoTime() - t;
                    done.incrementAndGet();
                }
                if (wire != null) {
                    wire.close();
                }
            });
            workers[w].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int m = Math.min(done.get(), n);
        long[] got = Arrays.copyOf(nanos, m);
        return new Result(m, errors.get(), got, seconds, firstError.isEmpty() ? "" : firstError.peek(), "",
                backendCpuSeconds() - backendCpu0, clientCpuSeconds() - clientCpu0);
    }

    /** The captured statements of request i, same SQL and parameters (ticket id/code swapped for request i's). */
    static void replay(Scenario s, int i, Connection conn) throws SQLException {
        List<Stmt> stmts = s.captured.get(i % s.captured.size());
        String[] from = s.ids == null ? null : s.ids.get(0);
        String[] to = s.ids == null ? null : s.ids.get(i % s.ids.size());
        for (Stmt st : stmts) {
            String sql = st.sql();
            String head = sql.length() < 12 ? sql.toUpperCase() : "";
            if (s.write && (head.startsWith("BEGIN") || head.startsWith("COMMIT"))) {
                continue;
            }
            List<String> order = new ArrayList<>();
            Matcher m = Pattern.compile("\\$(\\d+)").matcher(sql);
            StringBuilder jdbc = new StringBuilder();
            while (m.find()) {
                order.add(m.group(1));
                m.appendReplacement(jdbc, "?");
            }
            m.appendTail(jdbc);
            try (PreparedStatement ps = conn.prepareStatement(jdbc.toString())) {
                for (int p = 0; p < order.size(); p++) {
                    String v = st.params().get(Integer.parseInt(order.get(p)) - 1);
                    if (v != null && from != null) {
                        v = v.replace(from[0], to[0]).replace(from[1], to[1]);
                    }
                    ps.setString(p + 1, v);
                }
                if (ps.execute()) {
                    drain(ps.getResultSet());
                }
            }
        }
        if (s.write) {
            conn.rollback();
        }
    }

    static void drain(ResultSet rs) throws SQLException {
        int cols = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            for (int c = 1; c <= cols; c++) {
                rs.getString(c);
            }
        }
        rs.close();
    }

    // ------------------------------------------------------------------------------------------------ query counts

    /** Statements per list request for limit=10 vs limit=200, from pg_stat_statements over 20 requests each. */
    static String statementCounts() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("| request (as admin, 20 requests each) | statements per request | hazard rows per request | statements |\n|---|---|---|---|\n");
        for (String q : List.of("/api/v1/hazards?limit=10", "/api/v1/hazards?limit=200",
                "/api/v1/hazards?limit=10&state=RECTIFYING", "/api/v1/hazards?limit=200&state=RECTIFYING")) {
            String token = token("admin");
            one("select pg_stat_statements_reset()::text");
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> r = send("GET", q, token, null);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(q + " answered " + r.statusCode());
                }
            }
            List<String[]> rows = rows("select calls::text, rows::text, regexp_replace(left(query, 90), '\\s+', ' ', 'g'), "
                    + "(query ilike '%from hazard %')::text from pg_stat_statements "
                    + "where query not ilike '%pg_stat_statements%' and query not ilike '%pg_reload_conf%' order by calls desc, query");
            long calls = 0, hazardRows = 0;
            StringBuilder which = new StringBuilder();
            for (String[] r : rows) {
                calls += Long.parseLong(r[0]);
                if (r[3].equals("true")) {
                    hazardRows += Long.parseLong(r[1]);
                }
                which.append(which.length() == 0 ? "" : "<br>").append(Long.parseLong(r[0]) / 20.0).append(" × `")
                        .append(r[2].replace("|", "\\|")).append("…`");
            }
            md.append("| `GET ").append(q).append("` | ").append(String.format("%.2f", calls / 20.0)).append(" | ")
                    .append(hazardRows / 20).append(" | ").append(which).append(" |\n");
        }
        return md.toString();
    }

    // ------------------------------------------------------------------------------------------------ explain

    /** EXPLAIN (ANALYZE, BUFFERS) of the scenario's main statement on hazard, parameters inlined as literals. */
    static String explain(Scenario s) {
        if (s.captured.isEmpty()) {
            return null;
        }
        Stmt main = null;
        for (Stmt st : s.captured.get(0)) {
            String l = st.sql().toLowerCase();
            if (l.startsWith("select") && l.contains(suite.equals("assess") ? "assessment_value" : !suite.equals("hazard") ? "obligation" : "from hazard") && (main == null || st.sql().length() > main.sql().length())) {
                main = st;
            }
        }
        if (main == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\$(\\d+)").matcher(main.sql());
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            String v = main.params().get(Integer.parseInt(m.group(1)) - 1);
            m.appendReplacement(sql, Matcher.quoteReplacement(v == null ? "null" : "'" + v.replace("'", "''") + "'"));
        }
        m.appendTail(sql);
        StringBuilder plan = new StringBuilder();
        try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery("explain (analyze, buffers) " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append("\n");
            }
        } catch (SQLException e) {
            plan.append("EXPLAIN failed: ").append(e.getMessage());
        }
        return "-- " + sql.toString().replaceAll("\\s+", " ") + "\n" + plan;
    }

    // ------------------------------------------------------------------------------------------------ report

    static String report(List<Scenario> scenarios, String counts, String startLoad, double seconds) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append(suite.equals("assess") ? "# Assessment-score benchmark, " : suite.equals("drill") ? "# Drill-coverage benchmark, " : suite.equals("duty") ? "# Duty-report benchmark, " : "# Hidden-hazard benchmark, ").append(ZonedDateTime.now(ZoneId.of("UTC")).toString(), 0, 16).append(" UTC\n\n");
        md.append("Generated by `bench/run.sh` (bench/HazardBench.java). Backend build: ").append(source.isEmpty() ? "?" : source)
                .append(" (commit, then the number of changed files under backend/src/main in the working tree when the jar was snapshotted).\n\n");
        md.append("## Machine and data\n\n");
        md.append("- CPU: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (")
                .append(cpuModel()).append("), shared with other builds; load average at start ").append(startLoad)
                .append(", at end ").append(loadavg()).append("; per run in the tables below (1-minute load when the measured phase began).\n");
        md.append("- PostgreSQL: ").append(one("select split_part(version(), ' on ', 1)")).append(" embedded (zonky), shared_buffers ")
                .append(one("show shared_buffers")).append(", work_mem ").append(one("show work_mem")).append(", synchronous_commit ")
                .append(one("show synchronous_commit")).append(", max_connections ").append(one("show max_connections")).append(".\n");
        if (suite.equals("assess")) {
            md.append(assessData());
        } else if (suite.equals("drill")) {
            md.append(drillData());
        } else if (suite.equals("duty")) {
            md.append(dutyData());
        } else {
            md.append("- Data: ").append(one("select count(*) from hazard")).append(" tickets (")
                    .append(one("select pg_size_pretty(pg_total_relation_size('hazard'))")).append(" with indexes), ")
                    .append(one("select count(*) from hazard_event")).append(" history events, ")
                    .append(one("select count(*) from org where kind = 'ENTERPRISE'")).append(" enterprises; 南明区 holds ")
                    .append(one("select count(*) from hazard where scope_path like (select path from org where code = '520102') || '%'"))
                    .append(" tickets.\n");
            md.append("- States: ").append(one("select string_agg(state || ' ' || n, ', ' order by n desc) from (select state, count(*) n from hazard group by state) x"))
                    .append("; MAJOR ").append(one("select count(*) from hazard where level = 'MAJOR'"))
                    .append("; overdue ").append(one("select count(*) from hazard where overdue")).append(".\n");
        }
        md.append(String.format("- Each run: warm-up, then up to N requests (list/get %d, stats %d, transitions %d per concurrency level) "
                + "or %.0f s, whichever comes first. Total run time %.0f s.%n", requests, Math.max(20, requests / 4), transitions, maxSeconds, seconds));
        md.append(rounds > 1
                ? String.format("- Read scenarios: %d alternating rounds of the app and the direct SQL phase; each side shows its fastest "
                        + "round (a neighbour's interference only slows a phase).%n%n", rounds)
                : "\n");

        md.append("## Results (milliseconds; app = HTTP through the backend, sql = the same statements over JDBC)\n\n");
        md.append("The app side's HTTP client is `").append(client).append("`; backend CPU = utime + stime of the backend JVM during the "
                + "measured phase per request, client CPU = this load generator's own per request (app phase / sql phase).\n\n");
        md.append("| scenario | user | C | stmts | app n | app p50 | app p90 | app p99 | app max | app req/s | sql p50 | sql p99 | sql req/s | app/sql req/s | backend CPU ms/req | client CPU ms/req (app / sql) | target p99 | load |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Scenario s : scenarios) {
            for (var e : s.results.entrySet()) {
                Result a = e.getValue()[0], q = e.getValue()[1];
                boolean miss = a.pct(99) > s.target;
                md.append(String.format("| %s | %s | %d | %d | %d%s | %.1f | %.1f | %s%.1f%s | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f %% | %.2f | %.2f / %.2f | %.0f | %s |%n",
                        s.name.replace("|", "\\|"), s.user, e.getKey(), s.captured.isEmpty() ? 0 : s.captured.get(0).size(), a.n,
                        a.errors + q.errors > 0 ? " (" + a.errors + "/" + q.errors + " err)" : "",
                        a.pct(50), a.pct(90), miss ? "**" : "", a.pct(99), miss ? "**" : "", a.max(), a.rps(),
                        q.pct(50), q.pct(99), q.rps(), ratio(a, q), a.backendMsPerRequest(), a.clientMsPerRequest(),
                        q.clientMsPerRequest(), s.target, a.load()));
            }
        }
        md.append("\n**bold** = p99 over the target.\n\n");
        md.append("## At 70 % of the app's peak (C=8, requests paced evenly, latency from the scheduled time)\n\n");
        md.append("| scenario | user | rate req/s | sent | p50 | p99 | max | backend RSS after the scenario | load |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Scenario s : scenarios) {
            if (s.paced != null) {
                md.append(String.format("| %s | %s | %.0f | %d%s | %.1f | %.1f | %.1f | %s | %s |%n", s.name.replace("|", "\\|"), s.user,
                        s.pacedRate, s.paced.n, s.paced.errors > 0 ? " (" + s.paced.errors + " err)" : "", s.paced.pct(50),
                        s.paced.pct(99), s.paced.max(), s.rss, s.paced.load()));
            }
        }
        md.append("\n## Statements per request vs page size (pg_stat_statements)\n\n").append(counts);
        md.append("\n## Errors\n\n");
        boolean any = false;
        for (Scenario s : scenarios) {
            for (var e : s.results.entrySet()) {
                for (Result r : e.getValue()) {
                    if (r.errors > 0) {
                        any = true;
                        md.append("- ").append(s.name).append(" C=").append(e.getKey()).append(": ").append(r.errors).append(" × ")
                                .append(r.firstError).append("\n");
                    }
                }
            }
        }
        md.append(any ? "" : "None.\n");
        md.append("\n## Captured SQL and plans\n\nThe statements the app ran for one request of each scenario (from the "
                + "PostgreSQL log), and EXPLAIN (ANALYZE, BUFFERS) of the main statement on `hazard` with the captured parameters inlined.\n");
        for (Scenario s : scenarios) {
            md.append("\n### ").append(s.name).append(" (").append(s.user).append(")\n\n");
            if (!s.captured.isEmpty()) {
                md.append("Statements: ");
                StringBuilder l = new StringBuilder();
                for (Stmt st : s.captured.get(0)) {
                    l.append(l.length() == 0 ? "" : "; ").append("`").append(st.sql().replaceAll("\\s+", " "), 0,
                            Math.min(80, st.sql().replaceAll("\\s+", " ").length())).append("…`");
                }
                md.append(l).append("\n\n");
            }
            if (s.explain != null) {
                md.append("```\n").append(s.explain).append("```\n");
            }
        }
        return md.toString();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static final Map<String, String[]> tokens = new HashMap<>(); // user -> {token, fetchedAtMillis}

    static synchronized String token(String user) throws Exception {
        String[] t = tokens.get(user);
        if (t != null && System.currentTimeMillis() - Long.parseLong(t[1]) < 120_000) {
            return t[0];
        }
        String form = "grant_type=password&client_id=redline-test&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=redline";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/redline/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        tokens.put(user, new String[] {m.group(1), String.valueOf(System.currentTimeMillis())});
        return m.group(1);
    }

    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(backend + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", path.contains(".pdf") ? "application/pdf, application/problem+json" : "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String fill(String s, String[] id) {
        return id == null ? s : s.replace("{id}", id[0]);
    }

    static Connection connect(String app) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "postgres");
        p.setProperty("ApplicationName", app);
        p.setProperty("stringtype", "unspecified"); // parameters typed by the server from context, as the column types
        return DriverManager.getConnection(jdbcUrl, p);
    }

    static String one(String sql) throws SQLException {
        try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void exec(String sql) throws SQLException {
        try (Statement st = admin.createStatement()) {
            st.execute(sql);
        }
    }

    static List<String[]> rows(String sql) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] r = new String[n];
                for (int i = 0; i < n; i++) {
                    r[i] = rs.getString(i + 1);
                }
                out.add(r);
            }
        }
        return out;
    }

    static final double TICKS_PER_SECOND = 100; // USER_HZ of /proc/<pid>/stat on Linux

    /** utime + stime of the backend JVM in seconds, -1 without --backend-pid. */
    static double backendCpuSeconds() {
        if (backendPid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + backendPid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static double clientCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * A lean HTTP/1.1 client: one kept-alive socket per worker, blocking, the request written in one buffer, the
     * response read by Content-Length or chunked. The JDK HttpClient spends ~1.2 ms of CPU per request here (its
     * selector thread, futures and header maps), as much as the backend itself, and on two shared cores that CPU is
     * taken from the backend; wrk-like generators spend a few microseconds. {@code --client jdk} keeps the old client.
     */
    static final class Wire {
        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Wire() {
            URI u = URI.create(backend);
            host = u.getHost();
            port = u.getPort();
        }

        /** Sends one request and reads the whole response; a status of 300 or more throws with the body. */
        byte[] send(String method, String path, String token, String body) throws IOException {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream(), 65536);
                out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            }
            byte[] payload = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder h = new StringBuilder(512).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(host).append(':').append(port).append("\r\nAuthorization: Bearer ").append(token)
                    .append("\r\nAccept: ").append(path.contains(".pdf") ? "application/pdf, application/problem+json" : "application/json")
                    .append("\r\n");
            if (payload != null) {
                h.append("Content-Type: application/json\r\nContent-Length: ").append(payload.length).append("\r\n");
            } else if (!method.equals("GET")) {
                h.append("Content-Length: 0\r\n");
            }
            out.write(h.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (payload != null) {
                out.write(payload);
            }
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String l = line(); !l.isEmpty(); l = line()) {
                String lower = l.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(l.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream(length > 0 ? (int) length : 8192);
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                    b.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                b.write(in.readNBytes((int) length));
            }
            if (close) {
                close();
            }
            if (code >= 300) {
                throw new IllegalStateException(code + " " + b.toString(StandardCharsets.UTF_8));
            }
            return b.toByteArray();
        }

        private String line() throws IOException {
            StringBuilder l = new StringBuilder(64);
            for (int ch = in.read(); ch != '\n'; ch = in.read()) {
                if (ch < 0) {
                    throw new IOException("connection closed by the backend");
                }
                if (ch != '\r') {
                    l.append((char) ch);
                }
            }
            return l.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing a kept-alive socket at the end of a phase
            }
            socket = null;
        }
    }

    static String loadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}

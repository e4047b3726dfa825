import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Subtree queries on a 100,000-org tree (issue 2: "Subtree queries must stay fast at 100k orgs").
 * Starts a throw-away embedded PostgreSQL 17, applies the real V1 migration, builds a tree of
 * 1 province > 10 cities > 100 districts > 1,000 townships > 10,000 villages, plus departments and
 * ~88,900 grids/enterprises, then times the statements OrgRepository runs (the scope filter is the same
 * materialized-path prefix) and prints their plans.
 */
public class OrgSubtreeBench {

    static final int RUNS = 300;

    public static void main(String[] args) throws Exception {
        Path migration = Path.of(args.length > 0 ? args[0] : "backend/src/main/resources/db/migration/V1__organizations.sql");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
             Connection c = pg.getPostgresDatabase().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute(Files.readString(migration));
                long t0 = System.nanoTime();
                s.execute(LOAD);
                s.execute("analyze org");
                ResultSet rs = s.executeQuery("select count(*), max(depth) from org");
                rs.next();
                System.out.printf("loaded %,d orgs (max depth %d) in %.1f s%n", rs.getLong(1), rs.getInt(2),
                        (System.nanoTime() - t0) / 1e9);
            }
            String city = one(c, "select path from org where region_level = 'CITY' order by code limit 1");
            String district = one(c, "select path from org where region_level = 'DISTRICT' order by code limit 1");
            String township = one(c, "select path from org where region_level = 'TOWNSHIP' order by code limit 1");
            String province = one(c, "select path from org where region_level = 'PROVINCE'");
            System.out.println();
            System.out.println("| query (limit 51, as the API's first page) | rows in subtree | p50 ms | p99 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (String[] q : new String[][] {
                    {"province subtree, sort=code", province, "select id, code from org o where o.path like ? order by o.code limit 51"},
                    {"city subtree, sort=code", city, "select id, code from org o where o.path like ? order by o.code limit 51"},
                    {"district subtree, sort=code", district, "select id, code from org o where o.path like ? order by o.code limit 51"},
                    {"township subtree, sort=code", township, "select id, code from org o where o.path like ? order by o.code limit 51"},
                    {"district subtree, sort=name", district, "select id, code from org o where o.path like ? order by o.name, o.id limit 51"},
                    {"district subtree, kind=ENTERPRISE", district, "select id, code from org o where o.path like ? and o.kind = 'ENTERPRISE' order by o.code limit 51"},
                    {"district subtree, count", district, "select count(*) from org o where o.path like ?"},
                    {"department scope (own subtree or its industries' enterprises in its region)", district,
                            "select id, code from org o where (o.path like ? || 'x%' or (o.industry in ('CONSTRUCTION','GAS') and o.path like ?)) order by o.code limit 51"},
                    {"department scope, industry branch as a subquery", district,
                            "select id, code from org o where (o.path like ? || 'x%' or o.id in (select e.id from org e where e.industry in ('CONSTRUCTION','GAS') and e.path like ?)) order by o.code limit 51"}}) {
                time(c, q[0], q[2], q[1]);
            }
            System.out.println();
            explain(c, "select id, code from org o where o.path like ? order by o.code limit 51", township);
            explain(c, "select id, code from org o where o.path like ? order by o.code limit 51", district);
            explain(c, "select id, code from org o where o.path like ? and o.kind = 'ENTERPRISE' order by o.code limit 51", district);
            explain(c, "select id, code from org o where o.path like ? order by o.name, o.id limit 51", district);
        }
    }

    static void time(Connection c, String label, String sql, String path) throws Exception {
        long[] ns = new long[RUNS];
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int params = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 0; i < params; i++) {
                ps.setString(i + 1, path + "%");
            }
            if (sql.contains("|| 'x%'")) {
                ps.setString(1, path + "self/");
            }
            for (int i = 0; i < 20; i++) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) { }
                }
            }
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) { }
                }
                ns[i] = System.nanoTime() - t;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select count(*) from org where path like ?")) {
            ps.setString(1, path + "%");
            ResultSet rs = ps.executeQuery();
            rs.next();
            rows = rs.getLong(1);
        }
        Arrays.sort(ns);
        System.out.printf("| %s | %,d | %.2f | %.2f | %.2f |%n", label, rows, ns[RUNS / 2] / 1e6, ns[RUNS * 99 / 100] / 1e6,
                ns[RUNS - 1] / 1e6);
    }

    static void explain(Connection c, String sql, String path) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers, costs off) " + sql)) {
            ps.setString(1, path + "%");
            ResultSet rs = ps.executeQuery();
            System.out.println("```");
            System.out.println(sql.replace("?", "'" + path + "%'"));
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
            System.out.println("```");
        }
    }

    static String one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Set-based load: every level from the one above, paths built from the parents' paths. */
    static final String LOAD = """
            create temporary table lvl (id uuid, code text, name text, lvl text, parent uuid, path text, depth int);
            insert into org (id, code, name, kind, region_level, parent_id, path, depth, created_at, updated_at)
            select g, '520000', '贵州省', 'REGION', 'PROVINCE', null, '/' || replace(g::text, '-', '') || '/', 0, now(), now()
            from (select gen_random_uuid() as g) x;
            insert into org (id, code, name, kind, region_level, parent_id, path, depth, created_at, updated_at)
            select g, '52' || lpad(i::text, 2, '0') || '00', '市' || i, 'REGION', 'CITY', p.pid,
                   p.path || replace(g::text, '-', '') || '/', 1, now(), now()
            from (select p.id as pid, p.code, p.name, p.path, i, gen_random_uuid() as g from org p, generate_series(1, 10) i where p.region_level = 'PROVINCE') p;
            insert into org (id, code, name, kind, region_level, parent_id, path, depth, created_at, updated_at)
            select g, substr(p.code, 1, 4) || lpad(i::text, 2, '0'), p.name || '区' || i, 'REGION', 'DISTRICT', p.pid,
                   p.path || replace(g::text, '-', '') || '/', 2, now(), now()
            from (select p.id as pid, p.code, p.name, p.path, i, gen_random_uuid() as g from org p, generate_series(1, 10) i where p.region_level = 'CITY') p;
            insert into org (id, code, name, kind, region_level, parent_id, path, depth, created_at, updated_at)
            select g, p.code || lpad(i::text, 3, '0'), p.name || '镇' || i, 'REGION', 'TOWNSHIP', p.pid,
                   p.path || replace(g::text, '-', '') || '/', 3, now(), now()
            from (select p.id as pid, p.code, p.name, p.path, i, gen_random_uuid() as g from org p, generate_series(1, 10) i where p.region_level = 'DISTRICT') p;
            insert into org (id, code, name, kind, region_level, parent_id, path, depth, created_at, updated_at)
            select g, p.code || lpad(i::text, 3, '0'), p.name || '村' || i, 'REGION', 'VILLAGE', p.pid,
                   p.path || replace(g::text, '-', '') || '/', 4, now(), now()
            from (select p.id as pid, p.code, p.name, p.path, i, gen_random_uuid() as g from org p, generate_series(1, 10) i where p.region_level = 'TOWNSHIP') p;
            insert into org (id, code, name, kind, region_level, parent_id, path, depth, supervised_industries, created_at, updated_at)
            select g, 'D' || p.code || lpad(i::text, 2, '0'), p.name || '部门' || i, 'DEPARTMENT', null, p.pid,
                   p.path || replace(g::text, '-', '') || '/', 3,
                   (case i % 4 when 0 then array['CONSTRUCTION','GAS'] when 1 then array['FIRE'] when 2 then array['ROAD_TRAFFIC'] else array['HAZARDOUS_CHEMICALS','FIREWORKS'] end)::varchar[],
                   now(), now()
            from (select p.id as pid, p.code, p.name, p.path, i, gen_random_uuid() as g from org p, generate_series(1, 10) i where p.region_level = 'DISTRICT') p;
            insert into org (id, code, name, kind, region_level, parent_id, path, depth, created_at, updated_at)
            select g, p.code || '-G' || i, p.name || '网格' || i, 'REGION', 'GRID', p.pid,
                   p.path || replace(g::text, '-', '') || '/', 5, now(), now()
            from (select p.id as pid, p.code, p.name, p.path, i, gen_random_uuid() as g from org p, generate_series(1, 4) i where p.region_level = 'VILLAGE') p;
            insert into org (id, code, name, kind, region_level, parent_id, path, depth, industry, high_risk, created_at, updated_at)
            select g, 'E' || p.code || lpad(i::text, 2, '0'), p.name || '企业' || i, 'ENTERPRISE', null, p.pid,
                   p.path || replace(g::text, '-', '') || '/', 6,
                   (array['CONSTRUCTION','GAS','FIRE','ROAD_TRAFFIC','HAZARDOUS_CHEMICALS','TOURISM','EDUCATION'])[1 + i % 7],
                   i % 3 = 0, now(), now()
            from (select p.id as pid, p.code, p.name, p.path, i, gen_random_uuid() as g from org p, generate_series(1, 1) i where p.region_level = 'GRID' and random() < 0.98) p;
            """;
}

package cn.redline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml is the server deployment path; no Docker engine runs here, so its structure is
 * checked against the application's own configuration and the realm instead.
 */
class DeploymentConfigTest {

    private static final Path ROOT = Path.of("..");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertTrue(services.containsKey(name), "compose has no service " + name);
        return (Map<String, Object>) services.get(name);
    }

    private static Properties appConfig() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DeploymentConfigTest.class.getResourceAsStream("/application.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyServiceHasAHealthCheck() throws IOException {
        for (String s : List.of("postgres", "keycloak", "backend", "frontend")) {
            Map<String, Object> svc = service(s);
            if (!s.equals("frontend")) {
                assertTrue(svc.containsKey("healthcheck"), s + " has no healthcheck");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void backendUsesPostgresAndKeycloakAsTheAppConfigExpects() throws IOException {
        Map<String, Object> backend = service("backend");
        Map<String, String> env = (Map<String, String>) backend.get("environment");
        Map<String, String> pg = (Map<String, String>) service("postgres").get("environment");
        assertEquals("jdbc:postgresql://postgres:5432/" + pg.get("POSTGRES_DB"), env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(pg.get("POSTGRES_USER"), env.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(pg.get("POSTGRES_PASSWORD"), env.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertTrue(env.get("QUARKUS_OIDC_AUTH_SERVER_URL").endsWith("/realms/redline"));
        assertEquals("false", env.get("REDLINE_DEMO_DATA_ENABLED").replaceAll("\\$\\{[A-Z_]+:-(\\w+)}", "$1"),
                "demo data is off in production");
        // the health check probes the port the app listens on
        String port = appConfig().getProperty("quarkus.http.port");
        String health = String.valueOf(backend.get("healthcheck"));
        assertTrue(health.contains("/" + port) && health.contains("/q/health/ready"), health);
        Map<String, Object> depends = (Map<String, Object>) backend.get("depends_on");
        assertTrue(depends.containsKey("postgres") && depends.containsKey("keycloak"));
        assertTrue(Files.exists(ROOT.resolve("backend").resolve(String.valueOf(((Map<String, Object>) backend.get("build")).get("dockerfile")))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakImportsTheRealmTheBackendChecks() throws IOException {
        Map<String, Object> kc = service("keycloak");
        List<String> volumes = (List<String>) kc.get("volumes");
        String realmMount = volumes.stream().filter(v -> v.contains("/opt/keycloak/data/import")).findFirst().orElseThrow();
        Path realmFile = ROOT.resolve(realmMount.substring(0, realmMount.indexOf(':')));
        assertTrue(Files.exists(realmFile), realmFile + " is mounted but missing");
        Map<String, Object> realm = new Yaml().load(Files.readString(realmFile));
        assertEquals("redline", realm.get("realm"));
        String audience = appConfig().getProperty("quarkus.oidc.token.audience");
        assertTrue(audience.contains("redline-api"));
        String realmText = Files.readString(realmFile);
        assertTrue(realmText.contains("\"included.custom.audience\" : \"redline-api\"")
                || realmText.contains("\"included.custom.audience\": \"redline-api\""), "an audience mapper adds redline-api");
        assertTrue(realmText.contains("org_id"), "the realm maps org_id into tokens");
        List<Map<String, Object>> roles = (List<Map<String, Object>>) ((Map<String, Object>) realm.get("roles")).get("realm");
        List<String> names = roles.stream().map(r -> (String) r.get("name")).toList();
        assertTrue(names.containsAll(List.of("admin", "safety_office", "department", "enterprise", "inspector", "leader",
                "integration")), names.toString());
        assertTrue(((List<String>) kc.get("command")).contains("--import-realm"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void frontendProxiesTheApiToTheBackend() throws IOException {
        Map<String, String> env = (Map<String, String>) service("frontend").get("environment");
        assertEquals("http://backend:" + appConfig().getProperty("quarkus.http.port"), env.get("BACKEND_UPSTREAM"));
        assertTrue(Files.readString(ROOT.resolve("frontend/nginx.conf")).contains("location /api/"));
    }
}

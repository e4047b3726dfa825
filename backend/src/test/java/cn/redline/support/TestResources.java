package cn.redline.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Applies to every @QuarkusTest: embedded PostgreSQL and a WireMock OIDC provider with a real signing key. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {
    private TestResources() {
    }
}

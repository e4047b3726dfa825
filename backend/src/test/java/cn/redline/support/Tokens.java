package cn.redline.support;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;

/** Real RS256-signed access tokens, shaped like Keycloak's, for the demo users and any org. */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    public static String token(String user, String orgCode, String... roles) {
        var b = Jwt.issuer(ISSUER).audience("redline-api").subject("sub-" + user)
                .claim("preferred_username", user).claim("name", "测试 " + user)
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (orgCode != null) {
            b.claim("org_id", orgCode);
        }
        return b.expiresIn(600).jws().keyId("1").sign();
    }

    /** A token of the demo shape with extra claims (e.g. roles under resource_access or groups instead of realm_access). */
    public static String withClaims(String user, String orgCode, Map<String, Object> claims) {
        var b = Jwt.issuer(ISSUER).audience("redline-api").subject("sub-" + user).claim("preferred_username", user)
                .claim("org_id", orgCode);
        claims.forEach(b::claim);
        return b.expiresIn(600).jws().keyId("1").sign();
    }

    public static String withAudience(String audience, String orgCode, String role) {
        return Jwt.issuer(ISSUER).audience(audience).subject("sub-aud").claim("org_id", orgCode)
                .claim("realm_access", Map.of("roles", List.of(role))).expiresIn(600).jws().keyId("1").sign();
    }

    public static String expired(String orgCode, String role) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return Jwt.issuer(ISSUER).audience("redline-api").subject("sub-old").claim("org_id", orgCode)
                .claim("realm_access", Map.of("roles", List.of(role))).issuedAt(past - 600).expiresAt(past)
                .jws().keyId("1").sign();
    }
}

package cn.redline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links (Location headers) are built from the configured public address of the API
 * ({@code redline.public-base-url}), never from the request's Host header, which any client can set.
 */
@ApplicationScoped
public class PublicLinks {

    private final String base;

    public PublicLinks(@ConfigProperty(name = "redline.public-base-url") URI base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** {@code to("/api/v1/hazards", id)} → https://redline.example.cn/api/v1/hazards/{id}. */
    public URI to(String path, Object id) {
        return URI.create(base + path + "/" + id);
    }
}

package cn.redline.org;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo posts and their holders (南明区's five leader categories, its department heads, a street's and a zone's heads,
 * an enterprise's principal and posts), one of them changing hands mid-2026. Part of {@link DemoData}'s load: a post
 * whose org and title exist is left alone.
 */
@ApplicationScoped
class DemoPosts {

    record DemoHolder(String personName, String personRef, LocalDate from, LocalDate to, String appointmentDoc) {
    }

    record DemoPost(String org, String title, PostKind kind, List<DemoHolder> holders) {
    }

    @Inject
    PostRepository posts;

    @Inject
    ObjectMapper json;

    int load(Map<String, Org> byCode, OffsetDateTime now) throws IOException {
        List<DemoPost> demo;
        try (InputStream in = DemoPosts.class.getResourceAsStream("/demo/posts.json")) {
            demo = json.readValue(in, new TypeReference<>() {
            });
        }
        int added = 0;
        for (DemoPost d : demo) {
            Org org = byCode.get(d.org());
            if (org == null || posts.existsWithTitle(org.id, d.title())) {
                continue;
            }
            Post p = new Post();
            p.id = UUID.randomUUID();
            p.orgId = org.id;
            p.title = d.title();
            p.kind = d.kind();
            p.createdAt = now;
            p.updatedAt = now;
            posts.persist(p);
            for (int i = 0; i < d.holders().size(); i++) {
                DemoHolder h = d.holders().get(i);
                DemoHolder next = i + 1 < d.holders().size() ? d.holders().get(i + 1) : null;
                PostAssignment a = new PostAssignment();
                a.id = UUID.randomUUID();
                a.postId = p.id;
                a.personName = h.personName();
                a.personRef = h.personRef();
                a.from = h.from();
                a.to = next != null ? next.from().minusDays(1) : h.to();
                a.endDoc = next != null ? next.appointmentDoc() : null;
                a.appointmentDoc = h.appointmentDoc();
                a.createdAt = now;
                posts.getEntityManager().persist(a);
            }
            added++;
        }
        return added;
    }
}

package cn.redline.attachment;

import cn.redline.platform.Caller;
import io.quarkus.security.Authenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only owner of attachments, standing in for a feature (hazard, drill …): a "note" belongs to the org of
 * whoever first attaches files to it and is visible to callers whose scope contains that org, exactly the
 * way a real feature's records are. Hidden from the contract.
 */
final class TestNoteOwner {

    static final String TYPE = "test-note";
    static final Map<UUID, String> NOTE_ORG_PATHS = new ConcurrentHashMap<>();

    private TestNoteOwner() {
    }

    @ApplicationScoped
    static class Policy implements AttachmentOwnerPolicy {

        @Inject
        Caller caller;

        @Override
        public String ownerType() {
            return TYPE;
        }

        @Override
        public boolean canRead(UUID ownerId) {
            String path = NOTE_ORG_PATHS.get(ownerId);
            return path != null && caller.scope().contains(path, null);
        }
    }

    @Path("/test/notes/{id}/attachments")
    @Authenticated
    public static class Resource {

        @Inject
        AttachmentService attachments;

        @Inject
        Caller caller;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Transactional
        @Operation(hidden = true)
        public void link(@PathParam("id") UUID id, @QueryParam("purpose") String purpose, List<UUID> ids) {
            NOTE_ORG_PATHS.putIfAbsent(id, caller.orgPath());
            attachments.link(ids, TYPE, id, purpose);
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(hidden = true)
        public List<AttachmentView> list(@PathParam("id") UUID id) {
            return attachments.listFor(TYPE, id);
        }
    }
}

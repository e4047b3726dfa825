package cn.redline.attachment;

import cn.redline.audit.AuditLog;
import cn.redline.platform.Caller;
import cn.redline.platform.Problem;
import cn.redline.platform.ProblemException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Attachments' rules. An upload is private to its uploader until a record claims it with {@link #link};
 * from then on it is visible exactly to those who may see that record (its {@link AttachmentOwnerPolicy})
 * and it never moves to another record. Anything the caller may not see answers 404, like a missing file.
 */
@ApplicationScoped
public class AttachmentService {

    static final String ENTITY = "attachment";
    private static final Logger LOG = Logger.getLogger(AttachmentService.class);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,19}");

    @Inject
    Clock clock;

    @Inject
    AttachmentRepository attachments;

    @Inject
    BlobStore blobs;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    BlobCleanup cleanup;

    @Inject
    UnattachedPurge purge;

    @ConfigProperty(name = "redline.attachments.unattached-quota", defaultValue = "100M")
    MemorySize unattachedQuota;

    @Inject
    @Any
    Instance<AttachmentOwnerPolicy> policyBeans;

    private Map<String, AttachmentOwnerPolicy> policies;

    @PostConstruct
    void collectPolicies() {
        Map<String, AttachmentOwnerPolicy> byType = new HashMap<>();
        for (AttachmentOwnerPolicy p : policyBeans) {
            if (!TOKEN.matcher(p.ownerType()).matches()) {
                throw new IllegalStateException("Attachment owner type " + p.ownerType() + " must match " + TOKEN);
            }
            if (byType.putIfAbsent(p.ownerType(), p) != null) {
                throw new IllegalStateException("Two attachment owner policies for " + p.ownerType());
            }
        }
        policies = Map.copyOf(byType);
    }

    /** Stores the file's bytes, then its record; if the transaction rolls back the bytes are removed again. */
    @Transactional
    AttachmentView create(Upload upload) {
        checkQuota(upload.bytes().length);
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.storageKey = a.id.toString();
        a.fileName = upload.fileName();
        a.contentType = upload.kind().mediaType;
        a.size = upload.bytes().length;
        a.sha256 = upload.sha256();
        a.uploadedBy = caller.subject();
        a.uploaderOrgCode = caller.orgCode();
        a.uploadedAt = now();
        blobs.put(a.storageKey, upload.bytes(), a.contentType);
        cleanup.deleteUnlessCommitted(a.storageKey);
        attachments.persist(a);
        AttachmentView view = AttachmentView.of(a);
        audit.record(ENTITY, a.id.toString(), "upload", caller.orgPath(), null, view);
        return view;
    }

    /** Stores a file the server made itself (the demo data's photos) through the same checks as an upload. */
    public AttachmentView store(String fileName, FileKind kind, byte[] bytes) {
        return create(Upload.read(fileName, kind, new java.io.ByteArrayInputStream(bytes), bytes.length));
    }

    /**
     * Files nobody attached count against their uploader until attached or purged: past the quota an upload is
     * refused with 429, and Retry-After says when the oldest of them is purged (attaching files frees quota now).
     */
    private void checkQuota(long size) {
        AttachmentRepository.Unattached held = attachments.lockUnattachedOf(caller.subject());
        long quota = unattachedQuota.asLongValue();
        if (held.bytes() + size > quota) {
            long wait = held.oldest() == null ? purge.maxAge().toSeconds()
                    : Duration.between(now(), held.oldest().plus(purge.maxAge())).toSeconds();
            throw ProblemException.retryLater(Problem.of(429, "unattached-quota", "Too many unattached files",
                    "Your files not yet attached to a record take " + held.bytes() + " bytes; with this one they would "
                            + "exceed the limit of " + quota + " bytes. Attach or wait for unattached files to be removed"),
                    wait);
        }
    }

    public AttachmentView get(UUID id) {
        return AttachmentView.of(visible(id));
    }

    /** The file's metadata and an opener for its bytes, after the visibility check. */
    Content content(UUID id) {
        Attachment a = visible(id);
        return new Content(AttachmentView.of(a), () -> open(a));
    }

    record Content(AttachmentView view, java.util.function.Supplier<InputStream> open) {
    }

    /**
     * Attaches files to the record {@code ownerType}/{@code ownerId} as part of the caller's change to that
     * record (MANDATORY: the link commits or rolls back with it). Each id must exist and either be the
     * caller's own unlinked upload or already be attached to this same record (then nothing changes, so a
     * retried request is harmless). Otherwise 422 with a field error {@code attachmentIds[i]} per bad id;
     * a file the caller may not see (another user's upload, a file on a record out of their scope) is reported
     * exactly like a missing one, and only a visible file on another record as "already attached".
     *
     * @param purpose what the files prove for the record (BEFORE, AFTER, DOCUMENT …), or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void link(List<UUID> ids, String ownerType, UUID ownerId, String purpose) {
        Objects.requireNonNull(ownerId, "ownerId");
        if (!policies.containsKey(ownerType)) {
            throw new IllegalArgumentException("No AttachmentOwnerPolicy for owner type " + ownerType);
        }
        if (purpose != null && !TOKEN.matcher(purpose).matches()) {
            throw new IllegalArgumentException("Attachment purpose must match " + TOKEN + ": " + purpose);
        }
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Map<UUID, Attachment> locked = attachments.lockForUpdate(ids.stream().filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<UUID, Attachment> toLink = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "attachmentIds[" + i + "]";
            Attachment a = ids.get(i) == null ? null : locked.get(ids.get(i));
            if (a == null || !canRead(a)) {
                errors.add(new Problem.FieldError(field, "no such attachment"));
            } else if (a.isLinked() && !(a.ownerType.equals(ownerType) && a.ownerId.equals(ownerId))) {
                errors.add(new Problem.FieldError(field, "is already attached to another record"));
            } else if (!a.isLinked()) {
                toLink.put(a.id, a);
            }
        }
        if (!errors.isEmpty()) {
            Problem p = Problem.of(422, "unprocessable", "Unprocessable request",
                    "Some attachments cannot be attached to this record");
            throw new ProblemException(new Problem(p.type(), p.title(), 422, p.detail(), null, errors, null));
        }
        OffsetDateTime now = now();
        for (Attachment a : toLink.values()) {
            AttachmentView before = AttachmentView.of(a);
            a.ownerType = ownerType;
            a.ownerId = ownerId;
            a.purpose = purpose;
            a.linkedAt = now;
            audit.record(ENTITY, a.id.toString(), "link", caller.orgPath(), before, AttachmentView.of(a));
        }
    }

    /**
     * The files attached to a record, oldest first. No visibility check here: the owner's feature calls this
     * only for a record it has already shown the caller.
     */
    public List<AttachmentView> listFor(String ownerType, UUID ownerId) {
        return attachments.ofOwner(ownerType, ownerId).stream().map(AttachmentView::of).toList();
    }

    /** {@link #listFor(String, UUID)} for a page of records in one query, whatever the page size. */
    public Map<UUID, List<AttachmentView>> listFor(String ownerType, java.util.Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return attachments.viewsOfOwners(ownerType, ownerIds).stream()
                .collect(Collectors.groupingBy(AttachmentView::ownerId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** The bytes of a file attached to a record the owner's feature has already shown the caller. */
    public InputStream openAttached(String ownerType, UUID ownerId, UUID id) {
        Attachment a = attachments.findById(id);
        if (a == null || !ownerType.equals(a.ownerType) || !ownerId.equals(a.ownerId)) {
            throw ProblemException.notFound("Attachment");
        }
        return open(a);
    }

    /**
     * The file's bytes. The row exists but the store lacks them when instances keep files on their own disks
     * (filesystem store behind a load balancer): 503, so a retry may reach the instance that has them.
     */
    private InputStream open(Attachment a) {
        try {
            return blobs.get(a.storageKey);
        } catch (BlobStore.MissingBlob e) {
            LOG.warnf("Attachment %s has no bytes in this instance's store (%s); several instances need "
                    + "redline.storage.type=s3", a.id, e.getMessage());
            throw ProblemException.retryLater(Problem.of(503, "file-content-unavailable", "File content unavailable",
                    "The file's content is not available on this server; try again shortly"), 30);
        }
    }

    private Attachment visible(UUID id) {
        Attachment a = attachments.findById(id);
        if (a == null || !canRead(a)) {
            throw ProblemException.notFound("Attachment");
        }
        return a;
    }

    private boolean canRead(Attachment a) {
        if (!a.isLinked()) {
            return a.uploadedBy.equals(caller.subject());
        }
        AttachmentOwnerPolicy policy = policies.get(a.ownerType);
        return policy != null && policy.canRead(a.ownerId);
    }

    private OffsetDateTime now() {
        return cn.redline.platform.Times.now(clock);
    }
}

package cn.redline.org;

import cn.redline.audit.AuditLog;
import cn.redline.platform.Caller;
import cn.redline.platform.Page;
import cn.redline.platform.PageParams;
import cn.redline.platform.ProblemException;
import cn.redline.platform.Roles;
import cn.redline.platform.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Posts and who held them when (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §1.4). Duties attach to posts; any record
 * resolves the person who held its post on its date through {@link #holderOn}, also after that person moved on
 * (LRR 24: liability follows the person after transfer, promotion and retirement).
 */
@ApplicationScoped
public class PostService {

    static final String ENTITY = "post";

    @Inject
    Clock clock;

    @Inject
    PostRepository posts;

    @Inject
    OrgRepository orgs;

    @Inject
    Caller caller;

    @Inject
    CallerOrg callerOrg;

    @Inject
    AuditLog audit;

    @Inject
    Event<PostHandedOver> handedOver;

    /** Who held {@code postId} on {@code day}, if anyone: the one question every dated record asks. */
    public Optional<PostAssignment> holderOn(UUID postId, LocalDate day) {
        return Optional.ofNullable(posts.holdersOn(List.of(postId), day).get(postId));
    }

    public PostView get(UUID id, LocalDate on) {
        Post p = visible(id);
        return views(List.of(p), on == null ? today() : on).get(0);
    }

    public PostPage list(PostRepository.Filter filter, LocalDate on, PageParams page) {
        List<Post> rows = posts.page(filter, caller.scope(), page.after(), page.limit);
        Page<Post> shown = PostRepository.BY_TITLE.page(rows, page.limit, Function.identity());
        return new PostPage(views(shown.items(), on == null ? today() : on), shown.nextCursor());
    }

    public List<PostAssignmentView> assignments(UUID postId) {
        return posts.assignments(visible(postId).id).stream().map(PostAssignmentView::of).toList();
    }

    @Transactional
    public PostView create(PostInput in) {
        Org org = orgs.findVisible(in.orgId(), caller.scope())
                .orElseThrow(() -> ProblemException.unprocessable("orgId", "no such organization"));
        requireWrite(org);
        if (!in.kind().fits(org)) {
            throw ProblemException.unprocessable("kind", switch (in.kind()) {
                case LEADER_PARTY_HEAD, LEADER_GOV_HEAD, LEADER_STANDING_MEMBER, LEADER_SAFETY_DEPUTY, LEADER_OTHER_DEPUTY ->
                        "belongs to a region at county level or above (LRR 2)";
                case TOWNSHIP_HEAD -> "belongs to a township or a functional zone";
                case DEPT_HEAD -> "belongs to a department";
                case ENTERPRISE_PRINCIPAL, ENTERPRISE_POST -> "belongs to an enterprise";
            });
        }
        String title = in.title().strip();
        if (posts.existsWithTitle(org.id, title)) {
            throw ProblemException.conflict("The organization already has a post titled " + title);
        }
        if (PostKind.SINGLE.contains(in.kind()) && posts.existsOfKind(org.id, in.kind())) {
            throw ProblemException.conflict("The organization already has its post of kind " + in.kind());
        }
        Post p = new Post();
        p.id = UUID.randomUUID();
        p.orgId = org.id;
        p.title = title;
        p.kind = in.kind();
        p.createdAt = Times.now(clock);
        p.updatedAt = p.createdAt;
        posts.persistAndFlush(p);
        PostView view = views(List.of(p), today()).get(0);
        audit.record(ENTITY, p.id.toString(), "create", org.path, null, view);
        return view;
    }

    /**
     * Appoints a person. A post has one holder on any day: an appointment starting after a still-open one ends that
     * one the day before (the successor's appointment document ends it); any other overlap is refused with 409.
     */
    @Transactional
    public PostAssignmentView assign(UUID postId, PostAssignmentInput in) {
        Post post = visible(postId);
        Org org = orgs.findById(post.orgId);
        requireWrite(org);
        if (in.to() != null && in.to().isBefore(in.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        posts.lock(post.id);
        List<PostAssignment> existing = posts.assignments(post.id);
        PostAssignment open = existing.stream().filter(a -> a.to == null).findFirst().orElse(null);
        PostAssignment closed = null;
        if (open != null && in.from().isAfter(open.from)) {
            open.to = in.from().minusDays(1);
            open.endDoc = in.appointmentDoc().strip();
            closed = open;
        }
        for (PostAssignment a : existing) {
            if (a.overlaps(in.from(), in.to())) {
                throw ProblemException.conflict("The post is held by " + a.personName + " from " + a.from
                        + (a.to == null ? "" : " to " + a.to) + ": assignments of one post must not overlap");
            }
        }
        PostAssignment a = new PostAssignment();
        a.id = UUID.randomUUID();
        a.postId = post.id;
        a.personName = in.personName().strip();
        a.personRef = in.personRef();
        a.from = in.from();
        a.to = in.to();
        a.appointmentDoc = in.appointmentDoc().strip();
        a.createdAt = Times.now(clock);
        posts.getEntityManager().persist(a);
        if (closed != null) {
            audit.record(ENTITY, post.id.toString(), "assignment-ended", org.path, null, PostAssignmentView.of(closed));
        }
        PostAssignmentView view = PostAssignmentView.of(a);
        audit.record(ENTITY, post.id.toString(), "assigned", org.path, null, view);
        // the holder before: the one this appointment ended, or the last one who left before it
        PostAssignment before = closed != null ? closed : existing.stream()
                .filter(e -> e.to != null && e.to.isBefore(a.from)).max(Comparator.comparing(e -> e.to))
                .orElse(null);
        if (before != null) {
            handedOver.fire(new PostHandedOver(post.id, before, a, a.from));
        }
        return view;
    }

    /** Ends an open assignment with no successor yet (免职, retirement): the post is vacant from the next day. */
    @Transactional
    public PostAssignmentView end(UUID postId, UUID assignmentId, PostAssignmentEnd in) {
        Post post = visible(postId);
        Org org = orgs.findById(post.orgId);
        requireWrite(org);
        posts.lock(post.id);
        PostAssignment a = posts.getEntityManager().find(PostAssignment.class, assignmentId);
        if (a == null || !a.postId.equals(post.id)) {
            throw ProblemException.notFound("Post assignment");
        }
        if (a.to != null) {
            throw ProblemException.conflict("The assignment already ended on " + a.to);
        }
        if (in.to().isBefore(a.from)) {
            throw ProblemException.invalid("to", "must not be before the assignment's first day " + a.from);
        }
        PostAssignmentView before = PostAssignmentView.of(a);
        a.to = in.to();
        a.endDoc = in.endDoc().strip();
        PostAssignmentView after = PostAssignmentView.of(a);
        audit.record(ENTITY, post.id.toString(), "assignment-ended", org.path, before, after);
        return after;
    }

    /** Post writes: an admin anywhere, a safety office inside its subtree, an enterprise for its own posts (AWO29). */
    private void requireWrite(Org org) {
        boolean own = caller.hasRole(Roles.ENTERPRISE) && org.kind == OrgKind.ENTERPRISE
                && org.path.equals(callerOrg.orgPath());
        if (!callerOrg.canWrite(org) && !own) {
            throw ProblemException.forbidden("You may only change posts of organizations inside your own subtree");
        }
    }

    private Post visible(UUID id) {
        return posts.findVisible(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("Post"));
    }

    private List<PostView> views(List<Post> page, LocalDate on) {
        Map<UUID, Org> byId = orgs.byIds(page.stream().map(p -> p.orgId).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.id, o -> o));
        Map<UUID, PostAssignment> holders = posts.holdersOn(page.stream().map(p -> p.id).toList(), on);
        return page.stream().map(p -> new PostView(p.id, OrgView.OrgRef.of(byId.get(p.orgId)), p.title, p.kind, on,
                holders.containsKey(p.id) ? PostAssignmentView.of(holders.get(p.id)) : null, p.version, p.createdAt)).toList();
    }

    private LocalDate today() {
        return Times.today(clock);
    }
}

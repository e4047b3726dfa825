package cn.redline.duty;

import cn.redline.org.Org;
import cn.redline.org.PostKind;
import java.util.UUID;

/** A holder of obligations: an org, or a post of an org (then {@code postKind} is set and {@code org} is the post's org). */
public record Subject(SubjectKind kind, UUID id, Org org, PostKind postKind) {

    public static Subject org(Org org) {
        return new Subject(SubjectKind.ORG, org.id, org, null);
    }

    public static Subject post(UUID postId, PostKind kind, Org org) {
        return new Subject(SubjectKind.POST, postId, org, kind);
    }
}

package cn.redline.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A post (岗位/职务) of an org: duties attach to it, and {@link PostAssignment}s say who held it when
 * (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §1.4). It is seen by whoever sees its org: no scope path of its own.
 */
@Entity
@Table(name = "post")
public class Post {

    @Id
    public UUID id;

    @Column(name = "org_id")
    public UUID orgId;

    public String title;

    @Enumerated(EnumType.STRING)
    public PostKind kind;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}

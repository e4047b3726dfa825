package cn.redline.drill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of an evaluation template; a change is a new version, so an evaluation keeps what it was scored against. */
@Entity
@Immutable
@Table(name = "drill_evaluation_template")
public class EvaluationTemplate {

    @Id
    public UUID id;

    /** The template's series, e.g. AQ9009; versions count up within it. */
    public String code;

    public int version;

    public String title;

    public String citation;

    @JdbcTypeCode(SqlTypes.JSON)
    public EvaluationTemplateDefinition definition;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}

package cn.redline.audit;

import cn.redline.platform.Caller;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/** Writes audit entries; MANDATORY so an entry is always part of the change's own transaction. */
@ApplicationScoped
public class AuditLog {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, String entityId, String action, String scopePath, Object before, Object after) {
        write(caller.subject(), caller.displayName(), caller.orgCode(), entityType, entityId, action, scopePath, before,
                after);
    }

    /** A change made by a scheduled job rather than a person: the actor is the job's name, e.g. "system:…". */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(String actor, String entityType, String entityId, String action, String scopePath,
                               Object before, Object after) {
        write(actor, null, null, entityType, entityId, action, scopePath, before, after);
    }

    private void write(String actorSubject, String actorName, String actorOrgCode, String entityType, String entityId,
                       String action, String scopePath, Object before, Object after) {
        AuditEntry e = new AuditEntry();
        e.at = cn.redline.platform.Times.now(clock);
        e.actorSubject = actorSubject;
        e.actorName = actorName;
        e.actorOrgCode = actorOrgCode;
        e.entityType = entityType;
        e.entityId = entityId;
        e.action = action;
        e.scopePath = scopePath;
        e.before = before == null ? null : json.convertValue(before, MAP);
        e.after = after == null ? null : json.convertValue(after, MAP);
        em.persist(e);
    }
}

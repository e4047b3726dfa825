package cn.redline.platform;

import jakarta.persistence.OptimisticLockException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.StaleStateException;

/**
 * A write that lost an optimistic-lock race: another writer changed the row between this request's read and
 * its update (two transitions sent with the same If-Match, two instances saving the same org). Hibernate
 * reports it at flush or at commit, and at commit it arrives wrapped (RollbackException inside Arc's
 * undeclared-throwable wrapper, sometimes only as a suppressed exception), so the whole chain is searched.
 * It is the caller's stale copy, not a server failure.
 */
final class LostUpdate {

    private LostUpdate() {
    }

    static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return false;
    }

    /** 412 when the request named the version it read in If-Match, 409 when it did not. */
    static Problem problem(boolean sentIfMatch) {
        if (sentIfMatch) {
            return Etags.stale().problem();
        }
        return Problem.of(409, "concurrent-update", "Changed concurrently",
                "Someone else changed the resource at the same moment; reload it and apply your change again");
    }
}

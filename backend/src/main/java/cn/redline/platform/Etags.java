package cn.redline.platform;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic concurrency over HTTP: the ETag is the row version; updates must send it back in If-Match. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 when If-Match is missing, 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(428, "precondition-required", "Precondition required",
                    "Send the resource's ETag in If-Match to update it"));
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw stale();
    }

    /** The 412 answer: the version the caller read is no longer the current one. */
    public static ProblemException stale() {
        return new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                "The resource was changed by someone else; reload it and apply your change again"));
    }
}

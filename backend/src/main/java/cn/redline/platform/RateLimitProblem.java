package cn.redline.platform;

/** The 429 problem every quota answers with. */
final class RateLimitProblem {

    private RateLimitProblem() {
    }

    static Problem of(RateLimits.Outcome outcome, String detail) {
        return Problem.of(429, "rate-limited", "Too many requests",
                detail + "; retry after " + outcome.retryAfterSeconds() + " s");
    }
}

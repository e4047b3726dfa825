package cn.redline.platform;

import java.util.List;

/** Thrown by services to answer with a problem; never carries internals to the client. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    /** Seconds for the Retry-After header of a temporary refusal (429, 503), or null. */
    private final Long retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A temporary refusal: the client may try again after {@code seconds} (at least 1). */
    public static ProblemException retryLater(Problem problem, long seconds) {
        return new ProblemException(problem, Math.max(1, seconds));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " does not exist")
                .withArgs(java.util.Map.of("what", what.toLowerCase(java.util.Locale.ROOT))));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, "unprocessable", "Unprocessable request", detail));
    }

    /** 422 naming the field whose value breaks a rule (e.g. a reference to something that does not exist). */
    public static ProblemException unprocessable(String field, String message) {
        Problem p = Problem.of(422, "unprocessable", "Unprocessable request", field + " " + message);
        return new ProblemException(new Problem(p.type(), p.title(), 422, p.detail(), null,
                List.of(new Problem.FieldError(field, message)), null));
    }

    /** 400 with a list of field errors, the shape bean validation failures use too. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        Problem p = Problem.of(400, "validation", "Invalid request", "The request has invalid fields");
        return new ProblemException(new Problem(p.type(), p.title(), 400, p.detail(), null, errors, null));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }
}

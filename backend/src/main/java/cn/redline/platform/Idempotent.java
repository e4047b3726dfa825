package cn.redline.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A retry-safe POST route: a request with an {@code Idempotency-Key} runs once per (caller, org, route, key), and a
 * retry with the same key and the same request replays the first answer ({@link Idempotency}). The route is the
 * request's own method and path; the contract documents the header from this annotation ({@link HttpContract}).
 * The method returns a {@link jakarta.ws.rs.core.Response}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}

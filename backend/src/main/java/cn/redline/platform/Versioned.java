package cn.redline.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route whose success answer carries the resource's row version as ETag ({@link Etags}); with {@link #ifMatch()}
 * it also reads If-Match and refuses a stale version (412) or, when required, a missing one (428). The contract
 * documents the headers and answers from this annotation ({@link HttpContract}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Versioned {

    IfMatch ifMatch() default IfMatch.NONE;

    enum IfMatch { NONE, OPTIONAL, REQUIRED }
}

package io.github.portfoliosdk.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.portfoliosdk.model.internal.WebUrlValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An absolute URI with a scheme, as people write them in profiles and links: {@code https://...} (with a host),
 * {@code mailto:}, {@code tel:}, {@code skype:} and any other scheme, except the ones that run code or reach the
 * reader's own machine ({@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:}), which are refused.
 * A violation's message says what is wrong: the character a URI cannot hold and its column, the refused scheme,
 * a missing scheme or host. Which valid URLs become links is {@link LinkPolicy}'s decision. Null is valid.
 */
@Documented
@Constraint(validatedBy = WebUrlValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WebUrl {
    /** The message of a violation. */
    String message() default "must be an absolute URL such as https://example.com";

    /** Validation groups, as Jakarta Validation requires. */
    Class<?>[] groups() default {};

    /** Payload, as Jakarta Validation requires. */
    Class<? extends Payload>[] payload() default {};
}

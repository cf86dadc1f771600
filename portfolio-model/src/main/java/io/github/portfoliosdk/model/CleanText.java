package io.github.portfoliosdk.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.portfoliosdk.model.internal.CleanTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Text without control characters (line feed and tab are allowed); null is valid. */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CleanText {
    /** The message of a violation. */
    String message() default "must not contain control characters other than line feed and tab";

    /** Validation groups, as Jakarta Validation requires. */
    Class<?>[] groups() default {};

    /** Payload, as Jakarta Validation requires. */
    Class<? extends Payload>[] payload() default {};
}

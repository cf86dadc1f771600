package io.github.portfoliosdk.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.portfoliosdk.model.internal.ValidPeriodValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link Period} whose end is not before its start, and that has a start or an end. An end before its start is
 * reported at {@code end} with both dates ({@code 2019-03 is before the start 2020-01}).
 */
@Documented
@Constraint(validatedBy = ValidPeriodValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidPeriod {
    /** The message of a violation. */
    String message() default "is before the start";

    /** Validation groups, as Jakarta Validation requires. */
    Class<?>[] groups() default {};

    /** Payload, as Jakarta Validation requires. */
    Class<? extends Payload>[] payload() default {};
}

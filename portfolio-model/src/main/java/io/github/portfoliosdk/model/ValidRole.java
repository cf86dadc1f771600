package io.github.portfoliosdk.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.portfoliosdk.model.internal.ValidRoleValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link Role} that says what it was: it has a {@link Role#title()}, or an {@link Role#organization()} with a name
 * or a short name. Reported at the role itself ({@code roles[2]}).
 */
@Documented
@Constraint(validatedBy = ValidRoleValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidRole {
    /** The message of a violation. */
    String message() default "needs a title or an organization name";

    /** Validation groups, as Jakarta Validation requires. */
    Class<?>[] groups() default {};

    /** Payload, as Jakarta Validation requires. */
    Class<? extends Payload>[] payload() default {};
}

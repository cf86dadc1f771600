package io.github.portfoliosdk.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.portfoliosdk.model.internal.ValidPortraitValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A {@link Person} whose portrait for dark themes ({@link Person#imageDark()}) comes with one for light themes. */
@Documented
@Constraint(validatedBy = ValidPortraitValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidPortrait {
    /** The message of a violation. */
    String message() default "needs image, the portrait for light themes";

    /** Validation groups, as Jakarta Validation requires. */
    Class<?>[] groups() default {};

    /** Payload, as Jakarta Validation requires. */
    Class<? extends Payload>[] payload() default {};
}

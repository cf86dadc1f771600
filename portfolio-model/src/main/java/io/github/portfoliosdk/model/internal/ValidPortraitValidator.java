package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.ValidPortrait;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidPortrait}: no {@code imageDark} without {@code image}; reported at {@code imageDark}. */
public final class ValidPortraitValidator implements ConstraintValidator<ValidPortrait, Person> {

    @Override
    public boolean isValid(Person person, ConstraintValidatorContext context) {
        if (person == null || person.imageDark() == null || person.image() != null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("imageDark").addConstraintViolation();
        return false;
    }
}

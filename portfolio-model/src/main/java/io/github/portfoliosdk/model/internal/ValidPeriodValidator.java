package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.ValidPeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidPeriod}: a start or an end, and the end's last day not before the start's first. */
public final class ValidPeriodValidator implements ConstraintValidator<ValidPeriod, Period> {

    @Override
    public boolean isValid(Period period, ConstraintValidatorContext context) {
        if (period == null) {
            return true;
        }
        if (period.start() == null && period.end() == null) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("needs a start or an end")
                    .addPropertyNode("start").addConstraintViolation();
            return false;
        }
        if (period.start() != null && period.end() != null
                && period.end().lastDay().isBefore(period.start().firstDay())) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("end").addConstraintViolation();
            return false;
        }
        return true;
    }
}

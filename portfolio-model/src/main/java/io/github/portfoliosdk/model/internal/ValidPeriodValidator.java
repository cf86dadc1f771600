package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.ValidPeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ValidPeriod}: a start or an end, and the end's last day not before the start's first. An end before
 * its start is reported at {@code end}, quoting both dates ({@code 2019-03 is before the start 2020-01}).
 */
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
            context.buildConstraintViolationWithTemplate(
                            period.end() + " is before the start " + period.start())
                    .addPropertyNode("end").addConstraintViolation();
            return false;
        }
        return true;
    }
}

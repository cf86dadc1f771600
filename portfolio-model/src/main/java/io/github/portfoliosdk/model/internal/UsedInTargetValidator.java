package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.UsedIn;
import io.github.portfoliosdk.model.UsedInTarget;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link UsedInTarget}: a project id or a label. */
public final class UsedInTargetValidator implements ConstraintValidator<UsedInTarget, UsedIn> {

    @Override
    public boolean isValid(UsedIn usedIn, ConstraintValidatorContext context) {
        return usedIn == null || !isBlank(usedIn.project()) || !isBlank(usedIn.label());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.CleanText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CleanText}: no control characters but line feed and tab. */
public final class CleanTextValidator implements ConstraintValidator<CleanText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}

package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.CleanText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link CleanText}: no control characters but line feed and tab, and no unpaired surrogate (which no
 * output encoding can write).
 */
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
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must not contain an unpaired surrogate character")
                        .addConstraintViolation();
                return false;
            }
        }
        return true;
    }
}

package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** Checks {@link LanguageTag}: a well-formed BCP 47 tag with a language subtag, as {@link Locale.Builder} reads them. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Templates.valid(value == null ? Optional.empty() : problem(value), context);
    }

    /**
     * What is wrong with this tag, as the end of a message ("is not a BCP 47 language tag (en, de, pt-BR): ..."); empty
     * when it is well-formed.
     */
    public static Optional<String> problem(String tag) {
        String why;
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (!locale.getLanguage().isEmpty()) {
                return Optional.empty();
            }
            why = "it has no language subtag";
        } catch (IllformedLocaleException e) {
            why = e.getMessage();
        }
        return Optional.of("\"" + tag + "\" is not a BCP 47 language tag (en, de, pt-BR): " + why);
    }
}

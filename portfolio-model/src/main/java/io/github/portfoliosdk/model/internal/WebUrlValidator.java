package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.WebUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks {@link WebUrl}: an absolute http(s) URL with a host. */
public final class WebUrlValidator implements ConstraintValidator<WebUrl, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isWebUrl(value);
    }

    /** Whether the text is an absolute http or https URL with a host. */
    public static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.WebUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks {@link WebUrl}: an absolute URI with a scheme that is not one of the refused ones, http(s) with a host.
 * Each violation gets its own message naming what is wrong.
 */
public final class WebUrlValidator implements ConstraintValidator<WebUrl, String> {

    /** Schemes that run code or read the reader's machine; refused wherever a URL is accepted. */
    private static final Set<String> REFUSED_SCHEMES = Set.of("javascript", "vbscript", "data", "file");

    /** ASCII characters RFC 3986 allows besides letters and digits (unreserved, reserved and '%'). */
    private static final String URI_PUNCTUATION = "-._~:/?#[]@!$&'()*+,;=%";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Templates.valid(value == null ? Optional.empty() : problem(value), context);
    }

    /**
     * What is wrong with this URL, as the end of a message ("must not use the javascript: scheme"); empty when
     * {@link WebUrl} accepts it.
     */
    public static Optional<String> problem(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!uriCharacter(c)) {
                return Optional.of("must not contain " + describe(c) + " (column " + (value.codePointCount(0, i) + 1)
                        + "): a URI cannot hold it" + (c == ' ' ? "; write it as %20" : ""));
            }
            i += Character.charCount(c);
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URI: " + e.getReason()
                    + (e.getIndex() >= 0 ? " at column " + (e.getIndex() + 1) : ""));
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            return Optional.of("must be an absolute URL with a scheme, such as https://" + (value.startsWith("/") ? "example.com" + value : value));
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (REFUSED_SCHEMES.contains(lower)) {
            return Optional.of("must not use the " + lower + ": scheme");
        }
        if ((lower.equals("http") || lower.equals("https")) && (uri.getHost() == null || uri.getHost().isEmpty())) {
            return Optional.of("must have a host after " + lower + "://");
        }
        if (uri.getRawSchemeSpecificPart() == null || uri.getRawSchemeSpecificPart().isEmpty()) {
            return Optional.of("must have something after " + lower + ":");
        }
        return Optional.empty();
    }

    /** Letters and digits, RFC 3986 punctuation, and characters beyond ASCII other than spaces and controls (as in IRIs). */
    private static boolean uriCharacter(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || URI_PUNCTUATION.indexOf(c) >= 0;
        }
        return !Character.isISOControl(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT;
    }

    private static String describe(int c) {
        if (c == ' ') {
            return "a space";
        }
        if (Character.isISOControl(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
            return String.format("the character U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }
}

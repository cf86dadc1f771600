package io.github.portfoliosdk.model;

import java.util.Locale;

/**
 * The one policy that decides which URLs every renderer writes as links: {@code http} and {@code https} URLs with a
 * host, {@code mailto} and {@code tel}. Any other URL ({@code javascript:}, {@code data:}, {@code skype:}, a
 * relative path) is shown as text, never as a link. Escaping a linked URL for its output syntax is the writers' job.
 */
public final class LinkPolicy {

    private LinkPolicy() {
    }

    /** Whether renderers write this URL (leading and trailing white space aside) as a link. */
    public static boolean isLink(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip();
        int colon = u.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String rest = u.substring(colon + 1);
        return switch (u.substring(0, colon).toLowerCase(Locale.ROOT)) {
            case "http", "https" -> rest.startsWith("//") && rest.length() > 2 && rest.charAt(2) != '/';
            case "mailto", "tel" -> !rest.isEmpty();
            default -> false;
        };
    }
}

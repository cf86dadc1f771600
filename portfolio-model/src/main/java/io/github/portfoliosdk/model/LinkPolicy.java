package io.github.portfoliosdk.model;

import java.util.Locale;

/**
 * The one policy that decides which URLs every renderer writes as links: {@code http} and {@code https} URLs with a
 * host, {@code mailto} and {@code tel}. Any other URL ({@code javascript:}, {@code data:}, {@code skype:}, a
 * relative path) is shown as text, never as a link; {@link #linkText(String)} is how a URL reads as link text. Escaping a linked URL for its output syntax is the writers' job.
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

    /**
     * A URL as every renderer shows it as link text: without its scheme, a leading {@code www.} and a trailing slash,
     * as people write it ({@code https://www.x.com/_vinyjr/} → "x.com/_vinyjr"); "" for null.
     */
    public static String linkText(String url) {
        if (url == null) {
            return "";
        }
        String text = url.strip();
        int scheme = text.indexOf("://");
        if (scheme > 0) {
            text = text.substring(scheme + 3);
        }
        if (text.startsWith("www.")) {
            text = text.substring(4);
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The {@code tel:} URL renderers link a phone number to: its digits, with a plus only in front ("+91 98765-43210"
     * → {@code tel:+919876543210}); null when the number has no digit.
     */
    public static String telUrl(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder url = new StringBuilder("tel:");
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                url.append(c);
            } else if (c == '+' && url.length() == 4) {
                url.append(c);
            }
        }
        return url.length() > 4 && !url.toString().equals("tel:+") ? url.toString() : null;
    }
}

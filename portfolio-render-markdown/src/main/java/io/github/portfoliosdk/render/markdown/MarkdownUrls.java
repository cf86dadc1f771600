package io.github.portfoliosdk.render.markdown;

import io.github.portfoliosdk.model.LinkPolicy;
import java.nio.charset.StandardCharsets;

/**
 * How {@link MarkdownWriter} writes URLs: as a Markdown link destination or in an HTML attribute, with the characters
 * that could end or confuse it percent-encoded. Which URLs become links is {@link LinkPolicy#isLink(String)}'s
 * decision alone; an image source must also be {@code http} or {@code https}, which a browser can fetch.
 */
final class MarkdownUrls {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MarkdownUrls() {
    }

    /**
     * The URL as a Markdown destination: of a link when {@link LinkPolicy#isLink(String)} accepts it, of an image
     * ({@code image} true) when it is also http(s); characters that could end or confuse the destination are
     * percent-encoded. Null otherwise.
     */
    static String safeUrl(String url, boolean image) {
        return safeUrl(url, image, true);
    }

    /**
     * The URL for an HTML attribute this writer writes itself ({@code <img src>}, {@code <source srcset>}): as
     * {@link #safeUrl(String, boolean)} for an image, but with no Markdown backslash escapes, since the attribute
     * is HTML, where the HTML escaping ({@code &amp;}) alone applies. Null when not safe.
     */
    static String safeHtmlUrl(String url) {
        return safeUrl(url, true, false);
    }

    private static String safeUrl(String url, boolean image, boolean markdownDestination) {
        if (!LinkPolicy.isLink(url)) {
            return null;
        }
        String u = url.strip();
        int colon = u.indexOf(':');
        if (image && !isScheme(u, colon, "http") && !isScheme(u, colon, "https")) {
            return null;
        }
        boolean entityRisk = markdownDestination && u.indexOf(';') >= 0;
        int first = 0;
        while (first < u.length() && !isEncodedInUrl(u.charAt(first)) && !(u.charAt(first) == '&' && entityRisk)) {
            first++;
        }
        if (first == u.length()) {
            return u;
        }
        StringBuilder result = new StringBuilder(u.length() + 8).append(u, 0, first);
        byte[] utf8 = null;
        for (int i = first; i < u.length(); i++) {
            char c = u.charAt(i);
            if (isEncodedInUrl(c)) {
                if (c >= 0x7f && Character.isHighSurrogate(c) && i + 1 < u.length()) {
                    utf8 = u.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                } else {
                    utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                }
                for (byte b : utf8) {
                    result.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
            } else if (c == '&' && entityRisk) {
                result.append("\\&");
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** Whether the scheme, the text before {@code colon}, is this lower-case one in any ASCII case. */
    private static boolean isScheme(String url, int colon, String scheme) {
        if (colon != scheme.length()) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != scheme.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a link destination percent-encodes this character: controls, space, non-ASCII and what could end it. */
    private static boolean isEncodedInUrl(char c) {
        return c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '(' || c == ')' || c == '\\'
                || c == '"' || c == '\'' || c == '`';
    }
}

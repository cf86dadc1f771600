package io.github.portfoliosdk.render.markdown;

import java.nio.charset.StandardCharsets;

/**
 * Which URLs {@link MarkdownWriter} writes, and how: as a Markdown link destination or in an HTML attribute, with the
 * characters that could end or confuse it percent-encoded.
 */
final class MarkdownUrls {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MarkdownUrls() {
    }

    /**
     * The URL as a link destination if it is safe: http or https with a host, or mailto when allowed;
     * characters that could end or confuse the destination are percent-encoded. Null when not safe.
     */
    static String safeUrl(String url, boolean allowMailto) {
        return safeUrl(url, allowMailto, true);
    }

    /**
     * The URL for an HTML attribute this writer writes itself ({@code <img src>}, {@code <source srcset>}): as
     * {@link #safeUrl(String, boolean)} without mailto, but with no Markdown backslash escapes, since the attribute
     * is HTML, where the HTML escaping ({@code &amp;}) alone applies. Null when not safe.
     */
    static String safeHtmlUrl(String url) {
        return safeUrl(url, false, false);
    }

    private static String safeUrl(String url, boolean allowMailto, boolean markdownDestination) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        int colon = u.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        boolean web = (isScheme(u, colon, "http") || isScheme(u, colon, "https")) && u.startsWith("//", colon + 1)
                && u.length() > colon + 3;
        boolean mail = allowMailto && isScheme(u, colon, "mailto") && u.length() > colon + 1;
        if (!web && !mail) {
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

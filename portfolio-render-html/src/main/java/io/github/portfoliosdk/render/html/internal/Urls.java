package io.github.portfoliosdk.render.html.internal;

/** How URLs read as link text. */
final class Urls {

    private Urls() {
    }

    /** A URL without its scheme and trailing slash, as people write it: "x.com/_vinyjr". */
    static String display(String url) {
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
}

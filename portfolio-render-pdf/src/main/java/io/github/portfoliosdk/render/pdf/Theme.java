package io.github.portfoliosdk.render.pdf;

/** The print style of a PDF CV, after the HTML page's themes of the same names. */
public enum Theme {
    /** Monospaced headings and a green accent, after the terminal look of the web page. */
    TERMINAL("terminal"),
    /** Sans-serif throughout with a dark blue accent. */
    CLASSIC("classic");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    /** The name used on command lines: {@code terminal}, {@code classic}. */
    public String id() {
        return id;
    }
}

package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The themes' style sheets, read once from the {@code .css} resources: the shared base, the theme's own, then the
 * fonts and type per script ({@code scripts.css}), which override the theme's for text in other scripts.
 */
public final class Stylesheets {

    private static final Map<Theme, String> SHEETS = load();

    private Stylesheets() {
    }

    /** The complete style sheet of a theme. */
    public static String of(Theme theme) {
        return SHEETS.get(theme);
    }

    private static Map<Theme, String> load() {
        String base = read("base.css");
        String scripts = read("scripts.css");
        Map<Theme, String> sheets = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            sheets.put(theme, base + read(theme.id() + ".css") + scripts);
        }
        return sheets;
    }

    private static String read(String name) {
        String path = "/io/github/portfoliosdk/render/html/" + name;
        try (InputStream in = Stylesheets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the style sheet resource " + path + " is missing from the jar");
            }
            return minify(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the style sheet " + path, e);
        }
    }

    /** Drops comments and the indentation of lines, which the page does not need. */
    private static String minify(String css) {
        String withoutComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder out = new StringBuilder(withoutComments.length());
        for (String line : withoutComments.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                out.append(stripped).append('\n');
            }
        }
        return out.toString();
    }
}

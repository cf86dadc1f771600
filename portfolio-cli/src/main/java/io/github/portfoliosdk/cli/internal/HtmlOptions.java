package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.model.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the HTML output: theme, fragment, extra CSS. */
final class HtmlOptions {

    @Option(names = "--theme", paramLabel = "NAME", converter = ThemeConverter.class,
            completionCandidates = ThemeConverter.class,
            description = "HTML theme, and the PDF's print style: ${COMPLETION-CANDIDATES} (default: terminal; for the PDF, classic).")
    Theme theme;

    @Option(names = "--fragment",
            description = "HTML: only the portfolio's markup, to embed in a page that includes the theme's style sheet.")
    boolean fragment;

    @Option(names = "--css", paramLabel = "FILE",
            description = "HTML page: a CSS file whose rules are added after the theme's (not with --fragment: the host page styles a fragment).")
    Path css;

    /** The HTML renderer these options describe, with the shared options (whose theme is {@code --theme}). */
    HtmlRenderer renderer(RenderOptions options) {
        return renderer(options, java.util.Map.of());
    }

    /** The renderer of a page that links the same page in other languages (tag to file name; empty for none). */
    HtmlRenderer renderer(RenderOptions options, java.util.Map<String, String> pageByLanguage) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder().options(options).fragment(fragment).languages(pageByLanguage);
        if (css != null) {
            try {
                builder.extraCss(Files.readString(css, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw Failures.io("read", css, e);
            }
        }
        return builder.build();
    }

    /** Converts and completes theme names. */
    static final class ThemeConverter implements ITypeConverter<Theme>, Iterable<String> {
        @Override
        public Theme convert(String value) {
            try {
                return RenderOptions.parseTheme(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Theme.values()).map(Theme::id).collect(Collectors.toList()).iterator();
        }
    }
}

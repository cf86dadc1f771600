package io.github.portfoliosdk.spark.internal;

import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.Theme;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What every executor needs to build its renderers, as plain values so that the driver can send it: the format names
 * in the order they are rendered, the language tag, the tags of a tailored variant, the theme and paper ids (null:
 * each format's default), lenient reading, and "now". {@link #renderOptions()} turns them back into the shared
 * {@link RenderOptions} the renderers' providers take.
 *
 * @param formats the names of the formats to render ({@code PortfolioRendererProvider.format()}), at least one, without repeats
 * @param locale a BCP 47 language tag
 * @param tags the tags of a tailored variant, in the order given; empty for the whole portfolio
 * @param theme a theme id, or null
 * @param paper a paper id, or null
 * @param lenient whether JSON Resume documents are read leniently
 * @param now the instant renderers take as "now"
 */
public record JobOptions(List<String> formats, String locale, List<String> tags, String theme, String paper,
                         boolean lenient, Instant now) implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Checks the values and copies the lists. */
    public JobOptions {
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("formats: name at least one");
        }
        if (formats.stream().distinct().count() != formats.size()) {
            throw new IllegalArgumentException("formats: " + formats + " names a format twice");
        }
        Objects.requireNonNull(locale, "locale");
        tags = List.copyOf(tags);
        Objects.requireNonNull(now, "now");
    }

    /**
     * The shared options of the renderers, as the command line gives them: no tags (the portfolio is tailored once,
     * before rendering), each format's own sections.
     *
     * @throws IllegalArgumentException when the locale, theme or paper is not one there is
     */
    public RenderOptions renderOptions() {
        Locale language = RenderOptions.parseLocale(locale);
        Theme chosenTheme = theme == null ? null : RenderOptions.parseTheme(theme);
        Paper chosenPaper = paper == null ? null : RenderOptions.parsePaper(paper);
        return RenderOptions.builder().locale(language).theme(chosenTheme).paper(chosenPaper)
                .clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }
}

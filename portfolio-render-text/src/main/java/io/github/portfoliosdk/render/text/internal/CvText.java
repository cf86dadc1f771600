package io.github.portfoliosdk.render.text.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import java.util.Map;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The plain-text CV's layout: the sections in order, each left out when it has nothing to show. Immutable but for
 * the texts of dates it keeps ({@link DateTexts}); thread-safe.
 */
public final class CvText {

    private final List<Section> sections;
    private final int width;
    private final Clock clock;
    private final Labels labels;
    private final DateTexts dates;

    /** A layout of these sections in lines at most {@code width} columns wide, with the fixed words of the labels. */
    public CvText(List<Section> sections, int width, Clock clock, Labels labels) {
        this.sections = sections == null ? null : List.copyOf(sections);
        this.width = width;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.dates = new DateTexts(labels);
    }

    /** The sections a CV shows by default, as the PDF: hero, work, projects, skills, education, short lists, contact. */
    public static List<Section> defaultSections() {
        return Sections.DEFAULT;
    }

    /** Writes the portfolio's CV as lines into the output. */
    public void write(Portfolio portfolio, Appendable output) {
        PlainTextWriter writer = new PlainTextWriter(output, width, labels.locale());
        for (Section section : SectionLists.resolve(sections, Sections.DEFAULT, List.of(), portfolio)) {
            if (SectionLists.hasContent(section, portfolio)) {
                String title = SectionLists.title(section, Map.of(), labels, portfolio);
                Sections.of(section).write(portfolio, new CvContext(writer, title, clock, labels, dates));
            }
        }
    }
}

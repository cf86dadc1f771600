package io.github.portfoliosdk.render.docx.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import java.util.Map;
import io.github.portfoliosdk.model.Theme;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The Word CV's layout: the core properties and the sections in order, each left out when it has nothing to show.
 * Immutable and thread-safe; each {@link #write} builds a document of its own.
 */
public final class CvDocument {

    private final List<Section> sections;
    private final Theme theme;
    private final Paper paper;
    private final Clock clock;
    private final Labels labels;

    /** A layout of these sections in the theme, on the paper, with the fixed words of the labels. */
    public CvDocument(List<Section> sections, Theme theme, Paper paper, Clock clock, Labels labels) {
        this.sections = sections == null ? null : List.copyOf(sections);
        this.theme = Objects.requireNonNull(theme, "theme");
        this.paper = Objects.requireNonNull(paper, "paper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /** The sections a CV shows by default, as the PDF: hero, work, projects, skills, education, short lists, contact. */
    public static List<Section> defaultSections() {
        return Sections.DEFAULT;
    }

    /** The document's title: "Name — Headline", or the name alone. */
    public static String title(Person person) {
        return CvContext.present(person.headline()) ? person.name() + " \u2014 " + person.headline() : person.name();
    }

    /**
     * Writes the portfolio's CV as a .docx package into the output.
     *
     * @throws IOException when the output fails
     */
    public void write(Portfolio portfolio, OutputStream output) throws IOException {
        WordWriter writer = new WordWriter(theme, paper, labels);
        Person person = portfolio.person();
        writer.properties(title(person), person.name(), labels.text("cv-of").replace("{0}", person.name()),
                labels.language().toLanguageTag(), clock.instant());
        for (Section section : SectionLists.resolve(sections, Sections.DEFAULT, List.of(), portfolio)) {
            if (SectionLists.hasContent(section, portfolio)) {
                String title = SectionLists.title(section, Map.of(), labels, portfolio);
                Sections.of(section).write(portfolio, new CvContext(writer, title, clock, labels));
            }
        }
        writer.write(output, clock.instant());
    }
}

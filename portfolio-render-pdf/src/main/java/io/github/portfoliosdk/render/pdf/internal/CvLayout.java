package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CV as an XHTML document for openhtmltopdf: the head (title, author, subject, style sheets, one bookmark per
 * section) and the sections in order. Immutable and thread-safe.
 */
public final class CvLayout {

    private static final String BASE_CSS = resource("cv.css");

    private final List<Section> sections;
    private final String css;
    private final Clock clock;
    private final Labels labels;

    /**
     * A layout of these sections (empty ones are left out) in the theme ({@code terminal}, {@code classic}) for the
     * paper ({@code A4}, {@code letter}), with the fixed words of the labels; the document's language is theirs.
     */
    public CvLayout(List<Section> sections, String theme, String paperSize, Clock clock, Labels labels) {
        this.sections = List.copyOf(sections);
        this.css = BASE_CSS + resource(theme + ".css") + "@page { size: " + paperSize + "; }\n";
        this.clock = Objects.requireNonNull(clock, "clock");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /** The sections a CV shows by default: hero, work, projects, skills, education, the short lists, contact. */
    public static List<Section> defaultSections() {
        return Sections.DEFAULT;
    }

    /** The document's title: "Name — Headline", or the name alone. */
    public static String title(Person person) {
        return CvContext.present(person.headline()) ? person.name() + " — " + person.headline() : person.name();
    }

    /** Writes the whole document into the writer. */
    public void write(Portfolio portfolio, XhtmlWriter w) {
        List<Section> shown = new ArrayList<>();
        for (Section section : sections) {
            if (!Sections.of(section).isEmpty(portfolio)) {
                shown.add(section);
            }
        }
        Person person = portfolio.person();
        String language = labels.language().toLanguageTag();
        w.start("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", language, "xml:lang", language);
        w.start("head");
        // metadata, not typeset: the same text in the body is checked (and reported) with its own path
        w.start("title").label(title(person)).end();
        w.empty("meta", "name", "author", "content", person.name());
        w.empty("meta", "name", "subject", "content", labels.text("cv-of").replace("{0}", person.name()));
        w.start("style").label(css).end();
        w.start("bookmarks");
        for (Section section : shown) {
            String name = section == Section.HERO ? person.name() : title(section);
            w.empty("bookmark", "name", name, "href", "#" + (section == Section.HERO ? "hero" : section.id()));
        }
        w.end();
        w.end();
        w.start("body");
        for (Section section : shown) {
            Sections.of(section).write(portfolio, new CvContext(w, section, title(section), clock, labels));
        }
        w.end();
        w.end();
    }

    private String title(Section section) {
        return labels.text("section." + section.id());
    }

    private static String resource(String name) {
        try (InputStream in = CvLayout.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import io.github.portfoliosdk.render.pdf.PdfSectionRenderer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The CV as an XHTML document for openhtmltopdf: the head (title, author, subject, style sheets, one bookmark per
 * section) and the sections in order. Immutable and thread-safe.
 */
public final class CvLayout {

    private static final String BASE_CSS = resource("cv.css");
    /** The width of the text column on every paper: 70 to 85 characters of body text a line. */
    static final double MEASURE_MILLIMETRES = 160;

    private final List<Section> sections;
    private final Map<Section, String> titles;
    private final Map<Section, PdfSectionRenderer> renderers;
    private final String css;
    private final Clock clock;
    private final Labels labels;

    /**
     * A layout of these sections (empty ones are left out; null for {@link #defaultSections()} with the sections of
     * the user's own after them), with the user's own titles and renderers (the built-in ones for the rest), in the
     * theme ({@code terminal}, {@code classic}) for the paper, with the fixed words of the labels; the document's
     * language is theirs.
     */
    public CvLayout(List<Section> sections, Map<Section, String> titles, Map<Section, PdfSectionRenderer> renderers,
            String theme, Paper paper, Clock clock, Labels labels) {
        this.sections = sections == null ? null : List.copyOf(sections);
        this.titles = Map.copyOf(titles);
        this.renderers = Collections.unmodifiableMap(new LinkedHashMap<>(renderers));
        double side = (paper.widthMillimetres() - MEASURE_MILLIMETRES) / 2;
        this.css = BASE_CSS + resource(theme + ".css") + String.format(Locale.ROOT,
                "@page { size: %s; margin-left: %.1fmm; margin-right: %.1fmm; }%n", paper.id(), side, side);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /**
     * The sections a CV shows by default: hero (with every contact detail under the name), work, projects, skills,
     * education, the short lists.
     */
    public static List<Section> defaultSections() {
        return Sections.DEFAULT;
    }

    /** The built-in renderer of a section; for a section of the user's own, the one of its entries in the data. */
    public static PdfSectionRenderer defaultRenderer(Section section) {
        return Sections.of(section);
    }

    /** The document's title: "Name — Headline", or the name alone. */
    public static String title(Person person) {
        return CvContext.present(person.headline()) ? person.name() + " — " + person.headline() : person.name();
    }

    /** Writes the whole document into the writer. */
    public void write(Portfolio portfolio, XhtmlWriter w) {
        Map<Section, PdfSectionRenderer> shown = new LinkedHashMap<>();
        for (Section section : SectionLists.resolve(sections, Sections.DEFAULT, renderers.keySet(), portfolio)) {
            PdfSectionRenderer renderer = renderers.getOrDefault(section, Sections.of(section));
            if (renderer.hasContent(portfolio)) {
                shown.put(section, renderer);
            }
        }
        Person person = portfolio.person();
        String language = labels.language().toLanguageTag();
        w.start("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", language, "xml:lang", language, "dir",
                labels.rightToLeft() ? "rtl" : "ltr");
        w.start("head");
        // metadata, not typeset: the same text in the body is checked (and reported) with its own path
        w.start("title").label(title(person)).end();
        w.empty("meta", "name", "author", "content", person.name());
        w.empty("meta", "name", "subject", "content", labels.text("cv-of").replace("{0}", person.name()));
        w.start("style").label(css).end();
        w.start("bookmarks");
        for (Section section : shown.keySet()) {
            String name = section.equals(Section.HERO) ? person.name() : title(section, portfolio);
            w.empty("bookmark", "name", name, "href", "#" + section.id());
        }
        w.end();
        w.end();
        w.start("body");
        // the foot of the first page, the page number; of every later page, the name and the page number (running
        // elements: pagination artifacts, not text)
        w.start("div", "class", "first").start("span", "class", "page").end().end();
        w.start("div", "class", "running").isolatedText("person.name", person.name()).label(" — ")
                .start("span", "class", "page").end().end();
        for (Map.Entry<Section, PdfSectionRenderer> entry : shown.entrySet()) {
            Section section = entry.getKey();
            String title = title(section, portfolio);
            CvContext context = new CvContext(w, section, title, clock, labels);
            if (section.equals(Section.HERO)) {
                entry.getValue().render(portfolio, context);
                continue;
            }
            w.start("section", "id", section.id(), "class", "section");
            w.start("h2").text(titlePath(section, portfolio), title).end();
            entry.getValue().render(portfolio, context);
            w.end();
        }
        w.end();
        w.end();
    }

    private String title(Section section, Portfolio portfolio) {
        return SectionLists.title(section, titles, labels, portfolio);
    }

    /** Where a section's title comes from, for a character the fonts cannot typeset. */
    private String titlePath(Section section, Portfolio portfolio) {
        if (titles.containsKey(section)) {
            return "sectionTitle(" + section.id() + ")";
        }
        List<CustomSection> custom = portfolio.customSections();
        for (int i = 0; i < custom.size(); i++) {
            if (section.id().equals(custom.get(i).id())) {
                return "customSections[" + i + "].title";
            }
        }
        return section.titleKey();
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

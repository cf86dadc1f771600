package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.DOT;
import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.Award;
import io.github.portfoliosdk.model.Certificate;
import io.github.portfoliosdk.model.FocusItem;
import io.github.portfoliosdk.model.Interest;
import io.github.portfoliosdk.model.Language;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Publication;
import io.github.portfoliosdk.model.Reference;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import io.github.portfoliosdk.render.pdf.PdfSectionRenderer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in CV section of each built-in {@link Section} and of a section of the user's own (its entries in the
 * data), and the sections a CV shows by default.
 */
final class Sections {

    /**
     * What a reader of a CV expects, in this order; the rest (about, design notes, focus...) only when asked. Not the
     * contact section: the hero's contact line under the name holds every contact detail.
     */
    static final List<Section> DEFAULT =
            SectionLists.CV.stream().filter(section -> !section.equals(Section.CONTACT)).toList();

    private static final Map<Section, PdfSectionRenderer> BUILT_IN = renderers(builtIn());

    private Sections() {
    }

    /** The built-in renderer of a section; for a section of the user's own, the one of its entries in the data. */
    static PdfSectionRenderer of(Section section) {
        PdfSectionRenderer builtIn = BUILT_IN.get(section);
        return builtIn != null ? builtIn : new CustomEntriesSection(section.id()).renderer(section);
    }

    private static Map<Section, PdfSectionRenderer> renderers(Map<Section, CvSection> sections) {
        Map<Section, PdfSectionRenderer> renderers = new HashMap<>();
        sections.forEach((section, writer) -> renderers.put(section, writer.renderer(section)));
        return Map.copyOf(renderers);
    }

    private static Map<Section, CvSection> builtIn() {
        Map<Section, CvSection> map = new HashMap<>();
        map.put(Section.HERO, new HeroSection());
        map.put(Section.ABOUT, new AboutSection());
        map.put(Section.WORK, new RolesSection(SectionLists.WORK_ROLES));
        map.put(Section.VOLUNTEERING, new RolesSection(SectionLists.VOLUNTEER_ROLES));
        map.put(Section.PROJECTS, new ProjectsSection());
        map.put(Section.SYSTEM_DESIGN, new NotesSection(true));
        map.put(Section.DESIGN_NOTES, new NotesSection(false));
        map.put(Section.SKILLS, new SkillsSection());
        map.put(Section.EDUCATION, new EducationSection());
        map.put(Section.CONTACT, new ContactSection());
        map.put(Section.FOCUS, new ListSection<FocusItem>(p -> p.person().focus(), "person.focus",
                (item, path, c) -> titled(c.writer(), path + ".title", item.title(), path + ".text", item.text())));
        map.put(Section.CERTIFICATES, new ListSection<Certificate>(Portfolio::certificates, "certificates",
                (item, path, c) -> {
                    c.writer().link(path + ".name", item.name(), item.url());
                    tail(c.writer(), path + ".issuer", item.issuer(), c.date(item.date()));
                }));
        map.put(Section.AWARDS, new ListSection<Award>(Portfolio::awards, "awards",
                (item, path, c) -> {
                    c.writer().start("strong").text(path + ".title", item.title()).end();
                    tail(c.writer(), path + ".awarder", item.awarder(), c.date(item.date()));
                    tail(c.writer(), path + ".summary", item.summary(), null);
                }));
        map.put(Section.PUBLICATIONS, new ListSection<Publication>(Portfolio::publications, "publications",
                (item, path, c) -> {
                    c.writer().link(path + ".name", item.name(), item.url());
                    tail(c.writer(), path + ".publisher", item.publisher(), c.date(item.releaseDate()));
                    tail(c.writer(), path + ".summary", item.summary(), null);
                }));
        map.put(Section.LANGUAGES, new ListSection<Language>(Portfolio::languages, "languages",
                (item, path, c) -> titled(c.writer(), path + ".language", item.language(), path + ".fluency",
                        item.fluency())));
        map.put(Section.INTERESTS, new ListSection<Interest>(Portfolio::interests, "interests",
                (item, path, c) -> {
                    c.writer().start("strong").text(path + ".name", item.name()).end();
                    if (!item.keywords().isEmpty()) {
                        c.writer().label(": ");
                        Blocks.joined(c.writer(), path + ".keywords", item.keywords(), ", ");
                    }
                }));
        map.put(Section.REFERENCES, new ListSection<Reference>(Portfolio::references, "references",
                (item, path, c) -> titled(c.writer(), path + ".name", item.name(), path + ".reference",
                        item.reference())));
        return Map.copyOf(map);
    }

    /** "<strong>title</strong>: text". */
    private static void titled(XhtmlWriter w, String titlePath, String title, String textPath, String text) {
        if (present(title)) {
            w.start("strong").text(titlePath, title).end();
        }
        if (present(text)) {
            w.label(present(title) ? ": " : "").text(textPath, text);
        }
    }

    /** " · text" (user text at {@code path}) and " · fixed" (our text, a date), each when present. */
    private static void tail(XhtmlWriter w, String path, String text, String fixed) {
        if (present(text)) {
            w.label(DOT).text(path, text);
        }
        if (present(fixed)) {
            w.label(DOT).label(fixed);
        }
    }
}

package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The built-in renderer of each built-in section, and of a section of the user's own: its entries in the
 * portfolio's {@link io.github.portfoliosdk.model.Portfolio#customSections()}.
 */
public final class DefaultSections {

    private static final Map<Section, Supplier<HtmlSectionRenderer>> BUILT_IN = Map.ofEntries(
            Map.entry(Section.HERO, HeroSection::new),
            Map.entry(Section.ABOUT, AboutSection::new),
            Map.entry(Section.WORK, () -> new RolesSection(false)),
            Map.entry(Section.PROJECTS, ProjectsSection::new),
            Map.entry(Section.SYSTEM_DESIGN, SystemDesignSection::new),
            Map.entry(Section.DESIGN_NOTES, DesignNotesSection::new),
            Map.entry(Section.SKILLS, SkillsSection::new),
            Map.entry(Section.FOCUS, FocusSection::new),
            Map.entry(Section.EDUCATION, EducationSection::new),
            Map.entry(Section.VOLUNTEERING, () -> new RolesSection(true)),
            Map.entry(Section.CERTIFICATES, CertificatesSection::new),
            Map.entry(Section.AWARDS, AwardsSection::new),
            Map.entry(Section.PUBLICATIONS, PublicationsSection::new),
            Map.entry(Section.LANGUAGES, LanguagesSection::new),
            Map.entry(Section.INTERESTS, InterestsSection::new),
            Map.entry(Section.REFERENCES, ReferencesSection::new),
            Map.entry(Section.CONTACT, ContactSection::new));

    private DefaultSections() {
    }

    /** The built-in renderer of a section; for a section of the user's own, the one of its entries in the data. */
    public static HtmlSectionRenderer of(Section section) {
        Supplier<HtmlSectionRenderer> builtIn = BUILT_IN.get(section);
        return builtIn != null ? builtIn.get() : new CustomEntriesSection(section.id());
    }
}

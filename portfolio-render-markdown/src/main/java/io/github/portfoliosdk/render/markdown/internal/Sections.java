package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import java.util.Map;

/**
 * The built-in renderer of each built-in section, and of a section of the user's own: its entries in the
 * portfolio's {@link io.github.portfoliosdk.model.Portfolio#customSections()}.
 */
public final class Sections {

    private static final Map<Section, MarkdownSectionRenderer> BUILT_IN = Map.ofEntries(
            Map.entry(Section.HERO, HeroSection.INSTANCE),
            Map.entry(Section.ABOUT, AboutSection.INSTANCE),
            Map.entry(Section.WORK, new RolesSection(SectionLists.WORK_ROLES)),
            Map.entry(Section.PROJECTS, ProjectsSection.INSTANCE),
            Map.entry(Section.SYSTEM_DESIGN, SystemDesignSection.INSTANCE),
            Map.entry(Section.DESIGN_NOTES, DesignNotesSection.INSTANCE),
            Map.entry(Section.SKILLS, SkillsSection.INSTANCE),
            Map.entry(Section.FOCUS, FocusSection.INSTANCE),
            Map.entry(Section.EDUCATION, EducationSection.INSTANCE),
            Map.entry(Section.VOLUNTEERING, new RolesSection(SectionLists.VOLUNTEER_ROLES)),
            Map.entry(Section.CERTIFICATES, CertificatesSection.INSTANCE),
            Map.entry(Section.AWARDS, AwardsSection.INSTANCE),
            Map.entry(Section.PUBLICATIONS, PublicationsSection.INSTANCE),
            Map.entry(Section.LANGUAGES, LanguagesSection.INSTANCE),
            Map.entry(Section.INTERESTS, InterestsSection.INSTANCE),
            Map.entry(Section.REFERENCES, ReferencesSection.INSTANCE),
            Map.entry(Section.CONTACT, ContactSection.INSTANCE));

    private Sections() {
    }

    /** The built-in renderer of this section; for a section of the user's own, the one of its entries in the data. */
    public static MarkdownSectionRenderer of(Section section) {
        MarkdownSectionRenderer builtIn = BUILT_IN.get(section);
        return builtIn != null ? builtIn : new CustomEntriesSection(section.id());
    }
}

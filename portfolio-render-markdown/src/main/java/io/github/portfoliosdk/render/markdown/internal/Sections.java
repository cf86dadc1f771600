package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import java.util.EnumSet;

/** The built-in renderer of each section. */
public final class Sections {

    private static final MarkdownSectionRenderer WORK = new RolesSection(EnumSet.of(RoleKind.JOB, RoleKind.INTERNSHIP));
    private static final MarkdownSectionRenderer VOLUNTEERING = new RolesSection(EnumSet.of(RoleKind.VOLUNTEER));

    private Sections() {
    }

    /** The built-in renderer of this section. */
    public static MarkdownSectionRenderer of(Section section) {
        return switch (section) {
            case HERO -> HeroSection.INSTANCE;
            case ABOUT -> AboutSection.INSTANCE;
            case WORK -> WORK;
            case PROJECTS -> ProjectsSection.INSTANCE;
            case SYSTEM_DESIGN -> SystemDesignSection.INSTANCE;
            case DESIGN_NOTES -> DesignNotesSection.INSTANCE;
            case SKILLS -> SkillsSection.INSTANCE;
            case FOCUS -> FocusSection.INSTANCE;
            case EDUCATION -> EducationSection.INSTANCE;
            case VOLUNTEERING -> VOLUNTEERING;
            case CERTIFICATES -> CertificatesSection.INSTANCE;
            case AWARDS -> AwardsSection.INSTANCE;
            case PUBLICATIONS -> PublicationsSection.INSTANCE;
            case LANGUAGES -> LanguagesSection.INSTANCE;
            case INTERESTS -> InterestsSection.INSTANCE;
            case REFERENCES -> ReferencesSection.INSTANCE;
            case CONTACT -> ContactSection.INSTANCE;
        };
    }
}

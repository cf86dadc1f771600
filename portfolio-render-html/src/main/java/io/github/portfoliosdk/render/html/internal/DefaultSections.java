package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** The built-in renderer of each section. */
public final class DefaultSections {

    private DefaultSections() {
    }

    /** The built-in renderer of a section. */
    public static HtmlSectionRenderer of(Section section) {
        return switch (section) {
            case HERO -> new HeroSection();
            case ABOUT -> new AboutSection();
            case WORK -> new RolesSection(false);
            case PROJECTS -> new ProjectsSection();
            case SYSTEM_DESIGN -> new SystemDesignSection();
            case DESIGN_NOTES -> new DesignNotesSection();
            case SKILLS -> new SkillsSection();
            case FOCUS -> new FocusSection();
            case EDUCATION -> new EducationSection();
            case VOLUNTEERING -> new RolesSection(true);
            case CERTIFICATES -> new CertificatesSection();
            case AWARDS -> new AwardsSection();
            case PUBLICATIONS -> new PublicationsSection();
            case LANGUAGES -> new LanguagesSection();
            case INTERESTS -> new InterestsSection();
            case REFERENCES -> new ReferencesSection();
            case CONTACT -> new ContactSection();
        };
    }
}

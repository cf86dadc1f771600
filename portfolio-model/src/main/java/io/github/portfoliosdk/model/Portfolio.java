package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

/**
 * The root of the model: one developer's whole portfolio, from which every renderer works.
 * <p>A value: immutable, thread-safe, equal when all parts are equal. Lists are never null.
 * {@link Builder#build()} validates the whole portfolio; the canonical constructor does not (so that
 * readers and frameworks can bind it), call {@link PortfolioValidator#check(Portfolio)} for that.
 *
 * @param language the BCP 47 tag of the language the portfolio's text is written in ({@code en}, {@code de},
 *     {@code ar}), or null for English; see {@link #contentLocale()}. Labels may be in another language
 *     ({@link RenderOptions#locale()}): renderers mark the user's text with this one
 * @param person who the portfolio is about; required
 * @param roles work history, internships and volunteering, most recent first
 * @param projects selected projects
 * @param systemDesign the featured system-design overview, or null
 * @param designNotesIntro a short paragraph introducing the design notes, or null
 * @param designNotes system-design notes
 * @param skills skills, grouped on the page by {@link Skill#category()}
 * @param primaryStack the technologies the person works with most, in display order
 * @param stackMetrics headline figures shown beside the skills ("2+" / "Years of production experience")
 * @param education education
 * @param certificates certificates
 * @param awards awards
 * @param publications publications
 * @param languages spoken languages
 * @param interests interests
 * @param references references (testimonials)
 * @param customSections sections of the user's own ("Talks"), each with a unique id that no built-in section has
 * @param meta document metadata, or null
 * @param extensions properties from other formats that the model has no field for, keyed by JSON Pointer and iterated in key order (for example {@code /basics/x-pronouns}), each value raw JSON text; kept so that conversions lose nothing
 * @param translations the portfolio's text in other languages, by language tag and JSON Pointer; never null
 *     ({@link Translations#NONE}). Renderers do not read it: they render the language {@link #in(Locale)} chose
 */
@ConsistentReferences
public record Portfolio(
        @LanguageTag String language,
        @NotNull @Valid Person person,
        List<@Valid Role> roles,
        List<@Valid Project> projects,
        @Valid DesignNote systemDesign,
        @CleanText String designNotesIntro,
        List<@Valid DesignNote> designNotes,
        List<@Valid Skill> skills,
        List<@NotBlank @CleanText String> primaryStack,
        List<@Valid Metric> stackMetrics,
        List<@Valid Education> education,
        List<@Valid Certificate> certificates,
        List<@Valid Award> awards,
        List<@Valid Publication> publications,
        List<@Valid Language> languages,
        List<@Valid Interest> interests,
        List<@Valid Reference> references,
        List<@Valid CustomSection> customSections,
        @Valid Meta meta,
        Map<String, String> extensions,
        Translations translations) {

    /** Copies the lists (null becomes empty), so the record stays immutable. */
    public Portfolio {
        roles = Lists.copy(roles, "roles");
        projects = Lists.copy(projects, "projects");
        designNotes = Lists.copy(designNotes, "designNotes");
        skills = Lists.copy(skills, "skills");
        primaryStack = Lists.copy(primaryStack, "primaryStack");
        stackMetrics = Lists.copy(stackMetrics, "stackMetrics");
        education = Lists.copy(education, "education");
        certificates = Lists.copy(certificates, "certificates");
        awards = Lists.copy(awards, "awards");
        publications = Lists.copy(publications, "publications");
        languages = Lists.copy(languages, "languages");
        interests = Lists.copy(interests, "interests");
        references = Lists.copy(references, "references");
        customSections = Lists.copy(customSections, "customSections");
        extensions = extensions == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(extensions));
        translations = translations == null ? Translations.NONE : translations;
    }

    /**
     * This portfolio in another language: every text that has a translation in the language {@code locale} names
     * (looked up as BCP 47 does: {@code de-AT} finds {@code de}) is replaced by it, the others stay in the language the
     * portfolio was written in (a fallback, listed by {@link #coverage(Locale)}), and {@link #language()} becomes the
     * chosen tag. The translations travel along, so that choosing the original language again gives this portfolio
     * back. When the portfolio has no text in that language at all, this portfolio is returned (only the labels
     * can then be in it). Does not validate: the result is checked when it is rendered, as any portfolio.
     */
    public Portfolio in(Locale locale) {
        return io.github.portfoliosdk.model.internal.translation.Choosing.in(this, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * How much of the portfolio's text the language {@code locale} names has, and which texts it lacks; complete for
     * the language the portfolio was written in. The same whichever language was {@linkplain #in(Locale) chosen}.
     */
    public Coverage coverage(Locale locale) {
        return io.github.portfoliosdk.model.internal.translation.Choosing.coverage(this, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * The languages this portfolio has text in, as BCP 47 tags: the one it was written in first, then those of its
     * translations in tag order. One tag for a portfolio without translations.
     */
    public List<String> contentLanguages() {
        return io.github.portfoliosdk.model.internal.translation.Choosing.languages(this);
    }

    /**
     * The texts of this portfolio that fell back to the language it was written in because the {@linkplain #in(Locale)
     * chosen} one lacks them, each with that language: what a page marks with its own {@code lang}. Every other text is
     * in {@link #contentLocale()}. Empty for a portfolio in the language it was written in. Worked out in one pass over
     * the translations on each call: a renderer calls it once and then looks each text up in the map. Unmodifiable.
     */
    public Map<String, Locale> fallbackTexts() {
        return io.github.portfoliosdk.model.internal.translation.Choosing.fallbackTexts(this);
    }

    /** The language the portfolio's text is written in: {@link #language()} as a locale, English when it is null. */
    public Locale contentLocale() {
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A tailored variant: only the roles, projects, design notes and skills tagged with any of {@code tags}, and those
     * without tags. A project whose role is left out loses its {@code roleId}; a note's use of a project left out is
     * dropped (or kept as text when it has its own label). Sections left empty are then not rendered, and years of
     * experience count only the roles kept. The same tags always give the same portfolio; no tags give this one.
     * A tailored portfolio keeps no {@link #translations()} (their pointers name the untailored lists): choose the
     * language with {@link #in(Locale)} first, then tailor.
     *
     * @throws IllegalArgumentException when a tag is on no item, naming the closest tag that is ("did you mean")
     */
    public Portfolio tailored(Set<String> tags) {
        Portfolio tailored = io.github.portfoliosdk.model.internal.Tailoring.tailor(this, Set.copyOf(Objects.requireNonNull(tags, "tags")));
        return tailored == this || translations.isEmpty() ? tailored
                : tailored.toBuilder().translations(Translations.NONE).buildUnvalidated();
    }

    /** Every tag a role, project, design note or skill carries, sorted: what {@link #tailored(Set)} accepts. */
    public SortedSet<String> allTags() {
        return io.github.portfoliosdk.model.internal.Tailoring.tags(this);
    }

    /** The role with this id (what a project's {@code roleId} names); empty for null or an id no role has. */
    public Optional<Role> role(String id) {
        return id == null ? Optional.empty() : roles.stream().filter(role -> id.equals(role.id())).findFirst();
    }

    /** The custom section with this id; empty for null or an id no custom section has. */
    public Optional<CustomSection> customSection(String id) {
        return id == null ? Optional.empty()
                : customSections.stream().filter(section -> id.equals(section.id())).findFirst();
    }

    /** A builder holding this portfolio's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.language = language;
        b.person = person;
        b.roles.addAll(roles);
        b.projects.addAll(projects);
        b.systemDesign = systemDesign;
        b.designNotesIntro = designNotesIntro;
        b.designNotes.addAll(designNotes);
        b.skills.addAll(skills);
        b.primaryStack.addAll(primaryStack);
        b.stackMetrics.addAll(stackMetrics);
        b.education.addAll(education);
        b.certificates.addAll(certificates);
        b.awards.addAll(awards);
        b.publications.addAll(publications);
        b.languages.addAll(languages);
        b.interests.addAll(interests);
        b.references.addAll(references);
        b.customSections.addAll(customSections);
        b.meta = meta;
        b.extensions.putAll(extensions);
        b.translations = translations;
        return b;
    }

    /** Builds a {@link Portfolio} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String language;
        private Person person;
        private final ArrayList<Role> roles = new ArrayList<>();
        private final ArrayList<Project> projects = new ArrayList<>();
        private DesignNote systemDesign;
        private String designNotesIntro;
        private final ArrayList<DesignNote> designNotes = new ArrayList<>();
        private final ArrayList<Skill> skills = new ArrayList<>();
        private final ArrayList<String> primaryStack = new ArrayList<>();
        private final ArrayList<Metric> stackMetrics = new ArrayList<>();
        private final ArrayList<Education> education = new ArrayList<>();
        private final ArrayList<Certificate> certificates = new ArrayList<>();
        private final ArrayList<Award> awards = new ArrayList<>();
        private final ArrayList<Publication> publications = new ArrayList<>();
        private final ArrayList<Language> languages = new ArrayList<>();
        private final ArrayList<Interest> interests = new ArrayList<>();
        private final ArrayList<Reference> references = new ArrayList<>();
        private final ArrayList<CustomSection> customSections = new ArrayList<>();
        private Meta meta;
        private final TreeMap<String, String> extensions = new TreeMap<>();
        private Translations translations = Translations.NONE;

        private Builder() {
        }

        /** Sets the language the portfolio's text is written in, a BCP 47 tag; null (the default) means English. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** Sets the person. */
        public Builder person(Person person) {
            this.person = person;
            return this;
        }

        /** Replaces the roles with these. */
        public Builder roles(List<Role> roles) {
            Lists.replace(this.roles, roles, "roles");
            return this;
        }

        /** Adds to the roles. */
        public Builder addRole(Role role) {
            Lists.add(this.roles, role, "roles");
            return this;
        }

        /** Replaces the projects with these. */
        public Builder projects(List<Project> projects) {
            Lists.replace(this.projects, projects, "projects");
            return this;
        }

        /** Adds to the projects. */
        public Builder addProject(Project project) {
            Lists.add(this.projects, project, "projects");
            return this;
        }

        /** Sets the systemDesign. */
        public Builder systemDesign(DesignNote systemDesign) {
            this.systemDesign = systemDesign;
            return this;
        }

        /** Sets the designNotesIntro. */
        public Builder designNotesIntro(String designNotesIntro) {
            this.designNotesIntro = designNotesIntro;
            return this;
        }

        /** Replaces the designNotes with these. */
        public Builder designNotes(List<DesignNote> designNotes) {
            Lists.replace(this.designNotes, designNotes, "designNotes");
            return this;
        }

        /** Adds to the designNotes. */
        public Builder addDesignNote(DesignNote designNote) {
            Lists.add(this.designNotes, designNote, "designNotes");
            return this;
        }

        /** Replaces the skills with these. */
        public Builder skills(List<Skill> skills) {
            Lists.replace(this.skills, skills, "skills");
            return this;
        }

        /** Adds to the skills. */
        public Builder addSkill(Skill skill) {
            Lists.add(this.skills, skill, "skills");
            return this;
        }

        /** Replaces the primaryStack with these. */
        public Builder primaryStack(List<String> primaryStack) {
            Lists.replace(this.primaryStack, primaryStack, "primaryStack");
            return this;
        }

        /** Adds to the primaryStack. */
        public Builder addPrimaryStackItem(String primaryStackItem) {
            Lists.add(this.primaryStack, primaryStackItem, "primaryStack");
            return this;
        }

        /** Replaces the stackMetrics with these. */
        public Builder stackMetrics(List<Metric> stackMetrics) {
            Lists.replace(this.stackMetrics, stackMetrics, "stackMetrics");
            return this;
        }

        /** Adds to the stackMetrics. */
        public Builder addStackMetric(Metric stackMetric) {
            Lists.add(this.stackMetrics, stackMetric, "stackMetrics");
            return this;
        }

        /** Replaces the education with these. */
        public Builder education(List<Education> education) {
            Lists.replace(this.education, education, "education");
            return this;
        }

        /** Adds to the education. */
        public Builder addEducation(Education education) {
            Lists.add(this.education, education, "education");
            return this;
        }

        /** Replaces the certificates with these. */
        public Builder certificates(List<Certificate> certificates) {
            Lists.replace(this.certificates, certificates, "certificates");
            return this;
        }

        /** Adds to the certificates. */
        public Builder addCertificate(Certificate certificate) {
            Lists.add(this.certificates, certificate, "certificates");
            return this;
        }

        /** Replaces the awards with these. */
        public Builder awards(List<Award> awards) {
            Lists.replace(this.awards, awards, "awards");
            return this;
        }

        /** Adds to the awards. */
        public Builder addAward(Award award) {
            Lists.add(this.awards, award, "awards");
            return this;
        }

        /** Replaces the publications with these. */
        public Builder publications(List<Publication> publications) {
            Lists.replace(this.publications, publications, "publications");
            return this;
        }

        /** Adds to the publications. */
        public Builder addPublication(Publication publication) {
            Lists.add(this.publications, publication, "publications");
            return this;
        }

        /** Replaces the languages with these. */
        public Builder languages(List<Language> languages) {
            Lists.replace(this.languages, languages, "languages");
            return this;
        }

        /** Adds to the languages. */
        public Builder addLanguage(Language language) {
            Lists.add(this.languages, language, "languages");
            return this;
        }

        /** Replaces the interests with these. */
        public Builder interests(List<Interest> interests) {
            Lists.replace(this.interests, interests, "interests");
            return this;
        }

        /** Adds to the interests. */
        public Builder addInterest(Interest interest) {
            Lists.add(this.interests, interest, "interests");
            return this;
        }

        /** Replaces the references with these. */
        public Builder references(List<Reference> references) {
            Lists.replace(this.references, references, "references");
            return this;
        }

        /** Adds to the references. */
        public Builder addReference(Reference reference) {
            Lists.add(this.references, reference, "references");
            return this;
        }

        /** Replaces the custom sections with these. */
        public Builder customSections(List<CustomSection> customSections) {
            Lists.replace(this.customSections, customSections, "customSections");
            return this;
        }

        /** Adds to the custom sections. */
        public Builder addCustomSection(CustomSection customSection) {
            Lists.add(this.customSections, customSection, "customSections");
            return this;
        }

        /** Sets the meta. */
        public Builder meta(Meta meta) {
            this.meta = meta;
            return this;
        }

        /** Sets the text in other languages; null means none. */
        public Builder translations(Translations translations) {
            this.translations = translations;
            return this;
        }

        /** Replaces the extensions with these. */
        public Builder extensions(Map<String, String> extensions) {
            this.extensions.clear();
            this.extensions.putAll(extensions);
            return this;
        }

        /**
         * Builds the portfolio and validates it.
         *
         * @throws InvalidPortfolioException listing every problem found, each with its path
         */
        public Portfolio build() {
            Portfolio portfolio = new Portfolio(language, person, roles, projects, systemDesign, designNotesIntro, designNotes, skills, primaryStack, stackMetrics, education, certificates, awards, publications, languages, interests, references, customSections, meta, extensions, translations);
            PortfolioValidator.check(portfolio);
            return portfolio;
        }

        /** Builds the portfolio without validating it, for callers that validate later or on purpose not at all. */
        public Portfolio buildUnvalidated() {
            return new Portfolio(language, person, roles, projects, systemDesign, designNotesIntro, designNotes, skills, primaryStack, stackMetrics, education, certificates, awards, publications, languages, interests, references, customSections, meta, extensions, translations);
        }
    }
}

package io.github.portfoliosdk.model.internal.output;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.internal.text.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The section rules every renderer's builder shares: the list a user gives, the order a renderer falls back to, and
 * the title shown; not part of the API. A new renderer calls {@link #checked(List)} in its {@code sections(...)},
 * {@link #resolve} once per portfolio for the sections to render, and {@link #title} for each heading.
 */
public final class SectionLists {

    /**
     * The sections of a CV (PDF, Word, plain text) when none are chosen: what a reader of a CV expects, in this order;
     * the rest (about, system design, design notes, focus, interests, references) only when asked.
     */
    public static final List<Section> CV = List.of(Section.HERO, Section.WORK, Section.PROJECTS, Section.SKILLS,
            Section.EDUCATION, Section.VOLUNTEERING, Section.CERTIFICATES, Section.AWARDS, Section.PUBLICATIONS,
            Section.LANGUAGES, Section.CONTACT);

    /** The kinds of role the work section lists: jobs and internships. */
    public static final Set<RoleKind> WORK_ROLES = Set.of(RoleKind.JOB, RoleKind.INTERNSHIP);

    /** The kinds of role the volunteering section lists. */
    public static final Set<RoleKind> VOLUNTEER_ROLES = Set.of(RoleKind.VOLUNTEER);

    /** Whether a built-in section of a CV has anything to show, per section. */
    private static final Map<Section, Predicate<Portfolio>> CONTENT = Map.ofEntries(
            Map.entry(Section.HERO, portfolio -> true),
            Map.entry(Section.ABOUT, portfolio -> !portfolio.person().about().isEmpty()),
            Map.entry(Section.WORK, portfolio -> hasRoles(portfolio, WORK_ROLES)),
            Map.entry(Section.VOLUNTEERING, portfolio -> hasRoles(portfolio, VOLUNTEER_ROLES)),
            Map.entry(Section.PROJECTS, portfolio -> !portfolio.projects().isEmpty()),
            Map.entry(Section.SYSTEM_DESIGN, portfolio -> portfolio.systemDesign() != null),
            Map.entry(Section.DESIGN_NOTES, portfolio -> !portfolio.designNotes().isEmpty()),
            Map.entry(Section.SKILLS, portfolio -> !portfolio.skills().isEmpty() || !portfolio.primaryStack().isEmpty()
                    || !portfolio.stackMetrics().isEmpty()),
            Map.entry(Section.EDUCATION, portfolio -> !portfolio.education().isEmpty()),
            Map.entry(Section.CONTACT, SectionLists::hasContact),
            Map.entry(Section.FOCUS, portfolio -> !portfolio.person().focus().isEmpty()),
            Map.entry(Section.CERTIFICATES, portfolio -> !portfolio.certificates().isEmpty()),
            Map.entry(Section.AWARDS, portfolio -> !portfolio.awards().isEmpty()),
            Map.entry(Section.PUBLICATIONS, portfolio -> !portfolio.publications().isEmpty()),
            Map.entry(Section.LANGUAGES, portfolio -> !portfolio.languages().isEmpty()),
            Map.entry(Section.INTERESTS, portfolio -> !portfolio.interests().isEmpty()),
            Map.entry(Section.REFERENCES, portfolio -> !portfolio.references().isEmpty()));

    private SectionLists() {
    }

    /**
     * Whether a CV (PDF, Word, plain text) has anything to show in this section; a section without is left out, with
     * its heading. The one rule of the three CVs, so that they show the same sections. A section of the user's own
     * has content when the portfolio's custom section of that id has entries.
     */
    public static boolean hasContent(Section section, Portfolio portfolio) {
        Predicate<Portfolio> content = CONTENT.get(section);
        if (content != null) {
            return content.test(portfolio);
        }
        return portfolio.customSection(section.id()).map(data -> !data.entries().isEmpty()).orElse(false);
    }

    private static boolean hasRoles(Portfolio portfolio, Set<RoleKind> kinds) {
        return portfolio.roles().stream().anyMatch(role -> kinds.contains(role.kind()));
    }

    /** An e-mail, phone or website, or a profile: what a CV's contact section lists. */
    private static boolean hasContact(Portfolio portfolio) {
        Person person = portfolio.person();
        Contact contact = person.contact();
        return !person.profiles().isEmpty() || contact != null
                && (present(contact.email()) || present(contact.phone()) || present(contact.website()));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * An immutable copy of the sections to render, in the order given.
     *
     * @throws IllegalArgumentException when none is given or one is listed twice
     * @throws NullPointerException when the list is or holds null
     */
    public static List<Section> checked(List<Section> sections) {
        Objects.requireNonNull(sections, "sections");
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("sections: at least one section is needed");
        }
        Set<Section> unique = new HashSet<>();
        for (Section section : sections) {
            if (!unique.add(Objects.requireNonNull(section, "sections must not hold null"))) {
                throw new IllegalArgumentException("sections: " + section.id() + " is listed twice");
            }
        }
        return List.copyOf(sections);
    }

    /**
     * The sections to render for one portfolio. The ones the user chose, as given (a section of the user's own that
     * has no renderer of its own must be among the portfolio's custom sections); when none were chosen, the
     * renderer's defaults with the sections of the user's own inserted before contact (or at the end when the
     * defaults hold no contact): first those given a renderer in Java, in the order they were registered, then the
     * portfolio's {@link Portfolio#customSections()} not among them, in data order.
     *
     * @param chosen the sections the user listed, or null for the default
     * @param defaults the renderer's default built-in sections
     * @param registered every section the renderer has a renderer for (built-in ones are skipped)
     * @throws IllegalArgumentException when a chosen section is neither built in, nor registered, nor one of the
     *     portfolio's custom sections, naming the closest id
     */
    public static List<Section> resolve(List<Section> chosen, List<Section> defaults, Collection<Section> registered,
            Portfolio portfolio) {
        if (chosen != null) {
            for (Section section : chosen) {
                if (!section.isBuiltIn() && !registered.contains(section)
                        && portfolio.customSection(section.id()).isEmpty()) {
                    throw new IllegalArgumentException(unknown(section.id(), portfolio));
                }
            }
            return chosen;
        }
        Set<Section> custom = new LinkedHashSet<>();
        for (Section section : registered) {
            if (!section.isBuiltIn()) {
                custom.add(section);
            }
        }
        for (CustomSection data : portfolio.customSections()) {
            if (Section.idProblem(data.id()) == null) {
                boolean titled = data.title() != null && !data.title().isBlank();
                custom.add(Section.custom(data.id(), titled ? data.title() : data.id()));
            }
        }
        if (custom.isEmpty()) {
            return defaults;
        }
        List<Section> order = new ArrayList<>(defaults);
        int contact = order.indexOf(Section.CONTACT);
        order.addAll(contact < 0 ? order.size() : contact, custom);
        return List.copyOf(order);
    }

    private static String unknown(String id, Portfolio portfolio) {
        List<String> known = new ArrayList<>();
        Section.defaultOrder().forEach(section -> known.add(section.id()));
        portfolio.customSections().forEach(section -> known.add(section.id()));
        StringBuilder message = new StringBuilder("sections: '").append(id)
                .append("' is neither a built-in section nor one of the portfolio's custom sections");
        Suggestions.closest(id, known).ifPresent(closest -> message.append(" (did you mean '").append(closest)
                .append("'?)"));
        List<String> custom = portfolio.customSections().stream().map(CustomSection::id).toList();
        return message.append(custom.isEmpty() ? "; the portfolio has no custom sections"
                : "; its custom sections are " + String.join(", ", custom)).toString();
    }

    /**
     * The title of a section: the user's own for the renderer ({@code sectionTitle}), else a custom section's title
     * in the portfolio's data, else the catalogue's text of {@link Section#titleKey()}, else {@link Section#title()}.
     */
    public static String title(Section section, Map<Section, String> own, Labels labels, Portfolio portfolio) {
        String title = own.get(section);
        if (title != null) {
            return title;
        }
        if (!section.isBuiltIn()) {
            CustomSection data = portfolio.customSection(section.id()).orElse(null);
            if (data != null && data.title() != null && !data.title().isBlank()) {
                return data.title();
            }
        }
        return section.title(labels);
    }
}

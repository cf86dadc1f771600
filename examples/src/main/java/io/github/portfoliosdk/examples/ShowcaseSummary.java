package io.github.portfoliosdk.examples;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Experience;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Skill;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Loads and validates the showcase portfolio and prints a short summary of it: who it is about, the years of
 * experience its jobs add up to, and what each section holds. Run it with
 * {@code ./mvnw -q -pl examples exec:java}.
 */
public final class ShowcaseSummary {

    private ShowcaseSummary() {
    }

    /**
     * Prints the summary of the showcase as of today.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.out.print(summary(Showcase.portfolio(), Clock.systemDefaultZone()));
    }

    /**
     * The summary of a portfolio as of the clock's today, one fact a line, ending with a line break. Sections
     * with nothing to show are left out, as the renderers leave them out.
     *
     * @param portfolio the portfolio to describe
     * @param clock says which day "today" is, for the years of experience
     * @return the summary text, lines separated by {@code \n}
     */
    public static String summary(Portfolio portfolio, Clock clock) {
        Person person = portfolio.person();
        StringBuilder text = new StringBuilder();
        text.append(person.name());
        if (person.headline() != null) {
            text.append(" — ").append(person.headline());
        }
        text.append('\n');
        StringJoiner facts = new StringJoiner(" · ");
        if (person.location() != null && !person.location().longForm().isEmpty()) {
            facts.add(person.location().longForm());
        }
        if (person.availability() != null) {
            facts.add(person.availability());
        }
        if (facts.length() > 0) {
            text.append(facts).append('\n');
        }
        Experience experience = Experience.of(portfolio, clock);
        text.append("Experience: ").append(experience.yearsLabel()).append(experience.years() == 1 ? " year" : " years")
                .append(" (").append(count(experience.months(), "month", "months")).append(" of jobs up to ")
                .append(LocalDate.now(clock)).append(")\n");

        Map<Section, String> contents = new LinkedHashMap<>();
        for (Section section : Section.defaultOrder()) {
            if (section.equals(Section.CONTACT)) {
                // the sections of the user's own go before contact, as the renderers place them
                for (CustomSection custom : portfolio.customSections()) {
                    String content = counted(custom.entries().size(), "entry", "entries");
                    if (!content.isEmpty()) {
                        contents.put(custom.section(), content);
                    }
                }
            }
            String content = BUILT_IN.get(section).apply(portfolio);
            if (!content.isEmpty()) {
                contents.put(section, content);
            }
        }
        int width = contents.keySet().stream().mapToInt(section -> section.title().length()).max().orElse(0);
        text.append('\n').append(count(contents.size(), "section", "sections")).append(":\n");
        contents.forEach((section, content) -> text.append("  ")
                .append(String.format(Locale.ROOT, "%-" + width + "s", section.title()))
                .append("  ").append(content).append('\n'));
        return text.toString();
    }

    /** What each built-in section holds, as counts ("3 roles"); empty when the section has nothing to show. */
    private static final Map<Section, Function<Portfolio, String>> BUILT_IN = Map.ofEntries(
            Map.entry(Section.HERO, portfolio -> hero(portfolio.person())),
            Map.entry(Section.ABOUT, portfolio -> counted(portfolio.person().about().size(), "paragraph", "paragraphs")),
            Map.entry(Section.WORK, portfolio -> join(
                    counted(roles(portfolio, RoleKind.JOB).size(), "job", "jobs"),
                    counted(roles(portfolio, RoleKind.INTERNSHIP).size(), "internship", "internships"))),
            Map.entry(Section.PROJECTS, portfolio -> counted(portfolio.projects().size(), "project", "projects")),
            Map.entry(Section.SYSTEM_DESIGN, portfolio -> systemDesign(portfolio.systemDesign())),
            Map.entry(Section.DESIGN_NOTES, portfolio -> counted(portfolio.designNotes().size(), "note", "notes")),
            Map.entry(Section.SKILLS, portfolio -> join(
                    skills(portfolio.skills()),
                    counted(portfolio.primaryStack().size(), "in the primary stack", "in the primary stack"),
                    counted(portfolio.stackMetrics().size(), "metric", "metrics"))),
            Map.entry(Section.FOCUS, portfolio -> counted(portfolio.person().focus().size(), "item", "items")),
            Map.entry(Section.EDUCATION, portfolio -> counted(portfolio.education().size(), "institution", "institutions")),
            Map.entry(Section.VOLUNTEERING, portfolio -> counted(roles(portfolio, RoleKind.VOLUNTEER).size(), "role", "roles")),
            Map.entry(Section.CERTIFICATES, portfolio -> counted(portfolio.certificates().size(), "certificate", "certificates")),
            Map.entry(Section.AWARDS, portfolio -> counted(portfolio.awards().size(), "award", "awards")),
            Map.entry(Section.PUBLICATIONS, portfolio -> counted(portfolio.publications().size(), "publication", "publications")),
            Map.entry(Section.LANGUAGES, portfolio -> counted(portfolio.languages().size(), "language", "languages")),
            Map.entry(Section.INTERESTS, portfolio -> counted(portfolio.interests().size(), "interest", "interests")),
            Map.entry(Section.REFERENCES, portfolio -> counted(portfolio.references().size(), "reference", "references")),
            Map.entry(Section.CONTACT, portfolio -> contact(portfolio.person())));

    /** The hero always shows the name, so it is never empty. */
    private static String hero(Person person) {
        String parts = join(
                person.headline() != null ? "headline" : "",
                person.tagline() != null ? "tagline" : "",
                counted(person.keywords().size(), "keyword", "keywords"),
                counted(person.metrics().size(), "metric", "metrics"));
        return parts.isEmpty() ? "name only" : parts;
    }

    private static List<Role> roles(Portfolio portfolio, RoleKind kind) {
        return portfolio.roles().stream().filter(role -> role.kind() == kind).toList();
    }

    private static String systemDesign(DesignNote overview) {
        if (overview == null) {
            return "";
        }
        String parts = join(
                counted(overview.flows().size(), "flow", "flows"),
                counted(overview.points().size(), "point", "points"));
        return "\"" + overview.title() + "\"" + (parts.isEmpty() ? "" : ": " + parts);
    }

    private static String skills(List<Skill> skills) {
        if (skills.isEmpty()) {
            return "";
        }
        long categories = skills.stream().map(Skill::category).filter(Objects::nonNull).distinct().count();
        return count(skills.size(), "skill", "skills")
                + (categories == 0 ? "" : " in " + count((int) categories, "category", "categories"));
    }

    private static String contact(Person person) {
        List<String> parts = new ArrayList<>();
        Contact contact = person.contact();
        if (contact != null) {
            parts.add(contact.email() != null ? "email" : "");
            parts.add(contact.phone() != null ? "phone" : "");
            parts.add(contact.website() != null ? "website" : "");
        }
        parts.add(counted(person.profiles().size(), "profile", "profiles"));
        parts.add(person.location() != null && !person.location().longForm().isEmpty() ? "location" : "");
        return join(parts.toArray(String[]::new));
    }

    /** The non-empty parts, separated by commas. */
    private static String join(String... parts) {
        StringJoiner joiner = new StringJoiner(", ");
        for (String part : parts) {
            if (!part.isEmpty()) {
                joiner.add(part);
            }
        }
        return joiner.toString();
    }

    /** "3 roles", or empty for none. */
    private static String counted(int n, String singular, String plural) {
        return n == 0 ? "" : count(n, singular, plural);
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}

package io.github.portfoliosdk.examples;

import io.github.portfoliosdk.model.Contact;
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
        for (Section section : Section.values()) {
            String content = contents(section, portfolio);
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

    /** What a section holds, as counts ("3 roles"); empty when the section has nothing to show. */
    private static String contents(Section section, Portfolio portfolio) {
        Person person = portfolio.person();
        return switch (section) {
            case HERO -> hero(person);
            case ABOUT -> counted(person.about().size(), "paragraph", "paragraphs");
            case WORK -> join(
                    counted(roles(portfolio, RoleKind.JOB).size(), "job", "jobs"),
                    counted(roles(portfolio, RoleKind.INTERNSHIP).size(), "internship", "internships"));
            case PROJECTS -> counted(portfolio.projects().size(), "project", "projects");
            case SYSTEM_DESIGN -> systemDesign(portfolio.systemDesign());
            case DESIGN_NOTES -> counted(portfolio.designNotes().size(), "note", "notes");
            case SKILLS -> join(
                    skills(portfolio.skills()),
                    counted(portfolio.primaryStack().size(), "in the primary stack", "in the primary stack"),
                    counted(portfolio.stackMetrics().size(), "metric", "metrics"));
            case FOCUS -> counted(person.focus().size(), "item", "items");
            case EDUCATION -> counted(portfolio.education().size(), "institution", "institutions");
            case VOLUNTEERING -> counted(roles(portfolio, RoleKind.VOLUNTEER).size(), "role", "roles");
            case CERTIFICATES -> counted(portfolio.certificates().size(), "certificate", "certificates");
            case AWARDS -> counted(portfolio.awards().size(), "award", "awards");
            case PUBLICATIONS -> counted(portfolio.publications().size(), "publication", "publications");
            case LANGUAGES -> counted(portfolio.languages().size(), "language", "languages");
            case INTERESTS -> counted(portfolio.interests().size(), "interest", "interests");
            case REFERENCES -> counted(portfolio.references().size(), "reference", "references");
            case CONTACT -> contact(person);
        };
    }

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

package io.github.portfoliosdk.render.docx.internal;

import static io.github.portfoliosdk.render.docx.internal.CvContext.DOT;
import static io.github.portfoliosdk.render.docx.internal.CvContext.present;

import io.github.portfoliosdk.model.Award;
import io.github.portfoliosdk.model.Callout;
import io.github.portfoliosdk.model.Certificate;
import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.CustomEntry;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.Experience;
import io.github.portfoliosdk.model.FocusItem;
import io.github.portfoliosdk.model.Interest;
import io.github.portfoliosdk.model.Language;
import io.github.portfoliosdk.model.Link;
import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Point;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Publication;
import io.github.portfoliosdk.model.Reference;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.internal.output.SectionLists;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in section of the Word CV for each {@link Section}, the same content in the same order as the PDF CV:
 * one small method per section, registered in {@link #builtIn()}; a new kind of section is one more entry there.
 */
final class Sections {

    /** What a reader of a CV expects, in this order (as the PDF); the rest only when asked. */
    static final List<Section> DEFAULT = SectionLists.CV;

    private static final Map<Section, CvSection> BUILT_IN = builtIn();

    private Sections() {
    }

    /** The section's content: a built-in one, or else the entries of the portfolio's custom section of that id. */
    static CvSection of(Section section) {
        CvSection builtIn = BUILT_IN.get(section);
        return builtIn != null ? builtIn : custom(section.id());
    }

    /** The entries of a custom section: title (with its link) as a heading, date and subtitle, summary, highlights. */
    private static CvSection custom(String id) {
        return (p, c) -> {
            WordWriter w = c.writer();
            c.open();
            for (CustomEntry entry : p.customSection(id).orElseThrow().entries()) {
                if (present(entry.title())) {
                    w.heading(2).link(entry.title(), entry.url());
                } else if (present(entry.url())) {
                    w.heading(2).link(entry.url(), entry.url());
                }
                Blocks.meta(w, entry.date() == null ? null : c.date(entry.date()), entry.subtitle());
                Blocks.paragraph(w, entry.summary());
                Blocks.bullets(w, entry.highlights());
            }
        };
    }

    private static Map<Section, CvSection> builtIn() {
        Map<Section, CvSection> map = new HashMap<>();
        map.put(Section.HERO, Sections::hero);
        map.put(Section.ABOUT, Sections::about);
        map.put(Section.WORK, (p, c) -> roles(p, c, SectionLists.WORK_ROLES));
        map.put(Section.VOLUNTEERING, (p, c) -> roles(p, c, SectionLists.VOLUNTEER_ROLES));
        map.put(Section.PROJECTS, Sections::projects);
        map.put(Section.SYSTEM_DESIGN, Sections::systemDesign);
        map.put(Section.DESIGN_NOTES, Sections::designNotes);
        map.put(Section.SKILLS, Sections::skills);
        map.put(Section.EDUCATION, Sections::education);
        map.put(Section.CONTACT, Sections::contact);
        map.put(Section.FOCUS, list(p -> p.person().focus(), Sections::focus));
        map.put(Section.CERTIFICATES, list(Portfolio::certificates, Sections::certificate));
        map.put(Section.AWARDS, list(Portfolio::awards, Sections::award));
        map.put(Section.PUBLICATIONS, list(Portfolio::publications, Sections::publication));
        map.put(Section.LANGUAGES, list(Portfolio::languages, Sections::language));
        map.put(Section.INTERESTS, list(Portfolio::interests, Sections::interest));
        map.put(Section.REFERENCES, list(Portfolio::references, Sections::reference));
        return map;
    }

    /** Writes one item of a list section onto its list item. */
    private interface ItemWriter<T> {
        void write(T item, WordWriter.Line line, CvContext context);
    }

    /** A section that is a bulleted list of short items, each written onto its list item by {@code item}. */
    private static <T> CvSection list(Function<Portfolio, List<T>> items, ItemWriter<T> item) {
        return (p, c) -> {
            c.open();
            for (T each : items.apply(p)) {
                item.write(each, c.writer().bullet(), c);
            }
        };
    }

    private static void hero(Portfolio portfolio, CvContext c) {
        WordWriter w = c.writer();
        Person person = portfolio.person();
        w.title().text(person.name());
        if (present(person.headline())) {
            w.subtitle().text(person.headline());
        }
        String location = person.location() == null ? "" : person.location().longForm();
        Experience experience = Experience.of(portfolio, c.clock());
        String years = experience.years() == 0 ? null
                : c.field("experience") + " " + c.labels().plural("experience.years", experience.years(),
                        experience.yearsLabel());
        Contact contact = person.contact();
        String email = contact == null ? null : contact.email();
        String website = contact == null ? null : contact.website();
        if (present(location) || years != null || present(email) || present(website)) {
            WordWriter.Line facts = w.meta();
            String separator = "";
            if (present(location)) {
                facts.text(location);
                separator = DOT;
            }
            if (years != null) {
                facts.fixed(separator + years);
                separator = DOT;
            }
            if (present(email)) {
                facts.fixed(separator).link(email, "mailto:" + email);
                separator = DOT;
            }
            if (present(website)) {
                facts.fixed(separator).link(website, website);
            }
        }
        Blocks.paragraph(w, person.summary());
        Blocks.metrics(w, person.metrics());
    }

    private static void about(Portfolio portfolio, CvContext c) {
        c.open();
        for (String paragraph : portfolio.person().about()) {
            Blocks.paragraph(c.writer(), paragraph);
        }
    }

    private static void roles(Portfolio portfolio, CvContext c, Set<RoleKind> kinds) {
        c.open();
        for (Role role : portfolio.roles()) {
            if (kinds.contains(role.kind())) {
                role(role, c);
            }
        }
    }

    private static void role(Role role, CvContext c) {
        WordWriter w = c.writer();
        Organization organization = role.organization();
        WordWriter.Line heading = w.heading(2);
        if (present(role.title())) {
            heading.text(role.title());
        }
        if (organization != null && present(organization.displayName())) {
            heading.fixed(present(role.title()) ? DOT : "").link(organization.fullName(), organization.url());
        } else if (!present(role.title())) {
            heading.fixed(c.label(role.kind() == RoleKind.VOLUNTEER ? "volunteering" : "role"));
        }
        Blocks.meta(w, c.period(role.period()),
                role.locationLine(mode -> c.label("work-mode." + mode.name().toLowerCase(Locale.ROOT))),
                role.kind() == RoleKind.INTERNSHIP ? c.label("internship") : null);
        Blocks.paragraph(w, role.summary());
        if (organization != null) {
            Blocks.paragraph(w, organization.description());
        }
        Blocks.bullets(w, role.highlights());
        Blocks.metrics(w, role.metrics());
        Blocks.labelledList(w, c.field("tech"), role.technologies());
    }

    private static void projects(Portfolio portfolio, CvContext c) {
        c.open();
        for (Project project : portfolio.projects()) {
            project(project, c);
        }
    }

    private static void project(Project project, CvContext c) {
        WordWriter w = c.writer();
        w.heading(2).link(project.name(), project.url());
        Blocks.meta(w, c.period(project.period()), project.type(), project.entity(), project.badge());
        Blocks.paragraph(w, project.description());
        Blocks.labelled(w, c.field("problem"), project.problem());
        Blocks.labelled(w, c.field("solution"), project.solution());
        Blocks.flow(w, project.architecture());
        Blocks.labelled(w, c.field("impact"), project.impact());
        Blocks.metrics(w, project.impactMetrics());
        Blocks.bullets(w, project.highlights());
        Blocks.labelledList(w, c.field("tech-stack"), project.techStack());
        List<Link> links = project.links();
        if (!links.isEmpty()) {
            WordWriter.Line line = w.paragraph();
            for (int i = 0; i < links.size(); i++) {
                Link link = links.get(i);
                line.fixed(i > 0 ? DOT : "").link(present(link.label()) ? link.label() : link.url(), link.url());
            }
        }
    }

    private static void systemDesign(Portfolio portfolio, CvContext c) {
        c.open();
        note(portfolio.systemDesign(), c.writer());
    }

    private static void designNotes(Portfolio portfolio, CvContext c) {
        c.open();
        Blocks.paragraph(c.writer(), portfolio.designNotesIntro());
        for (DesignNote note : portfolio.designNotes()) {
            note(note, c.writer());
        }
    }

    private static void note(DesignNote note, WordWriter w) {
        if (present(note.title())) {
            w.heading(2).text(note.title());
        }
        Blocks.meta(w, null, note.category());
        for (String paragraph : note.body()) {
            Blocks.paragraph(w, paragraph);
        }
        for (var flow : note.flows()) {
            Blocks.flow(w, flow);
        }
        for (Callout callout : note.callouts()) {
            WordWriter.Line line = w.paragraph();
            if (present(callout.label())) {
                line.label(callout.label()).fixed(" ");
            }
            line.text(callout.text());
        }
        if (!note.points().isEmpty()) {
            Blocks.paragraph(w, note.pointsTitle());
            BigInteger list = w.numberedList();
            for (Point point : note.points()) {
                WordWriter.Line item = w.numbered(list);
                if (present(point.title())) {
                    item.label(point.title()).fixed(" ");
                }
                item.text(point.text());
            }
        }
    }

    private static void skills(Portfolio portfolio, CvContext c) {
        WordWriter w = c.writer();
        c.open();
        Blocks.labelledList(w, c.field("primary-stack"), portfolio.primaryStack());
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        for (Skill skill : portfolio.skills()) {
            List<String> names = byCategory.computeIfAbsent(present(skill.category()) ? skill.category() : "",
                    key -> new ArrayList<>());
            if (present(skill.name())) {
                names.add(skill.name());
            }
        }
        for (Map.Entry<String, List<String>> group : byCategory.entrySet()) {
            WordWriter.Line line = w.paragraph();
            if (group.getKey().isEmpty()) {
                line.label(c.field("other-skills"));
            } else {
                line.label(group.getKey()).label(":");
            }
            Blocks.joined(line.fixed(" "), group.getValue(), ", ");
        }
        Blocks.metrics(w, portfolio.stackMetrics());
    }

    private static void education(Portfolio portfolio, CvContext c) {
        WordWriter w = c.writer();
        c.open();
        for (Education entry : portfolio.education()) {
            WordWriter.Line heading = w.heading(2);
            boolean lead = false;
            if (present(entry.studyType())) {
                heading.text(entry.studyType());
                lead = true;
            }
            if (present(entry.area())) {
                heading.fixed(lead ? ", " : "").text(entry.area());
                lead = true;
            }
            if (present(entry.institution())) {
                heading.fixed(lead ? DOT : "").link(entry.institution(), entry.url());
            }
            Blocks.meta(w, c.period(entry.period()), entry.score());
            Blocks.labelledList(w, c.field("courses"), entry.courses());
        }
    }

    private static void contact(Portfolio portfolio, CvContext c) {
        WordWriter w = c.writer();
        Person person = portfolio.person();
        c.open();
        Contact contact = person.contact();
        if (contact != null) {
            if (present(contact.email())) {
                w.paragraph().label(c.field("email")).fixed(" ").link(contact.email(), "mailto:" + contact.email());
            }
            if (present(contact.phone())) {
                w.paragraph().label(c.field("phone")).fixed(" ").link(contact.phone(), LinkPolicy.telUrl(contact.phone()));
            }
            if (present(contact.website())) {
                w.paragraph().label(c.field("website")).fixed(" ").link(contact.website(), contact.website());
            }
        }
        for (Profile profile : person.profiles()) {
            WordWriter.Line line = w.paragraph();
            if (present(profile.network())) {
                line.label(profile.network()).label(":");
            } else {
                line.label(c.field("profile"));
            }
            line.fixed(" ");
            if (present(profile.url())) {
                line.link(profile.url(), profile.url());
            } else if (present(profile.username())) {
                line.text(profile.username());
            }
        }
    }

    private static void focus(FocusItem item, WordWriter.Line line, CvContext c) {
        titled(line, item.title(), item.text());
    }

    private static void certificate(Certificate item, WordWriter.Line line, CvContext c) {
        line.link(item.name(), item.url());
        tail(line, item.issuer(), c.date(item.date()));
    }

    private static void award(Award item, WordWriter.Line line, CvContext c) {
        line.strong(item.title());
        tail(line, item.awarder(), c.date(item.date()));
        tail(line, item.summary(), null);
    }

    private static void publication(Publication item, WordWriter.Line line, CvContext c) {
        line.link(item.name(), item.url());
        tail(line, item.publisher(), c.date(item.releaseDate()));
        tail(line, item.summary(), null);
    }

    private static void language(Language item, WordWriter.Line line, CvContext c) {
        titled(line, item.language(), item.fluency());
    }

    private static void interest(Interest item, WordWriter.Line line, CvContext c) {
        line.strong(item.name());
        if (!item.keywords().isEmpty()) {
            Blocks.joined(line.fixed(": "), item.keywords(), ", ");
        }
    }

    private static void reference(Reference item, WordWriter.Line line, CvContext c) {
        titled(line, item.name(), item.reference());
    }

    /** "<b>title</b>: text", each when present. */
    private static void titled(WordWriter.Line line, String title, String text) {
        if (present(title)) {
            line.strong(title);
        }
        if (present(text)) {
            line.fixed(present(title) ? ": " : "").text(text);
        }
    }

    /** " · text" (user text) and " · fixed" (ours, a date), each when present. */
    private static void tail(WordWriter.Line line, String text, String fixed) {
        if (present(text)) {
            line.fixed(DOT).text(text);
        }
        if (present(fixed)) {
            line.fixed(DOT + fixed);
        }
    }
}

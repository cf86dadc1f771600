package io.github.portfoliosdk.render.text.internal;

import static io.github.portfoliosdk.render.text.internal.CvContext.DOT;
import static io.github.portfoliosdk.render.text.internal.CvContext.present;

import io.github.portfoliosdk.model.Award;
import io.github.portfoliosdk.model.Callout;
import io.github.portfoliosdk.model.Certificate;
import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.CustomEntry;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.Experience;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.FocusItem;
import io.github.portfoliosdk.model.Interest;
import io.github.portfoliosdk.model.Language;
import io.github.portfoliosdk.model.Link;
import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
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
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import io.github.portfoliosdk.render.text.internal.PlainTextWriter.Line;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in section of the plain-text CV for each {@link Section}: the facts of the PDF CV in the same order, as
 * lines. One small method per section, registered in {@link #builtIn()}; a new kind of section is one more entry.
 */
final class Sections {

    /** What a reader of a CV expects, in this order (as the PDF); the rest only when asked. */
    static final List<Section> DEFAULT = SectionLists.CV;

    private static final Map<Section, CvSection> BUILT_IN = builtIn();

    private Sections() {
    }

    /** The section's CV text: a built-in one, or else the entries of the portfolio's custom section of that id. */
    static CvSection of(Section section) {
        CvSection builtIn = BUILT_IN.get(section);
        return builtIn != null ? builtIn : custom(section.id());
    }

    /** The entries of a custom section: title (with its link), subtitle and date, summary, highlights. */
    private static CvSection custom(String id) {
        return (p, c) -> {
            PlainTextWriter w = c.writer();
            c.open();
            for (CustomEntry entry : p.customSection(id).orElseThrow().entries()) {
                Line heading = PlainTextWriter.line();
                if (present(entry.title())) {
                    heading.link(entry.title(), entry.url());
                } else if (present(entry.url())) {
                    heading.add(entry.url());
                }
                if (!heading.isEmpty()) {
                    w.entry(heading);
                }
                meta(w, entry.subtitle(), entry.date() == null ? null : c.date(entry.date()));
                if (present(entry.summary())) {
                    w.paragraph(entry.summary());
                }
                entry.highlights().forEach(w::bullet);
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

    /** Says one item of a list section as a line. */
    private interface ItemText<T> {
        Line of(T item, CvContext context);
    }

    /** A section that is a list of short items, one bullet each. */
    private static <T> CvSection list(Function<Portfolio, List<T>> items, ItemText<T> item) {
        return (p, c) -> {
            c.open();
            for (T each : items.apply(p)) {
                c.writer().bullet(item.of(each, c));
            }
        };
    }

    private static void hero(Portfolio portfolio, CvContext c) {
        PlainTextWriter w = c.writer();
        Person person = portfolio.person();
        w.title(person.name());
        if (present(person.headline())) {
            w.paragraph(person.headline());
        }
        String location = person.location() == null ? null : person.location().longForm();
        Experience experience = Experience.of(portfolio, c.clock());
        String years = experience.years() == 0 ? null
                : c.field("experience") + " " + c.labels().plural("experience.years", experience.years(),
                        experience.yearsLabel());
        Contact contact = person.contact();
        Line facts = PlainTextWriter.line();
        joined(facts, location, years);
        if (contact != null && present(contact.email())) {
            joined(facts, contact.email());
        }
        if (contact != null && present(contact.website())) {
            joined(facts, contact.website());
        }
        if (!facts.isEmpty()) {
            w.paragraph(facts);
        }
        if (present(person.summary())) {
            w.blank();
            w.paragraph(person.summary());
        }
        if (!person.metrics().isEmpty()) {
            w.blank();
            w.paragraph(metrics(person.metrics()));
        }
    }

    private static void about(Portfolio portfolio, CvContext c) {
        c.open();
        paragraphs(c.writer(), portfolio.person().about());
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
        PlainTextWriter w = c.writer();
        Organization organization = role.organization();
        Line heading = PlainTextWriter.line();
        if (present(role.title())) {
            heading.add(role.title());
        }
        if (organization != null && present(organization.displayName())) {
            heading.add(present(role.title()) ? DOT : "").link(organization.fullName(), organization.url());
        } else if (!present(role.title())) {
            heading.add(c.label(role.kind() == RoleKind.VOLUNTEER ? "volunteering" : "role"));
        }
        w.entry(heading);
        meta(w, c.period(role.period()),
                role.locationLine(mode -> c.label("work-mode." + mode.name().toLowerCase(Locale.ROOT))),
                role.kind() == RoleKind.INTERNSHIP ? c.label("internship") : null);
        paragraph(w, role.summary());
        if (organization != null) {
            paragraph(w, organization.description());
        }
        bullets(w, role.highlights());
        if (!role.metrics().isEmpty()) {
            w.paragraph(metrics(role.metrics()));
        }
        labelledList(w, c.field("tech"), role.technologies());
    }

    private static void projects(Portfolio portfolio, CvContext c) {
        c.open();
        for (Project project : portfolio.projects()) {
            project(project, c);
        }
    }

    private static void project(Project project, CvContext c) {
        PlainTextWriter w = c.writer();
        w.entry(PlainTextWriter.line().link(project.name(), project.url()));
        meta(w, c.period(project.period()), project.type(), project.entity(), project.badge());
        paragraph(w, project.description());
        labelled(w, c.field("problem"), project.problem());
        labelled(w, c.field("solution"), project.solution());
        flow(w, project.architecture());
        labelled(w, c.field("impact"), project.impact());
        if (!project.impactMetrics().isEmpty()) {
            w.paragraph(metrics(project.impactMetrics()));
        }
        bullets(w, project.highlights());
        labelledList(w, c.field("tech-stack"), project.techStack());
        for (Link link : project.links()) {
            w.paragraph(PlainTextWriter.line().link(present(link.label()) ? link.label() : link.url(), link.url()));
        }
    }

    private static void systemDesign(Portfolio portfolio, CvContext c) {
        c.open();
        note(portfolio.systemDesign(), c.writer());
    }

    private static void designNotes(Portfolio portfolio, CvContext c) {
        c.open();
        paragraph(c.writer(), portfolio.designNotesIntro());
        for (DesignNote note : portfolio.designNotes()) {
            note(note, c.writer());
        }
    }

    private static void note(DesignNote note, PlainTextWriter w) {
        if (present(note.title())) {
            w.entry(note.title());
        }
        meta(w, null, note.category());
        paragraphs(w, note.body());
        for (Flow flow : note.flows()) {
            flow(w, flow);
        }
        for (Callout callout : note.callouts()) {
            labelled(w, present(callout.label()) ? callout.label() : "", callout.text());
        }
        if (!note.points().isEmpty()) {
            paragraph(w, note.pointsTitle());
            int number = 1;
            for (Point point : note.points()) {
                Line item = PlainTextWriter.line();
                if (present(point.title())) {
                    item.add(point.title()).add(" ");
                }
                w.numbered(number++, item.add(point.text()));
            }
        }
    }

    private static void skills(Portfolio portfolio, CvContext c) {
        PlainTextWriter w = c.writer();
        c.open();
        labelledList(w, c.field("primary-stack"), portfolio.primaryStack());
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        for (Skill skill : portfolio.skills()) {
            List<String> names = byCategory.computeIfAbsent(present(skill.category()) ? skill.category() : "",
                    key -> new ArrayList<>());
            if (present(skill.name())) {
                names.add(skill.name());
            }
        }
        for (Map.Entry<String, List<String>> group : byCategory.entrySet()) {
            labelledList(w, group.getKey().isEmpty() ? c.field("other-skills") : group.getKey() + ":", group.getValue());
        }
        if (!portfolio.stackMetrics().isEmpty()) {
            w.paragraph(metrics(portfolio.stackMetrics()));
        }
    }

    private static void education(Portfolio portfolio, CvContext c) {
        PlainTextWriter w = c.writer();
        c.open();
        for (Education entry : portfolio.education()) {
            Line heading = PlainTextWriter.line();
            if (present(entry.studyType())) {
                heading.add(entry.studyType());
            }
            if (present(entry.area())) {
                heading.add(heading.isEmpty() ? "" : ", ").add(entry.area());
            }
            if (present(entry.institution())) {
                heading.add(heading.isEmpty() ? "" : DOT).link(entry.institution(), entry.url());
            }
            w.entry(heading);
            meta(w, c.period(entry.period()), entry.score());
            labelledList(w, c.field("courses"), entry.courses());
        }
    }

    private static void contact(Portfolio portfolio, CvContext c) {
        PlainTextWriter w = c.writer();
        Person person = portfolio.person();
        c.open();
        Contact contact = person.contact();
        if (contact != null) {
            labelled(w, c.field("email"), contact.email());
            labelled(w, c.field("phone"), contact.phone());
            labelled(w, c.field("website"), contact.website());
        }
        for (Profile profile : person.profiles()) {
            String label = present(profile.network()) ? profile.network() + ":" : c.field("profile");
            labelled(w, label, present(profile.url()) && LinkPolicy.isLink(profile.url()) ? profile.url()
                    : profile.username());
        }
    }

    private static Line focus(FocusItem item, CvContext c) {
        return titled(item.title(), item.text());
    }

    private static Line certificate(Certificate item, CvContext c) {
        return tail(tail(PlainTextWriter.line().link(item.name(), item.url()), item.issuer()), c.date(item.date()));
    }

    private static Line award(Award item, CvContext c) {
        return tail(tail(tail(PlainTextWriter.line().add(item.title()), item.awarder()), c.date(item.date())),
                item.summary());
    }

    private static Line publication(Publication item, CvContext c) {
        Line line = PlainTextWriter.line().link(item.name(), item.url());
        return tail(tail(tail(line, item.publisher()), c.date(item.releaseDate())), item.summary());
    }

    private static Line language(Language item, CvContext c) {
        return titled(item.language(), item.fluency());
    }

    private static Line interest(Interest item, CvContext c) {
        Line line = PlainTextWriter.line().add(item.name());
        if (!item.keywords().isEmpty()) {
            line.add(": ").add(String.join(", ", item.keywords()));
        }
        return line;
    }

    private static Line reference(Reference item, CvContext c) {
        return titled(item.name(), item.reference());
    }

    /** "title: text", each when present. */
    private static Line titled(String title, String text) {
        Line line = PlainTextWriter.line();
        if (present(title)) {
            line.add(title);
        }
        if (present(text)) {
            line.add(present(title) ? ": " : "").add(text);
        }
        return line;
    }

    /** The line, then " · text" when the text is present. */
    private static Line tail(Line line, String text) {
        return present(text) ? line.add(DOT).add(text) : line;
    }

    /** Adds the present parts to the line, " · " between them and after what it holds. */
    private static void joined(Line line, String... parts) {
        for (String part : parts) {
            if (present(part)) {
                line.add(line.isEmpty() ? "" : DOT).add(part);
            }
        }
    }

    private static void meta(PlainTextWriter w, String... parts) {
        Line line = PlainTextWriter.line();
        joined(line, parts);
        if (!line.isEmpty()) {
            w.paragraph(line);
        }
    }

    private static void paragraph(PlainTextWriter w, String text) {
        if (present(text)) {
            w.paragraph(text);
        }
    }

    private static void paragraphs(PlainTextWriter w, List<String> texts) {
        for (String text : texts) {
            paragraph(w, text);
        }
    }

    private static void bullets(PlainTextWriter w, List<String> items) {
        for (String item : items) {
            w.bullet(item);
        }
    }

    private static void labelled(PlainTextWriter w, String label, String text) {
        if (present(text)) {
            w.paragraph(PlainTextWriter.line().add(label).add(label.isEmpty() ? "" : " ").add(text));
        }
    }

    private static void labelledList(PlainTextWriter w, String label, List<String> items) {
        if (!items.isEmpty()) {
            w.paragraph(PlainTextWriter.line().add(label).add(" ").add(String.join(", ", items)));
        }
    }

    /** "200K+ Users Served · 60% Manual Work Automated". */
    private static Line metrics(List<Metric> metrics) {
        Line line = PlainTextWriter.line();
        for (Metric metric : metrics) {
            line.add(line.isEmpty() ? "" : DOT).add(metric.value());
            if (present(metric.label())) {
                line.add(" ").add(metric.label());
            }
        }
        return line;
    }

    /** A flow as a line: "Title: Client → API → Redis + PostgreSQL", an edge label as "—MISS→". */
    private static void flow(PlainTextWriter w, Flow flow) {
        if (flow == null || flow.stages().isEmpty()) {
            return;
        }
        Line line = PlainTextWriter.line();
        if (present(flow.title())) {
            line.add(flow.title()).add(" ");
        }
        List<Stage> stages = flow.stages();
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            if (s > 0) {
                line.add(present(stage.edgeLabel()) ? " \u2014" + stage.edgeLabel() + "\u2192 " : " \u2192 ");
            }
            List<Node> nodes = stage.nodes();
            for (int n = 0; n < nodes.size(); n++) {
                line.add(n > 0 ? " + " : "").add(nodes.get(n).name());
            }
        }
        w.paragraph(line);
    }
}

package io.github.portfoliosdk.examples;

import io.github.portfoliosdk.model.Award;
import io.github.portfoliosdk.model.Callout;
import io.github.portfoliosdk.model.Certificate;
import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.Experience;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.FocusItem;
import io.github.portfoliosdk.model.Interest;
import io.github.portfoliosdk.model.Language;
import io.github.portfoliosdk.model.Link;
import io.github.portfoliosdk.model.Location;
import io.github.portfoliosdk.model.Meta;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Point;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Publication;
import io.github.portfoliosdk.model.Reference;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.model.UsedIn;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every text of a portfolio a reader of a rendered page can see, each with where it comes from: the values as
 * written in the portfolio, the identifiers and URLs (written, but not prose), and the display texts the
 * renderers derive from the model ("Feb 2026", "Present", "Singapore (Remote)", section titles).
 * Walks the records field by field, so that a reader of the test sees exactly what counts.
 */
final class PortfolioTexts {

    /** Where a text comes from. */
    enum Kind {
        /** A text value as written in the portfolio. */
        WRITTEN,
        /** An id, a reference to an id, a country code or a URL: written, but not prose a page shows as is. */
        IDENTIFIER,
        /** A display text the renderers make from the model, not written in the portfolio. */
        DERIVED
    }

    /** One text, with its path in the portfolio ({@code roles[1].highlights[0]}) or the rule that derives it. */
    record Text(Kind kind, String path, String value) {
    }

    private final List<Text> texts = new ArrayList<>();

    private PortfolioTexts() {
    }

    /** All texts of the portfolio; experience is computed as of the clock's today. */
    static List<Text> of(Portfolio portfolio, Clock clock) {
        PortfolioTexts collector = new PortfolioTexts();
        collector.portfolio(portfolio, clock);
        return List.copyOf(collector.texts);
    }

    private void portfolio(Portfolio p, Clock clock) {
        person("person", p.person());
        for (int i = 0; i < p.roles().size(); i++) {
            role("roles[" + i + "]", p.roles().get(i));
        }
        for (int i = 0; i < p.projects().size(); i++) {
            project("projects[" + i + "]", p.projects().get(i));
        }
        if (p.systemDesign() != null) {
            note("systemDesign", p.systemDesign());
        }
        written("designNotesIntro", p.designNotesIntro());
        for (int i = 0; i < p.designNotes().size(); i++) {
            note("designNotes[" + i + "]", p.designNotes().get(i));
        }
        for (int i = 0; i < p.skills().size(); i++) {
            Skill skill = p.skills().get(i);
            String path = "skills[" + i + "]";
            written(path + ".name", skill.name());
            written(path + ".levelText", skill.levelText());
            written(path + ".category", skill.category());
            written(path + ".keywords", skill.keywords());
            written(path + ".tags", skill.tags());
            skill.levelLabel().ifPresent(label -> derived(path + ".levelLabel()", label));
        }
        written("primaryStack", p.primaryStack());
        metrics("stackMetrics", p.stackMetrics());
        for (int i = 0; i < p.education().size(); i++) {
            Education e = p.education().get(i);
            String path = "education[" + i + "]";
            written(path + ".institution", e.institution());
            identifier(path + ".url", e.url());
            written(path + ".area", e.area());
            written(path + ".studyType", e.studyType());
            period(path + ".period", e.period());
            written(path + ".score", e.score());
            written(path + ".courses", e.courses());
        }
        for (int i = 0; i < p.certificates().size(); i++) {
            Certificate c = p.certificates().get(i);
            String path = "certificates[" + i + "]";
            written(path + ".name", c.name());
            date(path + ".date", c.date());
            identifier(path + ".url", c.url());
            written(path + ".issuer", c.issuer());
        }
        for (int i = 0; i < p.awards().size(); i++) {
            Award a = p.awards().get(i);
            String path = "awards[" + i + "]";
            written(path + ".title", a.title());
            date(path + ".date", a.date());
            written(path + ".awarder", a.awarder());
            written(path + ".summary", a.summary());
        }
        for (int i = 0; i < p.publications().size(); i++) {
            Publication pub = p.publications().get(i);
            String path = "publications[" + i + "]";
            written(path + ".name", pub.name());
            written(path + ".publisher", pub.publisher());
            date(path + ".releaseDate", pub.releaseDate());
            identifier(path + ".url", pub.url());
            written(path + ".summary", pub.summary());
        }
        for (int i = 0; i < p.languages().size(); i++) {
            Language l = p.languages().get(i);
            written("languages[" + i + "].language", l.language());
            written("languages[" + i + "].fluency", l.fluency());
        }
        for (int i = 0; i < p.interests().size(); i++) {
            Interest interest = p.interests().get(i);
            written("interests[" + i + "].name", interest.name());
            written("interests[" + i + "].keywords", interest.keywords());
        }
        for (int i = 0; i < p.references().size(); i++) {
            Reference r = p.references().get(i);
            written("references[" + i + "].name", r.name());
            written("references[" + i + "].reference", r.reference());
        }
        Meta meta = p.meta();
        if (meta != null) {
            identifier("meta.canonical", meta.canonical());
            written("meta.version", meta.version());
            written("meta.lastModified", meta.lastModified());
        }
        Experience experience = Experience.of(p, clock);
        derived("Experience.of(portfolio, clock).yearsLabel() + \" years\"", experience.yearsLabel() + " years");
        for (Section section : Section.defaultOrder()) {
            derived("Section." + section.id() + ".title()", section.title());
        }
    }

    private void person(String path, Person person) {
        written(path + ".name", person.name());
        written(path + ".headline", person.headline());
        written(path + ".tagline", person.tagline());
        written(path + ".summary", person.summary());
        written(path + ".about", person.about());
        written(path + ".keywords", person.keywords());
        Location location = person.location();
        if (location != null) {
            written(path + ".location.address", location.address());
            written(path + ".location.postalCode", location.postalCode());
            written(path + ".location.city", location.city());
            written(path + ".location.region", location.region());
            identifier(path + ".location.countryCode", location.countryCode());
            derived(path + ".location.shortForm()", location.shortForm());
            derived(path + ".location.longForm()", location.longForm());
        }
        Contact contact = person.contact();
        if (contact != null) {
            identifier(path + ".contact.email", contact.email());
            written(path + ".contact.phone", contact.phone());
            url(path + ".contact.website", contact.website());
        }
        for (int i = 0; i < person.profiles().size(); i++) {
            Profile profile = person.profiles().get(i);
            written(path + ".profiles[" + i + "].network", profile.network());
            written(path + ".profiles[" + i + "].username", profile.username());
            url(path + ".profiles[" + i + "].url", profile.url());
        }
        identifier(path + ".image", person.image());
        identifier(path + ".imageDark", person.imageDark());
        written(path + ".availability", person.availability());
        metrics(path + ".metrics", person.metrics());
        for (int i = 0; i < person.focus().size(); i++) {
            FocusItem item = person.focus().get(i);
            written(path + ".focus[" + i + "].title", item.title());
            written(path + ".focus[" + i + "].text", item.text());
        }
    }

    private void role(String path, Role role) {
        identifier(path + ".id", role.id());
        Organization organization = role.organization();
        if (organization != null) {
            written(path + ".organization.name", organization.name());
            written(path + ".organization.shortName", organization.shortName());
            url(path + ".organization.url", organization.url());
            written(path + ".organization.description", organization.description());
        }
        written(path + ".title", role.title());
        written(path + ".location", role.location());
        if (!role.locationLine().isEmpty()) {
            derived(path + ".locationLine()", role.locationLine());
        }
        period(path + ".period", role.period());
        written(path + ".technologies", role.technologies());
        written(path + ".summary", role.summary());
        written(path + ".highlights", role.highlights());
        metrics(path + ".metrics", role.metrics());
        written(path + ".tags", role.tags());
    }

    private void project(String path, Project project) {
        identifier(path + ".id", project.id());
        written(path + ".name", project.name());
        period(path + ".period", project.period());
        written(path + ".categories", project.categories());
        written(path + ".badge", project.badge());
        written(path + ".description", project.description());
        written(path + ".problem", project.problem());
        written(path + ".solution", project.solution());
        if (project.architecture() != null) {
            flow(path + ".architecture", project.architecture());
        }
        written(path + ".techStack", project.techStack());
        written(path + ".impact", project.impact());
        metrics(path + ".impactMetrics", project.impactMetrics());
        written(path + ".highlights", project.highlights());
        url(path + ".url", project.url());
        for (int i = 0; i < project.links().size(); i++) {
            Link link = project.links().get(i);
            written(path + ".links[" + i + "].label", link.label());
            url(path + ".links[" + i + "].url", link.url());
        }
        written(path + ".roles", project.roles());
        written(path + ".entity", project.entity());
        written(path + ".type", project.type());
        identifier(path + ".roleId", project.roleId());
        written(path + ".tags", project.tags());
    }

    private void note(String path, DesignNote note) {
        identifier(path + ".id", note.id());
        written(path + ".category", note.category());
        written(path + ".title", note.title());
        written(path + ".body", note.body());
        for (int i = 0; i < note.flows().size(); i++) {
            flow(path + ".flows[" + i + "]", note.flows().get(i));
        }
        for (int i = 0; i < note.callouts().size(); i++) {
            Callout callout = note.callouts().get(i);
            written(path + ".callouts[" + i + "].label", callout.label());
            written(path + ".callouts[" + i + "].text", callout.text());
        }
        written(path + ".pointsTitle", note.pointsTitle());
        for (int i = 0; i < note.points().size(); i++) {
            Point point = note.points().get(i);
            written(path + ".points[" + i + "].title", point.title());
            written(path + ".points[" + i + "].text", point.text());
        }
        for (int i = 0; i < note.usedIn().size(); i++) {
            UsedIn use = note.usedIn().get(i);
            identifier(path + ".usedIn[" + i + "].project", use.project());
            written(path + ".usedIn[" + i + "].label", use.label());
            written(path + ".usedIn[" + i + "].detail", use.detail());
        }
        written(path + ".tags", note.tags());
    }

    private void flow(String path, Flow flow) {
        written(path + ".title", flow.title());
        for (int s = 0; s < flow.stages().size(); s++) {
            Stage stage = flow.stages().get(s);
            String stagePath = path + ".stages[" + s + "]";
            written(stagePath + ".edgeLabel", stage.edgeLabel());
            for (int n = 0; n < stage.nodes().size(); n++) {
                Node node = stage.nodes().get(n);
                written(stagePath + ".nodes[" + n + "].name", node.name());
                written(stagePath + ".nodes[" + n + "].caption", node.caption());
            }
        }
    }

    private void metrics(String path, List<Metric> metrics) {
        for (int i = 0; i < metrics.size(); i++) {
            written(path + "[" + i + "].value", metrics.get(i).value());
            written(path + "[" + i + "].label", metrics.get(i).label());
        }
    }

    private void period(String path, Period period) {
        if (period == null) {
            return;
        }
        date(path + ".start", period.start());
        date(path + ".end", period.end());
        if (period.isOngoing()) {
            derived(path + " (open end)", "Present");
        }
    }

    private void date(String path, PartialDate date) {
        if (date != null) {
            derived(path + ".format(ENGLISH)", date.format(Locale.ENGLISH));
        }
    }

    /** A URL is an identifier; pages show it without its scheme ("x.com/_vinyjr"), a derived text. */
    private void url(String path, String url) {
        if (url != null) {
            identifier(path, url);
            derived(path + " without scheme", url.replaceFirst("^(?i)(https?|mailto|tel):(//)?", "").replaceFirst("/$", ""));
        }
    }

    private void written(String path, String value) {
        add(Kind.WRITTEN, path, value);
    }

    private void written(String path, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            written(path + "[" + i + "]", values.get(i));
        }
    }

    private void identifier(String path, String value) {
        add(Kind.IDENTIFIER, path, value);
    }

    private void derived(String rule, String value) {
        add(Kind.DERIVED, rule, value);
    }

    private void add(Kind kind, String path, String value) {
        if (value != null && !value.isBlank()) {
            texts.add(new Text(kind, path, value));
        }
    }
}

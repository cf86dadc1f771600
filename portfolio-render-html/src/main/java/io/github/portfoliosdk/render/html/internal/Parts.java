package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Callout;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.Point;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.UsedIn;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.model.Label;
import java.util.List;
import java.util.Optional;

/** Pieces several sections share: tags, figures, paragraphs, a role entry and a design note. */
final class Parts {

    private Parts() {
    }

    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

    /**
     * The heading element {@code depth} levels below the section's own heading ({@code h3} for an entry of a section
     * at depth 1, unless the renderer's heading offset moves it down).
     */
    static String heading(HtmlSectionContext context, int depth) {
        return HEADINGS[context.headingLevel() + depth - 1];
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A paragraph with a class, when there is text. */
    static void paragraph(HtmlWriter writer, String cssClass, String text) {
        if (present(text)) {
            writer.element("p", cssClass, text);
        }
    }

    /** Paragraphs, one per entry. */
    static void paragraphs(HtmlWriter writer, String cssClass, List<String> texts) {
        for (String text : texts) {
            paragraph(writer, cssClass, text);
        }
    }

    /** A list of short tags ("Python", "Django"). */
    static void tags(HtmlWriter writer, String cssClass, List<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        writer.tag("ul", cssClass);
        for (String tag : tags) {
            writer.element("li", null, tag);
        }
        writer.end("ul");
    }

    /** Headline figures: each a label (term) and its value (shown large, above the label). */
    static void metrics(HtmlWriter writer, String cssClass, List<Metric> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        writer.tag("dl", cssClass);
        for (Metric metric : metrics) {
            writer.tag("div", "pf-metric")
                    .element("dt", "pf-metric-label", metric.label())
                    .element("dd", "pf-metric-value", metric.value())
                    .end("div");
        }
        writer.end("dl");
    }

    /** A bulleted list of sentences. */
    static void highlights(HtmlWriter writer, List<String> highlights) {
        tags(writer, "pf-highlights", highlights);
    }

    /** One role (job, internship or volunteering) as an entry of a timeline. */
    static void role(HtmlSectionContext context, Role role) {
        HtmlWriter writer = context.writer();
        writer.tag("li", "pf-role");
        if (role.period() != null) {
            writer.tag("p", "pf-role-period");
            context.writePeriod(role.period());
            writer.end("p");
        }
        Organization organization = role.organization();
        String orgName = organization == null ? null : organization.fullName();
        writer.element(Parts.heading(context, 1), "pf-role-title", present(role.title()) ? role.title() : orgName);
        String where = role.locationLine(mode -> context.label(Label.valueOf(mode.name())));
        boolean internship = role.kind() == RoleKind.INTERNSHIP;
        if (present(orgName) || !where.isEmpty() || internship) {
            writer.tag("p", "pf-role-org");
            if (present(orgName) && HtmlWriter.safeUrl(organization.url()).isPresent()) {
                writer.link(organization.url(), "pf-org", orgName);
            } else if (present(orgName)) {
                writer.element("span", "pf-org", orgName);
            }
            if (present(orgName) && !where.isEmpty()) {
                writer.text(" · ");
            }
            if (!where.isEmpty()) {
                writer.element("span", "pf-role-place", where);
            }
            if (internship) {
                if (present(orgName) || !where.isEmpty()) {
                    writer.text(" · ");
                }
                writer.element("span", "pf-role-kind", context.label(Label.INTERNSHIP));
            }
            writer.end("p");
        }
        if (organization != null) {
            paragraph(writer, "pf-org-about", organization.description());
        }
        paragraph(writer, "pf-role-summary", role.summary());
        tags(writer, "pf-tags", role.technologies());
        highlights(writer, role.highlights());
        metrics(writer, "pf-metrics pf-metrics-small", role.metrics());
        writer.end("li");
    }

    /** A design note's content: paragraphs, flows, callouts with where it was used, and numbered points. */
    static void noteBody(HtmlSectionContext context, Portfolio portfolio, DesignNote note) {
        HtmlWriter writer = context.writer();
        paragraphs(writer, "pf-text", note.body());
        for (Flow flow : note.flows()) {
            context.flow(flow);
        }
        if (!note.callouts().isEmpty() || !note.usedIn().isEmpty()) {
            writer.tag("dl", "pf-callouts");
            for (Callout callout : note.callouts()) {
                writer.tag("div", "pf-callout")
                        .element("dt", "pf-callout-label", callout.label())
                        .element("dd", "pf-callout-text", callout.text())
                        .end("div");
            }
            if (!note.usedIn().isEmpty()) {
                writer.tag("div", "pf-callout pf-used-in")
                        .element("dt", "pf-callout-label", context.label(Label.USED_IN))
                        .tag("dd", "pf-callout-text");
                for (int i = 0; i < note.usedIn().size(); i++) {
                    if (i > 0) {
                        writer.text(", ");
                    }
                    usedIn(context, portfolio, note.usedIn().get(i));
                }
                writer.end("dd").end("div");
            }
            writer.end("dl");
        }
        if (!note.points().isEmpty()) {
            if (present(note.pointsTitle())) {
                writer.element(Parts.heading(context, 2), "pf-points-title", note.pointsTitle());
            }
            writer.tag("ol", "pf-points");
            for (int i = 0; i < note.points().size(); i++) {
                Point point = note.points().get(i);
                writer.tag("li", "pf-point");
                writer.start("span").attr("class", "pf-point-num").attr("aria-hidden", "true")
                        .text(PageWriter.number(i + 1)).end("span");
                writer.tag("div", "pf-point-body").element("p", "pf-point-title", point.title());
                paragraph(writer, "pf-text", point.text());
                writer.end("div").end("li");
            }
            writer.end("ol");
        }
    }

    private static void usedIn(HtmlSectionContext context, Portfolio portfolio, UsedIn usedIn) {
        HtmlWriter writer = context.writer();
        String label = usedIn.label();
        if (!present(label) && usedIn.project() != null) {
            for (Project project : portfolio.projects()) {
                if (usedIn.project().equals(project.id())) {
                    label = project.name();
                    break;
                }
            }
        }
        if (!present(label)) {
            label = usedIn.project();
        }
        Optional<String> link = context.projectLink(usedIn.project());
        if (link.isPresent()) {
            writer.start("a").attr("href", link.get()).attr("class", "pf-used-in-link").text(label).end("a");
        } else {
            writer.text(label);
        }
        if (present(usedIn.detail())) {
            writer.text(" (").text(usedIn.detail()).text(")");
        }
    }
}

package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.model.Theme;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link HtmlSectionContext} of one rendering; {@link #at(Section)} moves it on to the next section. */
final class RenderContext implements HtmlSectionContext {

    /** The element ids of the page itself ("about", "about-title", "main"), which item anchors must not take. */
    private static final Set<String> RESERVED_ANCHORS = reservedAnchors();

    private final Options options;
    private final HtmlWriter writer;
    private final LocalDate today;
    private final Map<String, String> projectAnchors = new HashMap<>();
    private final Map<Project, String> anchorsByProject = new IdentityHashMap<>();
    private final Set<String> usedAnchors = new HashSet<>(RESERVED_ANCHORS);
    private final Map<Section, String> titles;
    private final UserText userText;
    private Section section = Section.HERO;

    /** A context for the sections shown, with their titles. */
    RenderContext(Options options, Portfolio portfolio, HtmlWriter writer, Map<Section, String> titles) {
        this.options = options;
        this.writer = writer;
        this.titles = titles;
        this.today = LocalDate.now(options.clock());
        this.userText = new UserText(options.labels().language(), portfolio.contentLocale(), LanguageSwitch.fallbacks(portfolio));
        boolean projectsShown = titles.containsKey(Section.PROJECTS);
        for (Section shown : titles.keySet()) {
            usedAnchors.add(shown.id());
            usedAnchors.add(shown.id() + "-title");
        }
        List<Project> projects = portfolio.projects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            String anchor = anchor("project", project.id(), i + 1);
            anchorsByProject.put(project, anchor);
            if (projectsShown && project.id() != null) {
                projectAnchors.putIfAbsent(project.id(), anchor);
            }
        }
    }

    private static Set<String> reservedAnchors() {
        Set<String> reserved = new HashSet<>();
        for (Section section : Section.defaultOrder()) {
            reserved.add(section.id());
            reserved.add(section.id() + "-title");
        }
        reserved.add("main");
        return Set.copyOf(reserved);
    }

    /** Makes this the context of a section, for the section's renderer. */
    RenderContext at(Section section) {
        this.section = section;
        return this;
    }

    @Override
    public HtmlWriter writer() {
        return writer;
    }

    @Override
    public Section section() {
        return section;
    }

    @Override
    public String title() {
        return titles.get(section);
    }

    @Override
    public int headingLevel() {
        return (section.equals(Section.HERO) ? 1 : 2) + options.headingOffset();
    }

    @Override
    public Clock clock() {
        return options.clock();
    }

    @Override
    public Theme theme() {
        return options.theme();
    }

    @Override
    public boolean fragment() {
        return options.fragment();
    }

    @Override
    public Locale locale() {
        return options.locale();
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public Labels labels() {
        return options.labels();
    }

    @Override
    public String label(Label label) {
        return options.labels().text(label.key());
    }

    @Override
    public String period(Period period) {
        String text = options.labels().period(period);
        return text == null ? "" : text;
    }

    /** Writes what {@link Labels#period(Period)} reads, with each date in a {@code <time>} element. */
    @Override
    public void writePeriod(Period period) {
        if (period == null || (period.start() == null && period.end() == null)) {
            return;
        }
        if (period.start() == null) {
            writer.text(label(Label.UNTIL) + " ");
            writeDate(period.end());
        } else if (period.isSingleDate()) {
            writeDate(period.start());
        } else {
            String pattern = options.labels().rangePattern();
            int start = pattern.indexOf("{0}");
            int end = pattern.indexOf("{1}");
            for (int at = 0; at < pattern.length(); ) {
                if (at == start || at == end) {
                    PartialDate date = at == start ? period.start() : period.end();
                    if (date == null) {
                        writer.text(label(Label.PRESENT));
                    } else {
                        writeDate(date);
                    }
                    at += 3;
                } else {
                    int next = nextPlaceholder(at, start, end, pattern.length());
                    writer.text(pattern.substring(at, next));
                    at = next;
                }
            }
        }
    }

    private static int nextPlaceholder(int at, int start, int end, int length) {
        int next = length;
        if (start > at) {
            next = Math.min(next, start);
        }
        if (end > at) {
            next = Math.min(next, end);
        }
        return next;
    }

    @Override
    public void writeDate(PartialDate date) {
        writer.start("time").attr("datetime", date.toString()).text(date(date)).end("time");
    }

    @Override
    public String date(PartialDate date) {
        return date.format(options.locale());
    }

    @Override
    public void userElement(String name, String cssClass, String text) {
        userText.element(writer, name, cssClass, text);
    }

    @Override
    public void userText(String text) {
        if (text != null) {
            userText.inline(writer, text);
        }
    }

    @Override
    public void userLink(String url, String cssClass, String text) {
        userText.link(writer, url, cssClass, text);
    }

    @Override
    public void markUserText(String text) {
        if (text != null) {
            userText.mark(writer, text);
        }
    }

    @Override
    public String id(String name) {
        return options.idPrefix().isEmpty() ? name : options.idPrefix() + name;
    }

    @Override
    public Optional<String> projectLink(String projectId) {
        String anchor = projectId == null ? null : projectAnchors.get(projectId);
        return anchor == null ? Optional.empty() : Optional.of("#" + id(anchor));
    }

    @Override
    public String projectId(Project project) {
        String anchor = anchorsByProject.get(project);
        if (anchor == null) {
            throw new IllegalArgumentException("not a project of the portfolio being rendered: " + project.id());
        }
        return id(anchor);
    }

    @Override
    public void flow(Flow flow) {
        String title = flow.title();
        writer.start("figure").attr("class", "pf-flow");
        if (title == null || title.isBlank()) {
            writer.attr("aria-label", label(Label.FLOW));
        }
        if (title != null && !title.isBlank()) {
            userElement("figcaption", "pf-flow-title", title);
        }
        writer.tag("ol", "pf-stages");
        for (Stage stage : flow.stages()) {
            writer.tag("li", "pf-stage");
            if (stage.edgeLabel() != null && !stage.edgeLabel().isBlank()) {
                // the edge sits at its stage's inline start: its marks go on the text inside, not on the placed element
                writer.tag("span", "pf-edge");
                userText(stage.edgeLabel());
                writer.end("span");
            }
            if (stage.nodes().size() == 1) {
                node("div", stage.nodes().get(0));
            } else {
                writer.tag("ul", "pf-nodes");
                for (Node node : stage.nodes()) {
                    node("li", node);
                }
                writer.end("ul");
            }
            writer.end("li");
        }
        writer.end("ol").end("figure");
    }

    private void node(String element, Node node) {
        writer.tag(element, "pf-node");
        userElement("span", "pf-node-name", node.name());
        if (node.caption() != null && !node.caption().isBlank()) {
            userElement("span", "pf-node-caption", node.caption());
        }
        writer.end(element);
    }

    /** An anchor-safe slug of an id: lower-case letters, digits and hyphens; {@code fallback} when nothing is left. */
    static String slug(String id, String fallback) {
        if (id == null) {
            return fallback;
        }
        StringBuilder slug = new StringBuilder(id.length());
        boolean hyphen = false;
        for (int i = 0; i < id.length(); i++) {
            char c = Character.toLowerCase(id.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return slug.length() == 0 ? fallback : slug.toString();
    }

    @Override
    public String uniqueId(String kind, String itemId, int position) {
        return id(anchor(kind, itemId, position));
    }

    /** A new element name, unique on this page, from a kind, an id (slugged) and the item's position as fallback. */
    private String anchor(String kind, String id, int position) {
        String anchor = kind + "-" + slug(id, Integer.toString(position));
        String candidate = anchor;
        for (int n = 2; !usedAnchors.add(candidate); n++) {
            candidate = anchor + "-" + n;
        }
        return candidate;
    }
}

package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.hardening.TextFields.Value;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Reference;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.SkillLevel;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.model.UsedIn;
import io.github.portfoliosdk.model.WorkMode;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML page and the GitHub README show the same portfolio. A portfolio with every field of the model filled, each
 * with a distinct value, is rendered in both formats, and each must show every value: text as it is, dates in their
 * formatted form ("Feb 2026"), kinds, work modes and levels by their display names, URLs as link targets, ids by the
 * element ids they become (HTML), flows by the labels of their Mermaid diagrams (README), and references ({@code roleId}, {@code usedIn.project}) by what they point at. What
 * a format leaves out on purpose is listed below, each with its reason; nothing else may be missing.
 */
class RenderersShowTheSamePortfolioTest {

    /** Left out of both formats on purpose, by record component, with the reason. */
    static final Map<String, String> LEFT_OUT_OF_BOTH = Map.ofEntries(
            Map.entry("Role.id", "only the target of a project's roleId, which is shown by what it points at"),
            Map.entry("Role.tags", "tags choose tailored variants of a portfolio; they are not content"),
            Map.entry("Project.tags", "tags choose tailored variants of a portfolio; they are not content"),
            Map.entry("DesignNote.tags", "tags choose tailored variants of a portfolio; they are not content"),
            Map.entry("Skill.tags", "tags choose tailored variants of a portfolio; they are not content"),
            Map.entry("Location.address", "a public page does not publish a street address"),
            Map.entry("Location.postalCode", "a public page does not publish a postal code"),
            Map.entry("Meta.version", "metadata of the document, for JSON Resume"),
            Map.entry("Meta.lastModified", "metadata of the document, for JSON Resume"),
            Map.entry("Portfolio.extensions", "JSON Resume properties kept only to write a JSON Resume document back"),
            Map.entry("Portfolio.language", "the language the text is written in: markup (lang), not text"),
            Map.entry("Translations.original", "which language a chosen portfolio was written in; a page shows one language"),
            Map.entry("Translations.texts", "the texts in other languages: a page shows one (Portfolio.in chooses it)"));

    /** Left out of the HTML page on purpose, with the reason. */
    static final Map<String, String> LEFT_OUT_OF_HTML = Map.of(
            "Person.imageDark", "the page loads no images; link previews, which have no theme, use the light portrait");

    /** Left out of the README on purpose, with the reason. */
    static final Map<String, String> LEFT_OUT_OF_MARKDOWN = Map.of(
            "Project.id", "Markdown has no element ids; GitHub makes a heading's anchor from its text",
            "DesignNote.id", "Markdown has no element ids; GitHub makes a heading's anchor from its text",
            "CustomSection.id", "Markdown has no element ids; GitHub makes a heading's anchor from its text");

    /** The ids the fixture keeps as they are, so that the references to them still hold. */
    private static final Set<String> IDS = Set.of("acme", "civic", "scalable-backend", "webhooks");

    private static Portfolio portfolio;
    private static Document html;
    private static String htmlText;
    private static Set<String> htmlTargets;
    private static String markdownText;
    private static Set<String> markdownTargets;

    @BeforeAll
    static void render() {
        portfolio = everyFieldDistinct();
        html = Jsoup.parse(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(portfolio));
        htmlText = Whitespace.collapse(HtmlRendererProperties.visibleText(html));
        htmlTargets = new HashSet<>();
        html.getAllElements().forEach(element -> element.attributes().forEach(a -> htmlTargets.add(a.getValue())));
        String markdown = MarkdownRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(portfolio);
        org.commonmark.node.Node document = org.commonmark.parser.Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        StringBuilder diagrams = new StringBuilder();
        document.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.FencedCodeBlock code) {
                if (code.getInfo().equals("mermaid")) {
                    diagrams.append(' ').append(code.getLiteral());
                }
            }
        });
        markdownText = Whitespace.collapse(MarkdownRendererProperties.readBack(document) + diagrams);
        markdownTargets = MarkdownRendererProperties.destinations(document);
    }

    /**
     * The sample portfolio with every text made distinct (" v001", " v002", …) but the ids, and the fields the sample
     * leaves empty filled in.
     */
    private static Portfolio everyFieldDistinct() {
        int[] counter = {0};
        Portfolio full = SamplePortfolios.full(text -> IDS.contains(text) ? text : text + String.format(" v%03d", ++counter[0]),
                "https://example.com/");
        DesignNote overview = full.systemDesign().toBuilder().category("OVERVIEW v901").tags(List.of("overview v902"))
                .callouts(full.designNotes().get(0).callouts().stream()
                        .map(callout -> new io.github.portfoliosdk.model.Callout(callout.label() + " v903", callout.text() + " v904"))
                        .toList())
                .usedIn(List.of(UsedIn.project("civic", "Intake v905"))).build();
        Role internship = full.roles().get(1).toBuilder().workMode(WorkMode.HYBRID).build();
        DesignNote note = full.designNotes().get(0).toBuilder().flows(List.of(new Flow("Webhook path v907", List.of(
                Stage.of(Node.of("Sender v908", "Provider v909")), new Stage("ENQUEUE v910", List.of(Node.of("Queue v911")))))))
                .build();
        return full.toBuilder().language("en")
                .translations(new io.github.portfoliosdk.model.Translations("en", new java.util.TreeMap<>(Map.of("de",
                        new java.util.TreeMap<>(Map.of("/person/headline", "Skalierbare Systeme v951"))))))
                .systemDesign(overview).designNotes(List.of(note))
                .roles(List.of(full.roles().get(0), internship, full.roles().get(2)))
                .references(List.of(full.references().get(0), Reference.of("B. Named Only v906", null))).build();
    }

    @Test
    void theFixtureFillsEveryFieldOfTheModelWithADistinctValue() {
        Set<String> filled = new TreeSet<>();
        Map<String, String> seen = new java.util.HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (Value value : TextFields.values(portfolio)) {
            filled.add(value.field());
            if (value.value() instanceof String text && !isUrlOrId(value) && seen.putIfAbsent(text, value.path()) != null) {
                repeated.add(value.path() + " repeats " + seen.get(text));
            }
        }
        assertThat(new TreeSet<>(components(Portfolio.class))).as("fields the fixture leaves empty")
                .containsExactlyElementsOf(filled);
        assertThat(repeated).isEmpty();
    }

    @Test
    void theHtmlPageShowsEveryValueButWhatItLeavesOutOnPurpose() {
        assertThat(missing(true)).isEmpty();
    }

    @Test
    void theReadmeShowsEveryValueButWhatItLeavesOutOnPurpose() {
        assertThat(missing(false)).isEmpty();
    }

    @Test
    void whatAFormatLeavesOutIsAFieldOfTheModel() {
        Set<String> fields = components(Portfolio.class);
        assertThat(fields).containsAll(LEFT_OUT_OF_BOTH.keySet()).containsAll(LEFT_OUT_OF_HTML.keySet())
                .containsAll(LEFT_OUT_OF_MARKDOWN.keySet());
    }

    /** The values of the fixture one format does not show, as "path = value". */
    private static List<String> missing(boolean inHtml) {
        List<String> missing = new ArrayList<>();
        for (Value value : TextFields.values(portfolio)) {
            String field = value.field();
            if (LEFT_OUT_OF_BOTH.containsKey(field) || (inHtml ? LEFT_OUT_OF_HTML : LEFT_OUT_OF_MARKDOWN).containsKey(field)) {
                continue;
            }
            if (!shown(value, inHtml)) {
                missing.add(value.path() + " = " + value.value());
            }
        }
        return missing;
    }

    private static boolean shown(Value value, boolean inHtml) {
        String text = inHtml ? htmlText : markdownText;
        Set<String> targets = inHtml ? htmlTargets : markdownTargets;
        Object v = value.value();
        return switch (value.field()) {
            case "Project.id" -> html.getElementById("project-" + v) != null;
            case "DesignNote.id" -> html.select("[id$=-" + v + "]").size() == 1;
            case "CustomSection.id" -> html.getElementById((String) v) != null;
            case "Project.roleId" -> inHtml
                    ? html.getElementById("project-" + project(value).id()).text().contains(roleName((String) v))
                    : text.contains("At: " + roleName((String) v));
            case "UsedIn.project" -> inHtml
                    ? !html.select(".pf-used-in a[href=#project-" + v + "]").isEmpty()
                    : text.contains(projectName((String) v));
            case "Contact.email" -> text.contains((String) v) && targets.contains("mailto:" + v);
            default -> {
                if (v instanceof PartialDate date) {
                    yield text.contains(date.format(Locale.ENGLISH));
                } else if (v instanceof RoleKind kind) {
                    yield text.contains(switch (kind) {
                        case JOB -> Section.WORK.title();
                        case INTERNSHIP -> "Internship";
                        case VOLUNTEER -> Section.VOLUNTEERING.title();
                    });
                } else if (v instanceof WorkMode mode) {
                    yield text.contains(mode.displayName());
                } else if (v instanceof SkillLevel level) {
                    yield text.contains(level.displayName());
                } else if (ShownFields.URLS.contains(value.field().substring(value.field().indexOf('.') + 1))) {
                    yield ShownFields.isLinked((String) v, targets);
                }
                yield text.contains(Whitespace.collapse(String.valueOf(v)));
            }
        };
    }

    private static boolean isUrlOrId(Value value) {
        String name = value.field().substring(value.field().indexOf('.') + 1);
        // the portfolio's language and the one its translations were written in are the same tag, by nature
        return ShownFields.URLS.contains(name) || IDS.contains(String.valueOf(value.value()))
                || value.field().equals("Portfolio.language") || value.field().equals("Translations.original");
    }

    private static Project project(Value value) {
        Matcher index = Pattern.compile("^projects\\[(\\d+)]").matcher(value.path());
        assertThat(index.find()).as(value.path()).isTrue();
        return portfolio.projects().get(Integer.parseInt(index.group(1)));
    }

    /** What a role id points at, as both formats name it: the organization, or the title without one. */
    private static String roleName(String roleId) {
        Role role = portfolio.roles().stream().filter(r -> roleId.equals(r.id())).findFirst().orElseThrow();
        return role.organization() != null ? role.organization().displayName() : role.title();
    }

    private static String projectName(String projectId) {
        return portfolio.projects().stream().filter(p -> projectId.equals(p.id())).findFirst().orElseThrow().name();
    }

    /** Every record component reachable from a record type that holds values, not records, as "Type.component"; a date is a value. */
    private static Set<String> components(Class<?> type) {
        Set<String> fields = new TreeSet<>();
        collect(type, fields, new HashSet<>());
        return fields;
    }

    private static void collect(Class<?> type, Set<String> fields, Set<Class<?>> visited) {
        if (!type.isRecord() || type == PartialDate.class || !visited.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Type generic = component.getGenericType();
            Class<?> value = generic instanceof ParameterizedType parameterized && component.getType() == List.class
                    ? (Class<?>) parameterized.getActualTypeArguments()[0] : component.getType();
            if (value.isRecord() && value != PartialDate.class) {
                collect(value, fields, visited);
            } else {
                fields.add(type.getSimpleName() + "." + component.getName());
            }
        }
    }
}

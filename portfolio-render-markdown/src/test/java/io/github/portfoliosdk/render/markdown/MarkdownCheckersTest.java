package io.github.portfoliosdk.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The showcase README checked by the real tools: markdownlint-cli2 with the module's committed config, and
 * Mermaid's own parser (in Chromium) on every diagram. The rendered files stay in {@code target/checked} to look at.
 */
class MarkdownCheckersTest {

    /** Text that tries every way out of a quoted Mermaid label. */
    private static final String MERMAID_HOSTILE = "#quot;\"]; click n1 call alert() %%{init: {\"theme\": \"dark\"}}%%"
            + " <b>x</b> `y` | & \\ ; A-->B end\n  n9[\"injected\"] ";

    private static Portfolio showcase;
    private static Portfolio hostile;
    private static Path github;
    private static Path portraits;
    private static Path badges;
    private static Path commonMark;
    private static Path hostileGithub;
    private static Path customSections;
    private static Path customSectionsCommonMark;
    private static Path arabicLabels;
    private static Path arabicLabelsCommonMark;
    private static Path translatedGerman;
    private static Path translatedTamil;

    @BeforeAll
    static void render() throws IOException {
        showcase = Showcase.load();
        hostile = SamplePortfolios.full(text -> MERMAID_HOSTILE + text, "https://example.com/");
        Path dir = Checkers.outputDir();
        github = write(dir.resolve("showcase-github.md"), MarkdownRenderer.builder(), showcase);
        Portfolio withPortraits = showcase.toBuilder().person(showcase.person().toBuilder()
                .image("https://example.com/portrait.png").imageDark("https://example.com/portrait-dark.png").build()).build();
        portraits = write(dir.resolve("showcase-github-portraits.md"), MarkdownRenderer.builder(), withPortraits);
        badges = write(dir.resolve("showcase-github-badges.md"), MarkdownRenderer.builder().badges(true), showcase);
        commonMark = write(dir.resolve("showcase-commonmark.md"), MarkdownRenderer.builder().flavor(Flavor.COMMONMARK), showcase);
        hostileGithub = write(dir.resolve("hostile-github.md"), MarkdownRenderer.builder(), hostile);
        Portfolio custom = PortfolioFormat.yaml().read(Checkers.customSectionsFile());
        customSections = write(dir.resolve("custom-sections-github.md"), MarkdownRenderer.builder(), custom);
        customSectionsCommonMark = write(dir.resolve("custom-sections-commonmark.md"),
                MarkdownRenderer.builder().flavor(Flavor.COMMONMARK), custom);
        // the English showcase with Arabic labels: its English text isolated from the labels' direction
        arabicLabels = write(dir.resolve("showcase-github-ar.md"), MarkdownRenderer.builder().locale(Locale.forLanguageTag("ar")), showcase);
        arabicLabelsCommonMark = write(dir.resolve("showcase-commonmark-ar.md"),
                MarkdownRenderer.builder().flavor(Flavor.COMMONMARK).locale(Locale.forLanguageTag("ar")), showcase);
        // the translated example (English with German and Tamil), as `render -f markdown --locale all` writes it
        Portfolio translated = PortfolioFormat.yaml().read(Checkers.showcaseFile().toAbsolutePath().getParent()
                .resolveSibling("translated").resolve("portfolio.yaml"));
        translatedGerman = write(dir.resolve("translated-github.de.md"),
                MarkdownRenderer.builder().locale(java.util.Locale.GERMAN), translated.in(java.util.Locale.GERMAN));
        translatedTamil = write(dir.resolve("translated-github.ta.md"),
                MarkdownRenderer.builder().locale(java.util.Locale.forLanguageTag("ta")),
                translated.in(java.util.Locale.forLanguageTag("ta")));
    }

    private static Path write(Path file, MarkdownRenderer.Builder builder, Portfolio portfolio) throws IOException {
        Files.writeString(file, builder.clock(SamplePortfolios.CLOCK).build().render(portfolio), StandardCharsets.UTF_8);
        return file.toAbsolutePath();
    }

    /** Lines of the seed page (the user's real portfolio page), each of which the README must show word for word. */
    private static final List<String> SEED_LINES = List.of(
            "Vinayagam D — Python Backend Engineer",
            "Building scalable systems and APIs.",
            "Chennai | Backend Eng | Python",
            "Trames Pvt Ltd",
            "200K+ Users Served",
            "200% API Performance Gain",
            "8+ Production Apps Shipped",
            "I build for correctness first, then optimise for scale.",
            "Backend Engineer",
            "Singapore (Remote)",
            "PHP Development Intern",
            "Built multi-platform payment integration across Razorpay and PayU gateways for donation and event management systems.",
            "Thaagam Donation",
            "A large NGO serving 200K+ citizens had no digital infrastructure for service requests or identity verification.",
            "Reconciliation time reduced from days to under five minutes.",
            "Manual ID Reviews",
            "Each layer has a single, well-defined responsibility.",
            "Nginx proxies qualified requests to Gunicorn/Daphne, which runs Django workers.",
            "Designing Webhook Processing Systems",
            "Redis Caching Strategy",
            "Scaling Messaging Platforms",
            "Use Django post_save signals to delete the cache key on write.",
            "Redis (Caching & Queues)",
            "RAG / LangChain",
            "Intermediate",
            "USERS ACROSS DEPLOYED SYSTEMS",
            "Reading, building side projects, and sharpening my craft every day.",
            "Chennai, Tamil Nadu, India",
            "Browser · Mobile · API consumer",
            "Validate sig → Enqueue → 200 OK",
            "HIT → return <1ms",
            "MISS",
            "Thread-safe conversation store");

    @Test
    void theShowcaseShowsEveryPartOfTheSeedPage() throws IOException {
        String text = normalized(ParsedMarkdown.parse(Files.readString(github)).allText() + "\n"
                + ParsedMarkdown.parse(Files.readString(commonMark)).allText());
        assertThat(SEED_LINES).allSatisfy(line -> assertThat(text).contains(normalized(line)));
        assertThat(ParsedMarkdown.parse(Files.readString(github)).links()).contains("https://x.com/_vinyjr");
    }

    /** Separators and case differ between the page and the README; the words may not. */
    private static String normalized(String text) {
        return text.replace(" · ", " ").replace(" | ", " ").replace('\u0000', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void markdownlintFindsNothingInTheShowcaseOrTheCustomSectionsInEitherFlavourWithOrWithoutPortraitsAndFindsTheKnownBadFile() throws IOException {
        Path cli = Checkers.nodePackage("markdownlint-cli2").resolve("markdownlint-cli2-bin.mjs");
        Path config = Path.of(".markdownlint-cli2.jsonc").toAbsolutePath();
        // checked in the same run, so that the run shows it reads what it is given: a skipped heading level, trailing spaces
        Path knownBad = Files.writeString(Checkers.outputDir().resolve("known-bad.md"),
                "# Known bad\n\n### A skipped level\n\nTrailing spaces   \n", StandardCharsets.UTF_8).toAbsolutePath();
        Checkers.Result result = Checkers.run(List.of("node", cli.toString(), "--config", config.toString(),
                ":" + github, ":" + portraits, ":" + badges, ":" + commonMark, ":" + customSections,
                ":" + customSectionsCommonMark, ":" + arabicLabels, ":" + arabicLabelsCommonMark,
                ":" + translatedGerman, ":" + translatedTamil, ":" + knownBad),
                Checkers.dir(), Duration.ofSeconds(60));
        assertThat(Files.readString(arabicLabels)).contains("<span dir=\"ltr\" lang=\"en\">");
        assertThat(Files.readString(translatedGerman)).contains("Skalierbare Systeme und APIs bauen.");
        assertThat(Files.readString(portraits)).contains("<picture>");
        assertThat(Files.readString(customSections)).contains("## Talks").contains("## Open source");
        List<String> issues = result.output().lines().filter(line -> line.matches("\\S+:\\d+(:\\d+)? error MD\\d+.*")).toList();
        System.out.println("markdownlint: " + result.output().lines().filter(line -> line.startsWith("Linting:")).findFirst().orElse("?")
                + ", " + issues.size() + " issues, all expected in known-bad.md");
        assertThat(result.output()).contains("Linting: 11 files").contains("Summary: 2 issues in 1 file");
        assertThat(issues).as(result.output()).hasSize(2).allMatch(issue -> issue.contains("known-bad.md:"))
                .anyMatch(issue -> issue.contains("MD001/heading-increment"))
                .anyMatch(issue -> issue.contains("MD009/no-trailing-spaces"));
        assertThat(result.exitCode()).as("markdownlint exits 1 for the known-bad file only").isEqualTo(1);
    }

    @Test
    void everyMermaidDiagramParsesWithMermaidAndDrawsExactlyTheFlow() throws IOException {
        Checkers.chromium();
        Checkers.Result result = Checkers.node("markdown-mermaid.mjs", List.of(github.toString(), hostileGithub.toString()),
                Duration.ofSeconds(90));
        assertThat(result.exitCode()).as(result.output()).isZero();
        MermaidReport report = MermaidReport.parse(result.stdout());
        List<Flow> showcaseFlows = flows(showcase);
        List<Flow> hostileFlows = flows(hostile);
        assertThat(showcaseFlows).isNotEmpty();
        assertThat(report.blocks()).hasSize(showcaseFlows.size() + hostileFlows.size());
        assertThat(report.blocks()).allSatisfy(block -> {
            assertThat(block.ok()).as(block.file() + ": " + block.error()).isTrue();
            assertThat(block.classes()).isEmpty();
        });
        List<Flow> expected = new ArrayList<>(showcaseFlows);
        expected.addAll(hostileFlows);
        for (int i = 0; i < expected.size(); i++) {
            MermaidReport.Block block = report.blocks().get(i);
            assertThat(block.nodes()).as("nodes of diagram %d in %s", i, block.file()).isEqualTo(expectedNodes(expected.get(i)));
            assertThat(block.edges()).as("edges of diagram %d in %s", i, block.file()).isEqualTo(expectedEdges(expected.get(i)));
        }
    }

    /** The flows in the order the README shows them: project architectures, the system design, the notes. */
    private static List<Flow> flows(Portfolio portfolio) {
        List<Flow> flows = new ArrayList<>();
        for (Project project : portfolio.projects()) {
            if (project.architecture() != null) {
                flows.add(project.architecture());
            }
        }
        if (portfolio.systemDesign() != null) {
            flows.addAll(portfolio.systemDesign().flows());
        }
        for (DesignNote note : portfolio.designNotes()) {
            flows.addAll(note.flows());
        }
        return flows;
    }

    private static List<String> expectedNodes(Flow flow) {
        List<String> nodes = new ArrayList<>();
        int id = 1;
        for (Stage stage : flow.stages()) {
            for (Node node : stage.nodes()) {
                String caption = node.caption() == null || node.caption().isBlank() ? "" : "<br>" + node.caption();
                nodes.add("n" + id++ + " " + (node.name() + caption).replace("\n", "<br>"));
            }
        }
        return nodes;
    }

    private static List<String> expectedEdges(Flow flow) {
        List<String> edges = new ArrayList<>();
        int first = 1;
        List<Integer> previous = List.of();
        for (Stage stage : flow.stages()) {
            List<Integer> current = new ArrayList<>();
            for (int i = 0; i < stage.nodes().size(); i++) {
                current.add(first + i);
            }
            first += stage.nodes().size();
            for (int from : previous) {
                for (int to : current) {
                    String label = stage.edgeLabel() == null || stage.edgeLabel().isBlank() ? "" : stage.edgeLabel();
                    edges.add("n" + from + " n" + to + " " + label.replace("\n", "<br>"));
                }
            }
            previous = current;
        }
        return edges;
    }
}

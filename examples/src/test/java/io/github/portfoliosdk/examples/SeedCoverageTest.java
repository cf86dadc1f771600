package io.github.portfoliosdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.portfoliosdk.examples.PortfolioTexts.Kind;
import io.github.portfoliosdk.examples.PortfolioTexts.Text;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The showcase leaves nothing of the seed page out, and invents nothing: every meaningful line of the page
 * the first user wrote ({@code shared/seed/portfolio-page.txt}) is made of the showcase's texts, and every text
 * written in the showcase is on the page.
 * <p>Lines are compared ignoring case and runs of whitespace. A line is covered when it is a sequence of
 * showcase texts, renderer labels and separators ("LOCATION Chennai, IN" is a label and
 * {@code person.location.shortForm()}), or when it and a neighbour together are ("AI-Powered Civic" /
 * "Services Platform" is one project name wrapped over two lines). Decoration the renderers draw themselves is
 * listed below, each with the reason, and removed first.
 */
class SeedCoverageTest {

    /** Something on the seed page that is not content but decoration a renderer produces itself. */
    record Decoration(Pattern pattern, String reason) {
        static Decoration of(String regex, String reason) {
            return new Decoration(Pattern.compile(regex), reason);
        }
    }

    /** Everything left out, removed from each line before the comparison; a line left empty is decoration only. */
    static final List<Decoration> DECORATION = List.of(
            Decoration.of("^[\\u2550-\\u256C ]+$",
                    "the ASCII-art banner: the name (person.name) drawn in box-drawing letters, a theme ornament"),
            Decoration.of("^ISSUE #\\d+",
                    "the masthead's issue number, an ornament; the rest of that line is the current role's title"),
            Decoration.of("^BACKEND$",
                    "the hero's giant display word, an ornament cut from the title 'Backend Engineer'"),
            Decoration.of("^vinayagam@backend:~\\$$",
                    "a shell prompt drawn above the hero card, a theme ornament"),
            Decoration.of("^//$",
                    "the separator between the hero's metrics, drawn by the theme"),
            Decoration.of("^\\d\\d$",
                    "section numbers (01-09) and the numbers of 'How the system works' points: renderers number them"),
            Decoration.of("^\\$ cat [\\w./-]+$",
                    "shell prompts ('$ cat about/vinayagam.txt') under section titles, a theme ornament"),
            Decoration.of("^PROJECT_\\d+ /",
                    "the project's number, its position on the page; the year after it is the project's period"),
            Decoration.of("^NOTE_\\d+",
                    "the design note's number, its position on the page; the category after it is content"),
            Decoration.of("^## ",
                    "a Markdown-style heading mark before each skill category, a theme ornament"),
            Decoration.of("^connect\\.sh$",
                    "the contact card's window title, a theme ornament"),
            Decoration.of("^\\$ \\./contact --info$",
                    "a shell prompt in the contact card, a theme ornament"),
            Decoration.of("^\\$ _$",
                    "the blinking cursor ending the page, a theme ornament"));

    /** Labels the renderers print before a value ("LOCATION Chennai, IN"); they are not portfolio data. */
    static final List<String> LABELS = List.of(
            "Location", "Experience", "Current role", "Status",
            "Problem", "Solution", "Architecture", "Tech stack", "Impact",
            "Primary stack", "Used in");

    /** Punctuation the renderers put between texts: "Vinayagam D — Python Backend Engineer", "→ MISS →". */
    static final List<String> SEPARATORS = List.of("—", "·", "|", "→", "(", ")", ",", "/");

    private static List<String> seedLines;
    private static List<Text> texts;
    private static Set<String> tokens;

    @BeforeAll
    static void load() throws IOException {
        seedLines = Files.readAllLines(seedFile(), StandardCharsets.UTF_8);
        Portfolio showcase = Showcase.portfolio();
        texts = PortfolioTexts.of(showcase, SamplePortfolios.CLOCK);
        tokens = new LinkedHashSet<>();
        texts.stream().filter(t -> t.kind() != Kind.IDENTIFIER).map(t -> normalize(t.value())).forEach(tokens::add);
        LABELS.stream().map(SeedCoverageTest::normalize).forEach(tokens::add);
        SEPARATORS.stream().map(SeedCoverageTest::normalize).forEach(tokens::add);
    }

    /** The seed page: the {@code portfolio.seedPage} system property, else {@code ../../shared/seed/portfolio-page.txt}. */
    static Path seedFile() {
        String configured = System.getProperty("portfolio.seedPage");
        Path file = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "seed", "portfolio-page.txt");
        if (!Files.isRegularFile(file)) {
            fail("The seed page is missing: " + file.toAbsolutePath().normalize()
                    + " (set -Dportfolio.seedPage=PATH, or keep shared/ beside the repository)");
        }
        return file;
    }

    @Test
    void everyMeaningfulLineOfTheSeedPageIsInTheShowcase() {
        List<Line> lines = meaningfulLines();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean covered = covered(line.text())
                    || (i > 0 && covered(lines.get(i - 1).text() + " " + line.text()))
                    || (i + 1 < lines.size() && covered(line.text() + " " + lines.get(i + 1).text()));
            if (!covered) {
                missing.add("seed line " + line.number() + ": " + line.text());
            }
        }
        assertThat(missing).as("seed lines not made of showcase texts, labels and separators").isEmpty();
        assertThat(lines).as("meaningful seed lines").hasSizeGreaterThan(200);
    }

    @Test
    void everyTextWrittenInTheShowcaseIsOnTheSeedPage() {
        String page = normalize(String.join(" ", seedLines));
        List<String> invented = texts.stream()
                .filter(t -> t.kind() == Kind.WRITTEN)
                .filter(t -> !page.contains(normalize(t.value())))
                .map(t -> t.path() + ": " + t.value())
                .toList();
        assertThat(invented).as("showcase texts that are not on the seed page").isEmpty();
    }

    @Test
    void everyDecorationLeftOutOccursOnTheSeedPage() {
        for (Decoration decoration : DECORATION) {
            assertThat(seedLines).as("a seed line with %s (%s)", decoration.pattern(), decoration.reason())
                    .anyMatch(line -> decoration.pattern().matcher(line.strip()).find());
        }
    }

    @Test
    void decorationIsOnlyOrnamentsAndNumbers() {
        List<String> removed = seedLines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && undecorated(line).isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        removed.removeIf(line -> line.matches("[\\u2550-\\u256C ]+|\\d\\d"));
        assertThat(removed).as("whole lines left out, besides the banner and the numbers").containsExactlyInAnyOrder(
                "BACKEND", "vinayagam@backend:~$", "//", "//", "//",
                "$ cat about/vinayagam.txt", "$ cat architecture/scalable-backend.txt", "$ cat notes/system-design.md",
                "$ cat skills/all.txt", "$ cat focus/current.txt",
                "connect.sh", "$ ./contact --info", "$ _");
    }

    @Test
    void aLineWithATypoIsNotCovered() {
        assertThat(covered("TRAMES PRIVATE LIMITED · Singapore (Remote)")).isTrue();
        assertThat(covered("TRAMES PRIVATE LIMITED · Singapore (Hybrid)")).isFalse();
        assertThat(covered("Backend Engineer")).isTrue();
        assertThat(covered("Backend Engineers")).isFalse();
        assertThat(covered("FEB 2026 — PRESENT")).isTrue();
        assertThat(covered("MAR 2026 — PRESENT")).isFalse();
    }

    /** A seed line with its 1-based number, decoration removed. */
    record Line(int number, String text) {
    }

    private static List<Line> meaningfulLines() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < seedLines.size(); i++) {
            String text = undecorated(seedLines.get(i).strip());
            if (!text.isEmpty()) {
                lines.add(new Line(i + 1, text));
            }
        }
        return lines;
    }

    private static String undecorated(String line) {
        String text = line;
        for (Decoration decoration : DECORATION) {
            text = decoration.pattern().matcher(text).replaceAll("").strip();
        }
        return text;
    }

    /** Whether the text is a sequence of tokens (showcase texts, labels, separators), spaces between them optional. */
    static boolean covered(String line) {
        String text = normalize(line);
        List<String> candidates = tokens.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        boolean[] reachable = new boolean[text.length() + 1];
        reachable[0] = true;
        for (int at = 0; at < text.length(); at++) {
            if (!reachable[at]) {
                continue;
            }
            if (text.charAt(at) == ' ') {
                reachable[at + 1] = true;
                continue;
            }
            for (String token : candidates) {
                if (text.startsWith(token, at)) {
                    reachable[at + token.length()] = true;
                }
            }
        }
        return reachable[text.length()];
    }

    /** Lower case, runs of whitespace as one space, no space at either end. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}

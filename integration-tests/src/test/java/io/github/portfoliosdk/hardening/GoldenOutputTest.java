package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The showcase rendered with the fixed test clock equals, byte for byte, the outputs checked in under
 * {@code src/test/resources/golden/}: output that changes between runs, JVMs or machines fails here, and every intended
 * change of output shows as a diff of those files in review. {@code scripts/update-golden} (which runs this test with
 * {@code -Dportfolio.updateGolden=true}) rewrites them; nothing else does.
 */
class GoldenOutputTest {

    /** Where the golden files are, relative to this module. */
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    /** Where a differing output is written, to diff against its golden file. */
    static final Path ACTUAL = Path.of("target", "golden-actual");

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of("showcase.html", HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build()),
                Arguments.of("showcase-README.md", MarkdownRenderer.builder().clock(SamplePortfolios.CLOCK).build()),
                Arguments.of("showcase-resume.json", JsonResumeRenderer.builder().build()),
                Arguments.of("showcase-cv.pdf", PdfRenderer.builder().clock(SamplePortfolios.CLOCK).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void theShowcaseRendersToTheCheckedInBytes(String name, PortfolioRenderer renderer) throws IOException {
        Portfolio showcase = PortfolioFormat.yaml().read(Checkers.showcaseFile());
        byte[] actual = renderer.toBytes(showcase);
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("portfolio.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual);
            System.out.println("golden file rewritten: " + golden.toAbsolutePath().normalize());
        }
        if (!Files.isRegularFile(golden)) {
            fail("No golden file " + golden + "; create it with scripts/update-golden and review it");
        }
        byte[] expected = Files.readAllBytes(golden);
        if (!Arrays.equals(expected, actual)) {
            Files.createDirectories(ACTUAL);
            Files.write(ACTUAL.resolve(name), actual);
            fail(name + " differs from its golden file " + firstDifference(expected, actual) + ". The output is in "
                    + ACTUAL.resolve(name) + ". If the change is intended, run scripts/update-golden and commit the diff.");
        }
        assertThat(actual).isNotEmpty();
    }

    /** Where two outputs first differ: the line, for text, else the byte offset. */
    static String firstDifference(byte[] expected, byte[] actual) {
        int at = Arrays.mismatch(expected, actual);
        List<String> expectedLines = new String(expected, StandardCharsets.UTF_8).lines().toList();
        List<String> actualLines = new String(actual, StandardCharsets.UTF_8).lines().toList();
        int line = new String(Arrays.copyOf(actual, at), StandardCharsets.ISO_8859_1).split("\n", -1).length;
        String shown = line <= expectedLines.size() && line <= actualLines.size()
                ? ": expected " + Differences.quote(cut(expectedLines.get(line - 1))) + " but was " + Differences.quote(cut(actualLines.get(line - 1)))
                : "";
        return "at byte " + at + " (line " + line + ")" + shown + "; " + expected.length + " bytes expected, " + actual.length + " rendered";
    }

    private static String cut(String line) {
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}

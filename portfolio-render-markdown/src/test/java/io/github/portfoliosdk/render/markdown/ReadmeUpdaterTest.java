package io.github.portfoliosdk.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadmeUpdaterTest {

    private static final String README = """
            # My projects

            Hand-written intro.

            <!-- portfolio:start -->
            old generated text
            <!-- portfolio:end -->

            Hand-written footer.
            """;

    @Test
    void onlyTheTextBetweenTheMarkersIsReplaced() {
        assertThat(ReadmeUpdater.update(README, "## New\n\nGenerated.\n")).isEqualTo("""
                # My projects

                Hand-written intro.

                <!-- portfolio:start -->
                ## New

                Generated.
                <!-- portfolio:end -->

                Hand-written footer.
                """);
    }

    @Test
    void updatingTwiceGivesTheSameReadme() {
        String once = ReadmeUpdater.update(README, "Generated.");
        assertThat(ReadmeUpdater.update(once, "Generated.")).isEqualTo(once);
    }

    @Test
    void bytesOutsideTheMarkersAreUntouchedIncludingWindowsLineEndsAndNoFinalNewline() {
        String readme = "Intro  \r\n\t<!-- portfolio:start -->\r\nold\r\n<!--portfolio:end-->\r\nTail without newline";
        assertThat(ReadmeUpdater.update(readme, "a\nb\n"))
                .isEqualTo("Intro  \r\n\t<!-- portfolio:start -->\r\na\r\nb\r\n<!--portfolio:end-->\r\nTail without newline");
    }

    @Test
    void emptyMarkersAreFilledAndEmptyOutputEmptiesThem() {
        String empty = "<!-- portfolio:start -->\n<!-- portfolio:end -->\n";
        assertThat(ReadmeUpdater.update(empty, "x")).isEqualTo("<!-- portfolio:start -->\nx\n<!-- portfolio:end -->\n");
        assertThat(ReadmeUpdater.update(README, "")).contains("<!-- portfolio:start -->\n<!-- portfolio:end -->\n");
    }

    @Test
    void namedSectionsHaveTheirOwnMarkers() {
        String readme = """
                <!-- portfolio:start:projects -->
                old projects
                <!-- portfolio:end:projects -->
                <!-- portfolio:start -->
                old all
                <!-- portfolio:end -->
                """;
        assertThat(ReadmeUpdater.update(readme, "projects", "new projects\n")).isEqualTo("""
                <!-- portfolio:start:projects -->
                new projects
                <!-- portfolio:end:projects -->
                <!-- portfolio:start -->
                old all
                <!-- portfolio:end -->
                """);
        assertThat(ReadmeUpdater.startMarker("projects")).isEqualTo("<!-- portfolio:start:projects -->");
        assertThat(ReadmeUpdater.endMarker("projects")).isEqualTo("<!-- portfolio:end:projects -->");
    }

    @Test
    void markersInsideALineOfTextDoNotCount() {
        String readme = "Put `<!-- portfolio:start -->` and `<!-- portfolio:end -->` in your README.\n";
        assertThatThrownBy(() -> ReadmeUpdater.update(readme, "x"))
                .isInstanceOf(ReadmeMarkersException.class)
                .hasMessage("the README has no <!-- portfolio:start --> and <!-- portfolio:end --> markers; add both,"
                        + " each on a line of its own, where the generated portfolio should go");
    }

    @Test
    void aMissingEndIsReportedWithItsLine() {
        assertThatThrownBy(() -> ReadmeUpdater.update("# T\n<!-- portfolio:start -->\ntext\n", "x"))
                .isInstanceOf(ReadmeMarkersException.class)
                .hasMessage("line 2: <!-- portfolio:start --> has no <!-- portfolio:end --> after it")
                .satisfies(e -> {
                    ReadmeMarkersException markers = (ReadmeMarkersException) e;
                    assertThat(markers.line()).isEqualTo(2);
                    assertThat(markers.startMarker()).isEqualTo("<!-- portfolio:start -->");
                });
    }

    @Test
    void aMissingStartIsReported() {
        assertThatThrownBy(() -> ReadmeUpdater.update("text\n<!-- portfolio:end -->\n", "x"))
                .isInstanceOf(ReadmeMarkersException.class)
                .hasMessage("line 2: <!-- portfolio:end --> has no <!-- portfolio:start --> before it");
    }

    @Test
    void anEndBeforeTheStartIsReported() {
        assertThatThrownBy(() -> ReadmeUpdater.update("<!-- portfolio:end -->\n<!-- portfolio:start -->\n", "x"))
                .isInstanceOf(ReadmeMarkersException.class)
                .hasMessage("line 1: <!-- portfolio:end --> comes before <!-- portfolio:start --> (line 2)");
    }

    @Test
    void aSecondStartIsReported() {
        String readme = "<!-- portfolio:start -->\na\n<!-- portfolio:start -->\nb\n<!-- portfolio:end -->\n";
        assertThatThrownBy(() -> ReadmeUpdater.update(readme, "x"))
                .isInstanceOf(ReadmeMarkersException.class)
                .hasMessage("line 3: a second <!-- portfolio:start --> marker (the first is on line 1); keep exactly one");
    }

    @Test
    void aSecondEndIsReported() {
        String readme = "<!-- portfolio:start -->\na\n<!-- portfolio:end -->\n<!-- portfolio:end -->\n";
        assertThatThrownBy(() -> ReadmeUpdater.update(readme, "x"))
                .isInstanceOf(ReadmeMarkersException.class)
                .hasMessageStartingWith("line 4: a second <!-- portfolio:end --> marker");
    }

    @Test
    void anotherSectionsMarkersDoNotStandInForTheOnesAskedFor() {
        assertThatThrownBy(() -> ReadmeUpdater.update(README, "skills", "x"))
                .isInstanceOf(ReadmeMarkersException.class)
                .hasMessageContaining("<!-- portfolio:start:skills -->");
    }

    @Test
    void sectionNamesAreSimpleWords() {
        assertThatThrownBy(() -> ReadmeUpdater.update(README, "Projects -->", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(ReadmeMarkersException.class)
                .hasMessageContaining("lower-case letters, digits and hyphens");
    }

    @Test
    void theRenderedReadmeGoesInAsIs() {
        String generated = MarkdownRenderer.builder().clock(io.github.portfoliosdk.testing.SamplePortfolios.CLOCK)
                .build().render(io.github.portfoliosdk.testing.SamplePortfolios.full());
        String updated = ReadmeUpdater.update(README, generated);
        assertThat(updated).startsWith("# My projects\n\nHand-written intro.\n\n<!-- portfolio:start -->\n" + generated
                + "<!-- portfolio:end -->\n\nHand-written footer.\n");
    }
}

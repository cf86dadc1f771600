package io.github.portfoliosdk.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import org.junit.jupiter.api.Test;

/** Sections of the user's own: from the data ({@code customSections}) and from Java ({@link Section#custom}). */
class CustomSectionsTest {

    private static final Portfolio EXAMPLE = PortfolioFormat.yaml().read(Checkers.customSectionsFile());

    private static MarkdownRenderer.Builder renderer() {
        return MarkdownRenderer.builder().clock(SamplePortfolios.CLOCK);
    }

    @Test
    void customSectionsFromTheDataGoAfterTheBuiltInContentSectionsAndBeforeContact() {
        String readme = renderer().build().render(EXAMPLE);

        assertThat(readme.lines().filter(line -> line.startsWith("## ")))
                .containsExactly("## Work history", "## Talks", "## Open source", "## Get in touch");
    }

    @Test
    void entriesWithHighlightsAreHeadedAndTheOthersAreBullets() {
        String readme = renderer().sections(Section.parse("talks").orElseThrow(), Section.parse("open-source").orElseThrow())
                .build().render(EXAMPLE);

        assertThat(readme).isEqualTo("""
                ## Talks

                ### [Caching at the edge without tears](https://conf.example.com/2025/caching-at-the-edge)

                Example Conf, Berlin · Mar 2025

                What a read-through cache in front of a slow API costs, and when it pays.

                - Live demo of cache stampede protection
                - Slides and code are online

                ### Webhooks that never lose an event

                Local Python meetup · 2024

                ## Open source

                - [example-retry](https://github.com/example/example-retry) · Maintainer — A retry library with jitter and budgets, used by a few hundred projects.
                """);
    }

    @Test
    void aSectionOfTheUsersOwnInJavaIsRetitledAndPlacedLikeABuiltInOne() {
        Section patents = Section.custom("patents", "Patents");
        String readme = renderer().sections(patents, Section.WORK).sectionTitle(patents, "Patents granted")
                .sectionRenderer(patents, MarkdownSectionRenderer.of(portfolio -> true,
                        (portfolio, context) -> context.writer().paragraph("One, pending.")))
                .build().render(EXAMPLE);

        assertThat(readme).startsWith("## Patents granted\n\nOne, pending.\n\n## Work history\n");
    }

    @Test
    void aListedSectionThatIsNeitherBuiltInNorInTheDataIsRefused() {
        MarkdownRenderer renderer = renderer().sections(Section.parse("patents").orElseThrow()).build();

        assertThatThrownBy(() -> renderer.render(EXAMPLE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sections: 'patents' is neither a built-in section nor one of the portfolio's"
                        + " custom sections");
    }
}

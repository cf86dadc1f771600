package io.github.portfoliosdk.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Sections of the user's own: from the data ({@code customSections}) and from Java ({@link Section#custom}). */
class CustomSectionsTest {

    private static final Portfolio EXAMPLE = PortfolioFormat.yaml().read(Checkers.customSectionsFile());

    private static Document page(HtmlRenderer.Builder builder, Portfolio portfolio) {
        return Jsoup.parse(builder.clock(SamplePortfolios.CLOCK).build().render(portfolio));
    }

    @Test
    void customSectionsFromTheDataGoAfterTheBuiltInContentSectionsAndBeforeContact() {
        Document page = page(HtmlRenderer.builder(), EXAMPLE);

        assertThat(page.select("section.pf-section").eachAttr("id")).containsExactly("work", "talks", "open-source", "contact");
        assertThat(page.select("nav a").eachAttr("href")).containsExactly("#work", "#talks", "#open-source", "#contact");
        assertThat(page.select("#talks").hasClass("pf-section-talks")).isTrue();
        assertThat(page.select("#talks-title").text()).isEqualTo("Talks");
        assertThat(page.select("#talks .pf-prompt").text()).isEqualTo("$ cat talks.txt");
    }

    @Test
    void aCustomEntryShowsItsTitleAsALinkSubtitleDateSummaryAndHighlights() {
        Document page = page(HtmlRenderer.builder(), EXAMPLE);

        assertThat(page.select("#talks li.pf-entry")).hasSize(2);
        assertThat(page.select("#talks li.pf-entry").first().html()).isEqualTo("""
                <h3 class="pf-entry-title"><a href="https://conf.example.com/2025/caching-at-the-edge" rel="noopener">Caching at the edge without tears</a></h3>
                <p class="pf-entry-detail">Example Conf, Berlin · <time datetime="2025-03">Mar 2025</time></p>
                <p class="pf-text">What a read-through cache in front of a slow API costs, and when it pays.</p>
                <ul class="pf-highlights">
                 <li>Live demo of cache stampede protection</li>
                 <li>Slides and code are online</li>
                </ul>""");
    }

    @Test
    void customSectionsArePlacedRetitledAndDroppedByIdLikeBuiltInOnes() {
        Document page = page(HtmlRenderer.builder()
                .sections(Section.HERO, Section.parse("open-source").orElseThrow(), Section.WORK)
                .sectionTitle(Section.custom("open-source", "x"), "Free software"), EXAMPLE);

        assertThat(page.select("section.pf-section").eachAttr("id")).containsExactly("open-source", "work");
        assertThat(page.select("h2").eachText()).containsExactly("Free software", "Work history");
    }

    @Test
    void aSectionOfTheUsersOwnInJavaHasItsRendererAndTakesItsPlaceBeforeContact() {
        Section patents = Section.custom("patents", "Patents");
        HtmlSectionRenderer renderer = HtmlSectionRenderer.of(portfolio -> true,
                (portfolio, context) -> context.writer().element("p", "pf-text", context.title() + " of " + portfolio.person().name()));
        Document page = page(HtmlRenderer.builder().sectionRenderer(patents, renderer), EXAMPLE);

        assertThat(page.select("section.pf-section").eachAttr("id"))
                .containsExactly("work", "patents", "talks", "open-source", "contact");
        assertThat(page.select("#patents .pf-section-body").text()).isEqualTo("Patents of Ada Example");
    }

    @Test
    void fragmentsPrefixTheIdsOfCustomSectionsToo() {
        Document fragment = page(HtmlRenderer.builder().fragment(true), EXAMPLE);

        assertThat(fragment.select("section").eachAttr("id")).contains("pf-talks", "pf-open-source");
        assertThat(fragment.select("a[href=#pf-talks]")).hasSize(1);
    }

    @Test
    void aListedSectionThatIsNeitherBuiltInNorInTheDataIsRefusedSayingWhichItMeant() {
        HtmlRenderer renderer = HtmlRenderer.builder().sections(Section.parse("talk").orElseThrow()).build();

        assertThatThrownBy(() -> renderer.render(EXAMPLE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sections: 'talk' is neither a built-in section nor one of the portfolio's custom sections"
                        + " (did you mean 'talks'?); its custom sections are talks, open-source");
    }

    @Test
    void theDefaultRendererOfASectionOfTheUsersOwnShowsItsEntriesInTheData() {
        HtmlSectionRenderer talks = HtmlRenderer.defaultSectionRenderer(Section.custom("talks", "Talks"));

        assertThat(talks.hasContent(EXAMPLE)).isTrue();
        assertThat(talks.hasContent(SamplePortfolios.minimal())).isFalse();
    }
}

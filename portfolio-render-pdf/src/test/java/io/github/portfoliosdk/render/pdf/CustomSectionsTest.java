package io.github.portfoliosdk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Sections of the user's own in the CV: from the data ({@code customSections}) and from Java ({@link Section#custom}). */
class CustomSectionsTest {

    private static final Portfolio EXAMPLE = PortfolioFormat.yaml().read(Checkers.customSectionsFile());

    private static PdfRenderer.Builder renderer() {
        return PdfRenderer.builder().clock(SamplePortfolios.CLOCK).embedJsonResume(false);
    }

    @Test
    void customSectionsFromTheDataHaveABookmarkEachAfterTheBuiltInOnes() throws IOException {
        byte[] pdf = renderer().build().toBytes(EXAMPLE);

        assertThat(PdfDocuments.bookmarks(pdf)).containsExactly("Ada Example", "Work history", "Talks", "Open source");
    }

    @Test
    void aSectionOfTheUsersOwnInJavaIsPrintedRetitledAndPlacedThroughThePublicWriter() throws IOException {
        Section patents = Section.custom("patents", "Patents");
        PdfSectionRenderer renderer = PdfSectionRenderer.of(portfolio -> true, (portfolio, context) ->
                context.writer().tag("p", "summary").text("patents[0]", "Cache invalidation, " + context.title()).end());
        byte[] pdf = renderer().sections(Section.HERO, patents, Section.parse("talks").orElseThrow())
                .sectionTitle(patents, "Patents granted").sectionRenderer(patents, renderer).build().toBytes(EXAMPLE);

        assertThat(PdfDocuments.bookmarks(pdf)).containsExactly("Ada Example", "Patents granted", "Talks");
        assertThat(PdfDocuments.flatText(pdf)).contains("Patents granted Cache invalidation, Patents granted Talks");
    }

    @Test
    void aWrappedBuiltInSectionKeepsOneHeading() throws IOException {
        PdfSectionRenderer builtIn = PdfRenderer.defaultSectionRenderer(Section.WORK);
        PdfSectionRenderer workAndMore = PdfSectionRenderer.of(builtIn::hasContent, (portfolio, context) -> {
            builtIn.render(portfolio, context);
            context.writer().tag("p", null).text("note", "References on request.").end();
        });
        String text = PdfDocuments.flatText(renderer().sections(Section.WORK).sectionRenderer(Section.WORK, workAndMore)
                .build().toBytes(EXAMPLE));

        assertThat(text.split("Work history", -1)).hasSize(2);
        assertThat(text).contains("Cut the p99 of the tracking API from 900 ms to 120 ms. References on request.");
    }

    @Test
    void thePublicWriterOpensOnlyTheElementsOfACvsContent() {
        PdfSectionRenderer script = PdfSectionRenderer.of(portfolio -> true,
                (portfolio, context) -> context.writer().tag("script", null));

        assertThatThrownBy(() -> renderer().sectionRenderer(Section.custom("x", "X"), script).build().toBytes(EXAMPLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a section may open [div, em, h3, li, ol, p, span, strong, ul], not 'script'");
    }

    @Test
    void textTheFontsCannotTypesetInACustomSectionIsRefusedWithItsPath() {
        Portfolio bengali = EXAMPLE.toBuilder().customSections(java.util.List.of(EXAMPLE.customSections().get(0)
                .toBuilder().title("বক্তৃতা").build())).build();

        assertThatThrownBy(() -> renderer().build().toBytes(bengali)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customSections[0].title: U+09AC BENGALI LETTER BA");
    }
}

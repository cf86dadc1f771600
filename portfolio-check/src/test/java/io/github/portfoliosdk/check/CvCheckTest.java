package io.github.portfoliosdk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link CvCheck} finds in our own CVs (nothing) and in CVs with one known fault each. */
class CvCheckTest {

    private static final CvCheck CHECK = CvCheck.create();

    @Test
    void theShowcaseCvIsCleanAndHoldsEveryFactOfItsPortfolioInOrder() {
        CheckReport report = CHECK.check(SamplePdfs.showcaseCv(), SamplePdfs.showcase());

        assertThat(report.findings()).isEmpty();
        assertThat(report.pages()).isEqualTo(2);
        assertThat(report.characters()).isGreaterThan(4000);
        assertThat(report.tikaCharacters()).isGreaterThan(4000);
        assertThat(report.facts()).isGreaterThanOrEqualTo(10);
        assertThat(report.factsFound()).isEqualTo(report.facts());
        assertThat(report.toText("cv.pdf")).startsWith("cv.pdf: clean (2 pages, ");
    }

    /** Every label language in the classic theme on A4, and every theme and paper in English. */
    static Stream<Arguments> themesPapersAndLocales() {
        List<Arguments> all = new ArrayList<>();
        for (String tag : Labels.bundledLocales()) {
            all.add(Arguments.of(Theme.CLASSIC, Paper.A4, tag));
        }
        for (Theme theme : Theme.values()) {
            for (Paper paper : Paper.values()) {
                all.add(Arguments.of(theme, paper, "en"));
            }
        }
        return all.stream().distinct();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("themesPapersAndLocales")
    void ourCvIsCleanInEveryThemePaperAndLocaleThePdfRendererSupports(Theme theme, Paper paper, String tag) {
        CheckReport report = CHECK.check(SamplePdfs.showcaseCv(theme, paper, Locale.forLanguageTag(tag)),
                SamplePdfs.showcase());

        assertThat(report.findings()).as(report.toText(tag)).isEmpty();
        assertThat(report.factsFound()).isEqualTo(report.facts()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void anImageOnlyPdfHasNoTextLayerOnEveryPageAndNoneOfThePortfoliosFacts() throws IOException {
        CheckReport report = CHECK.check(SamplePdfs.imageOnly(SamplePdfs.showcaseCv()), SamplePdfs.showcase());

        assertThat(report.characters()).isZero();
        assertThat(report.findings(Rule.NO_TEXT_LAYER)).extracting(f -> f.location().page()).containsExactly(1, 2);
        assertThat(report.findings(Rule.MISSING_FACT)).hasSize(report.facts());
        assertThat(report.factsFound()).isZero();
    }

    @Test
    void aTwoColumnPdfPrintedByChromiumFailsOnReadingOrderAtTheGutter() throws IOException {
        CheckReport report = CHECK.check(SamplePdfs.chromiumTwoColumns());

        List<Finding> columns = report.findings(Rule.READING_ORDER);
        assertThat(columns).as(report.toText("two-columns.pdf")).hasSize(1);
        Finding finding = columns.get(0);
        assertThat(finding.location().page()).isEqualTo(1);
        // the sidebar is a third of the text width (A4 less 15 mm margins): the gutter starts at about 200 pt
        assertThat(finding.location().x()).isBetween(120f, 260f);
        assertThat(finding.message()).contains("two columns side by side");
        assertThat(report.findings(Rule.UNKNOWN_HEADING)).isEmpty();
    }

    @Test
    void anEmailOnlyInTheFooterIsReportedWhereItIs() throws IOException {
        CheckReport report = CHECK.check(SamplePdfs.footerContact("ada@example.org · Page 1 of 1"));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.CONTACT_PLACEMENT);
            assertThat(f.location().page()).isEqualTo(1);
            assertThat(f.location().y()).isGreaterThan(800f);
            assertThat(f.message()).startsWith("\"ada@example.org\" is only in a page footer");
        });
    }

    @Test
    void theSameCvWithTheEmailUnderTheNameIsClean() throws IOException {
        assertThat(CHECK.check(SamplePdfs.footerContact("Page 1 of 1")).findings()).isEmpty();
    }

    @Test
    void ligatureGlyphsAreReportedWithTheirFontAndPlace() throws IOException {
        CheckReport report = CHECK.check(SamplePdfs.ligatures());

        assertThat(report.findings(Rule.UNMAPPED_GLYPH)).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("2 glyphs of the font ").contains("DejaVuSans", "are ligatures (such as \"ﬁ\")");
            assertThat(f.location().page()).isEqualTo(1);
        });
    }

    @Test
    void aFileOverTheLimitIsReported() {
        CheckReport report = CvCheck.builder().maxBytes(50_000).build().check(SamplePdfs.showcaseCv());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.FILE_SIZE);
            assertThat(f.location()).isEqualTo(Location.FILE);
            assertThat(f.message()).endsWith("applicant-tracking systems refuse files over 0.1 MB");
        });
    }

    @Test
    void aTitleTheCvDoesNotShowIsListedMissingWithItsPath() {
        Portfolio portfolio = SamplePdfs.showcase();
        List<Role> roles = new ArrayList<>(portfolio.roles());
        roles.set(1, roles.get(1).toBuilder().title("Chief Llama Officer").build());

        CheckReport report = CHECK.check(SamplePdfs.showcaseCv(), portfolio.toBuilder().roles(roles).build());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.MISSING_FACT);
            assertThat(f.message()).isEqualTo("roles[1].title \"Chief Llama Officer\" is not in the text a parser reads");
        });
        assertThat(report.factsFound()).isEqualTo(report.facts() - 1);
    }

    @Test
    void rolesInAnotherOrderThanThePortfoliosAreReportedOutOfOrder() {
        Portfolio portfolio = SamplePdfs.showcase();
        List<Role> roles = new ArrayList<>(portfolio.roles());
        Role first = roles.remove(0);
        roles.add(1, first);

        CheckReport report = CHECK.check(SamplePdfs.showcaseCv(), portfolio.toBuilder().roles(roles).build());

        assertThat(report.findings(Rule.FACT_ORDER)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("is found only before the entry it belongs to"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%PDF-1.7 not really"})
    void bytesThatAreNotAPdfAreRefused(String text) {
        assertThatThrownBy(() -> CHECK.check(text.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a PDF PDFBox can read");
    }
}

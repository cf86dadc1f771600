package io.github.portfoliosdk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Location;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.render.pdf.TypesetLines.Line;
import io.github.portfoliosdk.render.pdf.internal.CvLayout;
import io.github.portfoliosdk.render.pdf.internal.Fonts;
import io.github.portfoliosdk.render.pdf.internal.Typesetter;
import io.github.portfoliosdk.render.pdf.internal.XhtmlWriter;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CV's typography, read back from the PDF's glyphs with PDFBox: a measure of 60 to 90 characters a line for body
 * text, the name and page number at the foot of every page after the first (a pagination artifact), the contact
 * line under the name, and user text kept in its own direction on a page of the other.
 */
class TypographyTest {

    private static final float BODY = 10f;

    static Stream<Arguments> themesAndPapers() {
        return Stream.of(Theme.values()).flatMap(theme -> Stream.of(Paper.values()).map(paper -> Arguments.of(theme, paper)));
    }

    @ParameterizedTest
    @MethodSource("themesAndPapers")
    void bodyTextOfTheShowcaseRunsSixtyToNinetyCharactersALine(Theme theme, Paper paper) throws IOException {
        byte[] pdf = typeset(Showcase.load(), theme, paper, "");
        Poppler.save("typography-" + theme.id() + "-" + paper.id(), pdf);
        Measure measure = Measure.of(pdf, BODY);

        assertThat(measure.lines()).as("filled body lines measured").isGreaterThanOrEqualTo(30);
        assertThat(measure.median()).as("median characters of a filled body line").isBetween(60, 90);
    }

    @Test
    void theDenseSettingThisReplacesFailsTheSameMeasure() throws IOException {
        // 8.8pt in a 178 mm column: how the CV was set before
        byte[] pdf = typeset(Showcase.load(), Theme.CLASSIC, Paper.A4,
                "html { font-size: 8.8pt; } @page { margin-left: 16mm; margin-right: 16mm; }");
        Measure measure = Measure.of(pdf, 8.8f);

        assertThat(measure.lines()).isGreaterThanOrEqualTo(30);
        assertThat(measure.median()).isGreaterThan(90);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void everyPageAfterTheFirstEndsWithTheNameAndPageNumberAsAPaginationArtifact(Paper paper) throws IOException {
        byte[] pdf = PdfRenderer.builder().paper(paper).clock(SamplePortfolios.CLOCK).build().toBytes(Showcase.load());
        List<List<Line>> pages = TypesetLines.of(pdf);
        int count = pages.size();

        assertThat(count).isGreaterThanOrEqualTo(2);
        assertThat(last(pages.get(0)).text()).isEqualTo("1 / " + count);
        for (int page = 2; page <= count; page++) {
            String foot = "Vinayagam D — " + page + " / " + count;
            assertThat(last(pages.get(page - 1)).text()).as("foot of page %d", page).isEqualTo(foot);
            assertThat(artifactText(pdf, page)).as("artifacts of page %d", page).contains(foot);
            assertThat(taggedText(pdf, page)).as("tagged content of page %d", page).doesNotContain(foot);
        }
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }

    @Test
    void onARightToLeftPageTheFootStillReadsNameThenPageOfPages() throws IOException {
        byte[] pdf = PdfRenderer.builder().clock(SamplePortfolios.CLOCK).locale(Locale.forLanguageTag("ar")).build()
                .toBytes(Showcase.load());
        List<List<Line>> pages = TypesetLines.of(pdf);

        // glyphs left to right: "2 / 1" was the number set right to left
        assertThat(last(pages.get(0)).text()).isEqualTo("1 / " + pages.size());
        assertThat(last(pages.get(1)).text()).isEqualTo("Vinayagam D — 2 / " + pages.size());
    }

    @Test
    void everyContactDetailIsOnALineUnderTheNameAndHeadlineAsLiveLinks() throws IOException {
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada Example").headline("Backend engineer")
                .location(Location.builder().city("Lisbon").countryCode("PT").build())
                .contact(new Contact("ada@example.com", "+351 912 345 678", "https://ada.example.com/"))
                .addProfile(new Profile("GitHub", "ada", "https://github.com/ada"))
                .addProfile(new Profile("LinkedIn", "ada-example", "https://www.linkedin.com/in/ada-example"))
                .build()).build();
        byte[] pdf = PdfRenderer.builder().clock(SamplePortfolios.CLOCK).build().toBytes(portfolio);
        List<Line> first = TypesetLines.of(pdf).get(0);
        List<Line> contact = first.subList(2, first.size() - 1);

        assertThat(first.get(0).text()).isEqualTo("Ada Example");
        assertThat(first.get(1).text()).isEqualTo("Backend engineer");
        assertThat(contact).as("the contact line, wrapped between its items").allSatisfy(line -> {
            assertThat(line.isIn(BODY)).isTrue();
            assertThat(line.text()).doesNotStartWith("·").doesNotEndWith(".");
        });
        assertThat(String.join(" ", contact.stream().map(Line::text).toList()))
                .isEqualTo("Lisbon, Portugal · ada@example.com · +351 912 345 678 · ada.example.com · github.com/ada"
                        + " · linkedin.com/in/ada-example");
        assertThat(PdfDocuments.linkTargets(pdf)).containsExactly("mailto:ada@example.com", "tel:+351912345678",
                "https://ada.example.com/", "https://github.com/ada", "https://www.linkedin.com/in/ada-example");
        assertThat(PdfDocuments.bookmarks(pdf)).as("no contact section at the end").containsExactly("Ada Example");
    }

    @Test
    void theShowcasesProfileIsInTheTopBlockNotLast() throws IOException {
        byte[] pdf = PdfRenderer.builder().clock(SamplePortfolios.CLOCK).build().toBytes(Showcase.load());
        List<List<Line>> pages = TypesetLines.of(pdf);

        assertThat(pages.get(0).get(2).text())
                .isEqualTo("Chennai, Tamil Nadu, India · Experience: 2+ years · x.com/_vinyjr");
        assertThat(PdfDocuments.linkTargets(pdf)).startsWith("https://x.com/_vinyjr");
        List<Line> lastPage = pages.get(pages.size() - 1);
        assertThat(lastPage.get(lastPage.size() - 2).text()).doesNotContain("x.com");
    }

    @Test
    void anEnglishSentenceAfterAnArabicLabelKeepsItsFullStopAtItsRightEnd() throws IOException {
        byte[] pdf = typeset(labelledSentence(), Labels.of(Locale.forLanguageTag("ar")), true);
        Poppler.save("english-sentence-arabic-label", pdf);

        assertThat(fullStopAfter(pdf, "reports")).as("the full stop is right of the sentence's last letter").isTrue();
        assertThat(Poppler.logicalText(Poppler.save("english-sentence-arabic-label", pdf)))
                .contains("Slow monthly reports.");
    }

    @Test
    void withoutIsolatingUserTextTheFullStopJumpsToTheLeft() throws IOException {
        byte[] pdf = typeset(labelledSentence(), Labels.of(Locale.forLanguageTag("ar")), false);

        assertThat(fullStopAfter(pdf, "reports")).isFalse();
    }

    /** An English project whose problem is one sentence, printed after the label "Problem:" in the labels' words. */
    private static Portfolio labelledSentence() {
        return Portfolio.builder().person(Person.builder().name("Ada Example").build())
                .addProject(Project.builder().id("reports").name("Reports").problem("Slow monthly reports.").build())
                .build();
    }

    /**
     * Whether, on the line holding the word, the full stop after it lies right of every letter of the word (as it
     * does in a left-to-right sentence), rather than left of the sentence.
     */
    private static boolean fullStopAfter(byte[] pdf, String word) throws IOException {
        try (PDDocument document = PdfDocuments.load(pdf)) {
            List<TextPosition> glyphs = new ArrayList<>();
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            }.getText(document);
            List<TextPosition> latin = glyphs.stream().filter(g -> g.getUnicode().matches("[A-Za-z.]")).toList();
            TextPosition last = latin.stream().filter(g -> g.getUnicode().equals(word.substring(word.length() - 1)))
                    .reduce((a, b) -> b.getXDirAdj() > a.getXDirAdj() ? b : a).orElseThrow();
            TextPosition stop = latin.stream().filter(g -> g.getUnicode().equals(".")
                    && Math.abs(g.getYDirAdj() - last.getYDirAdj()) < 1).findFirst().orElseThrow();
            return latin.stream().filter(g -> Math.abs(g.getYDirAdj() - stop.getYDirAdj()) < 1 && g != stop)
                    .allMatch(g -> g.getXDirAdj() < stop.getXDirAdj());
        }
    }

    private static Line last(List<Line> page) {
        return page.get(page.size() - 1);
    }

    /** The text of the page drawn inside {@code /Artifact} marked content. */
    private static String artifactText(byte[] pdf, int page) throws IOException {
        return markedText(pdf, page, true);
    }

    /** The text of the page drawn inside marked content tagged for the structure tree. */
    private static String taggedText(byte[] pdf, int page) throws IOException {
        return markedText(pdf, page, false);
    }

    private static String markedText(byte[] pdf, int page, boolean artifacts) throws IOException {
        try (PDDocument document = PdfDocuments.load(pdf)) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(document.getPage(page - 1));
            StringBuilder text = new StringBuilder();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, "Artifact".equals(content.getTag()), artifacts, text);
            }
            return text.toString();
        }
    }

    private static void collect(PDMarkedContent content, boolean inArtifact, boolean artifacts, StringBuilder text) {
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph && inArtifact == artifacts) {
                text.append(glyph.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                collect(nested, inArtifact || "Artifact".equals(nested.getTag()), artifacts, text);
            }
        }
    }

    /** The CV as {@link PdfRenderer} typesets it in English, with more CSS after the layout's own (empty for none). */
    static byte[] typeset(Portfolio portfolio, Theme theme, Paper paper, String css) throws IOException {
        return typeset(portfolio, theme, paper, css, Labels.of(Locale.ENGLISH), false);
    }

    /** The CV in these labels, A4 classic, with user text isolated on a right-to-left page or not. */
    private static byte[] typeset(Portfolio portfolio, Labels labels, boolean isolate) throws IOException {
        return typeset(portfolio, Theme.CLASSIC, Paper.A4, "", labels, isolate);
    }

    private static byte[] typeset(Portfolio portfolio, Theme theme, Paper paper, String css, Labels labels,
            boolean isolate) throws IOException {
        CvLayout layout = new CvLayout(null, Map.of(), Map.of(), theme.id(), paper, SamplePortfolios.CLOCK, labels);
        XhtmlWriter writer = new XhtmlWriter(Fonts.coverage(), isolate);
        layout.write(portfolio, writer);
        String xhtml = writer.document().replace("</style>", css + "</style>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Typesetter.typeset(xhtml, null, SamplePortfolios.CLOCK.instant(), labels.language(), out);
        return out.toByteArray();
    }

    /**
     * The measure of a PDF's body text: characters in each line of the body size that the typesetter filled (its
     * right edge within 15% of the column's width from the column's right edge; a paragraph's last line, shorter,
     * is not a measure), their number and median.
     */
    record Measure(int lines, int median) {

        static Measure of(byte[] pdf, float bodySize) throws IOException {
            List<Line> body = TypesetLines.of(pdf).stream().flatMap(List::stream).filter(line -> line.isIn(bodySize))
                    .toList();
            float left = (float) body.stream().mapToDouble(Line::left).min().orElseThrow();
            float right = (float) body.stream().mapToDouble(Line::right).max().orElseThrow();
            float ragged = (right - left) * 0.15f;
            int[] lengths = body.stream().filter(line -> line.right() >= right - ragged)
                    .mapToInt(line -> line.text().length()).sorted().toArray();
            return new Measure(lengths.length, lengths.length == 0 ? 0 : lengths[lengths.length / 2]);
        }
    }
}

package io.github.portfoliosdk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.WorkMode;
import io.github.portfoliosdk.testing.EnglishLabels;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PDF in German or French has the labels of its language and no English one left outside user text, says which
 * language it is in, and a locale whose labels the fonts cannot typeset is refused before anything is rendered.
 */
class PdfLocaleTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr"})
    void theShowcaseHasNoEnglishLabel(String tag) throws IOException {
        assertNoEnglish(tag, "showcase", Showcase.load(), Section.defaultOrder());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr"})
    void aCvWithEverySectionHasNoEnglishLabel(String tag) throws IOException {
        assertNoEnglish(tag, "every-section", EnglishLabels.everySection(), Section.defaultOrder());
    }

    @Test
    void germanHasGermanTitlesFieldNamesDatesAndYears() throws IOException {
        Path file = Poppler.save("showcase-de", renderer(PdfRenderer.builder().locale(Locale.GERMAN))
                .toBytes(Showcase.load()));
        String text = Poppler.text(file).replaceAll("\\s+", " ");
        assertThat(text).contains("Berufserfahrung", "Ausgewählte Projekte", "Problem:", "Lösung:", "Wirkung:",
                "Erfahrung: 2+ Jahre", "Feb. 2026 – heute", "Okt. 2023 – Okt. 2025", "Praktikum", "Technik:",
                "Haupttechnologien:");
        assertThat(Poppler.info(file)).contains("Subject:         Lebenslauf von Vinayagam D");
    }

    @Test
    void aRolesWorkModeIsInTheLabelsLanguage() throws IOException {
        Portfolio sample = SamplePortfolios.full();
        List<Role> roles = new ArrayList<>(sample.roles());
        roles.set(0, roles.get(0).toBuilder().workMode(WorkMode.ONSITE).build());
        Portfolio onSite = sample.toBuilder().roles(roles).build();

        assertThat(PdfDocuments.flatText(renderer(PdfRenderer.builder().locale(Locale.GERMAN)).toBytes(onSite)))
                .contains("(" + Labels.of(Locale.GERMAN).text("work-mode.onsite") + ")").doesNotContain("On-site");
        assertThat(PdfDocuments.flatText(renderer(PdfRenderer.builder()).toBytes(onSite))).contains("(On-site)");
    }

    @Test
    void frenchHasFrenchTitlesFieldNamesAndDates() throws IOException {
        Path file = Poppler.save("showcase-fr", renderer(PdfRenderer.builder().locale(Locale.FRENCH))
                .toBytes(Showcase.load()));
        String text = Poppler.text(file).replaceAll("\\s+", " ");
        // French writes a no-break space before a colon (Labels.field), which pdftotext reads as a space
        assertThat(text).contains("Parcours professionnel", "Problème :", "Solution :",
                "févr. 2026 – aujourd’hui");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "pt-BR"})
    void theDocumentLanguageIsTheLabelsLanguage(String tag) throws IOException {
        byte[] pdf = renderer(PdfRenderer.builder().locale(Locale.forLanguageTag(tag))).toBytes(Showcase.load());
        try (PDDocument document = PdfDocuments.load(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(tag);
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            assertThat(new String(metadata.toByteArray(), StandardCharsets.UTF_8)).contains("<dc:language><rdf:Bag><rdf:li>" + tag + "</rdf:li></rdf:Bag></dc:language>");
        }
    }

    @Test
    void aLocaleWithoutCatalogueIsLabelledAsTheEnglishItShows() throws IOException {
        byte[] pdf = renderer(PdfRenderer.builder().locale(Locale.forLanguageTag("sw"))).toBytes(Showcase.load());
        try (PDDocument document = PdfDocuments.load(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
        assertThat(PdfDocuments.flatText(pdf)).contains("Work history");
    }

    @Test
    void theUsersWordingWinsOverTheCatalogue() throws IOException {
        Labels mine = Labels.of(Locale.GERMAN).with("present", "jetzt").with("section.work", "Wo ich gearbeitet habe");
        String text = PdfDocuments.flatText(renderer(PdfRenderer.builder().labels(mine)).toBytes(Showcase.load()));
        assertThat(text).contains("Wo ich gearbeitet habe", "Feb. 2026 – jetzt").doesNotContain("Berufserfahrung");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "zh-Hans"})
    void aChineseOrJapaneseCvHasItsLabelsEmbedsSubsetsUnderAMegabyteAndPassesPdfUaAndPdfA(String tag)
            throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        byte[] pdf = renderer(PdfRenderer.builder().sections(Section.defaultOrder()).locale(locale))
                .toBytes(EnglishLabels.everySection());
        Path file = Poppler.save("every-section-" + tag, pdf);
        Labels labels = Labels.of(locale);
        assertThat(Poppler.text(file)).contains(labels.text("section.work"), labels.text("section.projects"),
                labels.text("section.contact"), labels.text("present"));
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
        assertThat(Poppler.fonts(file)).isNotEmpty().allSatisfy(row ->
                assertThat(row).matches(".*\\bCID TrueType\\b.*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*"));
        assertThat(String.join("\n", Poppler.fonts(file))).contains(tag.equals("ja") ? "NotoSansJP" : "NotoSansSC");
        assertThat(pdf.length).as("bytes").isLessThan(1_000_000);
        assertNoEnglish(tag, "every-section", EnglishLabels.everySection(), Section.defaultOrder());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "he", "ta", "hi"})
    void aRightToLeftOrShapedLocaleHasItsLabelsInLogicalOrderAndPassesPdfUaAndPdfA(String tag) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        byte[] pdf = renderer(PdfRenderer.builder().sections(Section.defaultOrder()).locale(locale))
                .toBytes(EnglishLabels.everySection());
        Path file = Poppler.save("every-section-" + tag, pdf);
        Labels labels = Labels.of(locale);
        String text = Poppler.logicalText(file);
        assertThat(text).contains(labels.text("section.work"), labels.text("section.projects"),
                labels.text("section.contact"), labels.text("present"));
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
        assertThat(Poppler.fonts(file)).isNotEmpty().allSatisfy(row ->
                assertThat(row).matches(".*\\bCID TrueType\\b.*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*"));
        assertThat(String.join("\n", Poppler.fonts(file))).contains(switch (tag) {
            case "ar" -> "NotoSansArabic";
            case "he" -> "NotoSansHebrew";
            case "ta" -> "NotoSansTamil";
            default -> "NotoSansDevanagari";
        });
        try (PDDocument document = PdfDocuments.load(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(tag);
        }
        assertNoEnglish(tag, "every-section", EnglishLabels.everySection(), Section.defaultOrder());
    }

    @Test
    void arabicAndHebrewUserTextReadsBackAsWrittenBesideLatinAndNumbers() throws IOException {
        String name = "ليلى عبد الله";
        String headline = "مهندسة برمجيات أولى في Python و Go منذ 2019 حتى الآن، عن بُعد";
        String tagline = "בונה מערכות תשלומים";
        // no brackets: a right-to-left line draws "(" as the glyph of ")", which pdftotext reads as ")" (it does not
        // mirror back), whatever the PDF's producer
        String summary = "בניתי מערכות תשלומים עם Kafka ו-PostgreSQL המשרתות 200,000 משתמשים.";
        String english = "Payments platform for 200K+ users (Kafka, PostgreSQL).";
        Portfolio portfolio = Portfolio.builder()
                .person(io.github.portfoliosdk.model.Person.builder().name(name).headline(headline).summary(summary)
                        .build())
                .addRole(Role.builder().title(tagline).summary(english).build())
                .build();
        for (String tag : List.of("en", "ar", "he")) {
            byte[] pdf = renderer(PdfRenderer.builder().locale(Locale.forLanguageTag(tag))).toBytes(portfolio);
            Path file = Poppler.save("arabic-hebrew-user-text-" + tag, pdf);
            List<String> lines = Poppler.text(file).lines().map(String::strip).toList();
            // lines of one direction read back exactly as written
            assertThat(lines.stream().map(PdfLocaleTest::withoutBidiControls)).as(tag).contains(name, tagline, english);
            // pdftotext writes a line of both directions as its runs in display order, each marked with the
            // embedding controls of its direction (U+202A, U+202B, U+202C): shown by the bidi algorithm, it reads
            // as the text the user wrote, character for character
            assertThat(lines.stream().map(PdfLocaleTest::displayed)).as(tag)
                    .contains(displayed(headline), displayed(summary));
            assertThat(VeraPdf.failedRules(pdf)).as(tag).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "he"})
    void aRightToLeftDateLineWithAnEnglishPlaceReadsBackWholeByPositionAsApplicantTrackingSystemsRead(String tag)
            throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        PartialDate start = PartialDate.parse("2023-02");
        PartialDate end = PartialDate.parse("2023-07");
        Portfolio portfolio = Portfolio.builder()
                .person(io.github.portfoliosdk.model.Person.builder().name("Ada Lovelace").build())
                .addRole(Role.builder().kind(RoleKind.INTERNSHIP).title("PHP Development Intern")
                        .location("Chennai, India").period(Period.of(start, end)).build())
                .build();
        byte[] pdf = renderer(PdfRenderer.builder().locale(locale)).toBytes(portfolio);

        String line;
        try (PDDocument document = PdfDocuments.load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // PDFBox and Tika read glyphs by position and turn each line by its first letter from the left
            stripper.setSortByPosition(true);
            line = stripper.getText(document).lines().filter(l -> l.contains("Chennai")).findFirst().orElseThrow();
        }
        // each date whole, in the order written: a Latin place at the line's left end used to take the end's year
        assertThat(line.replaceAll("\\s+", " ")).as(tag).contains(start.format(locale) + " – " + end.format(locale))
                .contains(Labels.of(locale).text("internship"));
    }

    private static String withoutBidiControls(String text) {
        return text.replaceAll("[\\u202A-\\u202E]", "");
    }

    /** The text as a bidi-aware display shows it on one line, from left to right, its direction from its first letter. */
    private static String displayed(String text) {
        com.ibm.icu.text.Bidi bidi = new com.ibm.icu.text.Bidi(text, com.ibm.icu.text.Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING | com.ibm.icu.text.Bidi.REMOVE_BIDI_CONTROLS)
                .replaceAll("\\s+", " ");
    }

    @Test
    void theCheckFindsEnglishLabelsInAPdfThatClaimsToBeGerman() throws IOException {
        Portfolio portfolio = EnglishLabels.everySection();
        String english = shown(renderer(PdfRenderer.builder().sections(Section.defaultOrder())).toBytes(portfolio));
        String userOnly = shown(renderer(PdfRenderer.builder().sections(Section.defaultOrder())
                .labels(EnglishLabels.blank())).toBytes(portfolio));
        assertThat(EnglishLabels.leaks(Locale.GERMAN, english, userOnly)).containsKeys("section.work=Work history",
                "present=present", "courses=Courses", "primary-stack=Primary stack", "cv-of=Curriculum vitae of");
    }

    private static void assertNoEnglish(String tag, String name, Portfolio portfolio, List<Section> sections)
            throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        byte[] pdf = renderer(PdfRenderer.builder().sections(sections).locale(locale)).toBytes(portfolio);
        Poppler.save(name + "-" + tag, pdf);
        String userOnly = shown(renderer(PdfRenderer.builder().sections(sections).labels(EnglishLabels.blank()))
                .toBytes(portfolio));
        assertThat(EnglishLabels.leaks(locale, shown(pdf), userOnly)).as("English labels in the %s PDF", tag).isEmpty();
    }

    private static PdfRenderer renderer(PdfRenderer.Builder builder) {
        return builder.clock(SamplePortfolios.CLOCK).embedJsonResume(false).build();
    }

    /** What a reader or screen reader gets: the text in reading order, the bookmarks and the document's subject. */
    private static String shown(byte[] pdf) throws IOException {
        StringBuilder shown = new StringBuilder(PdfDocuments.flatText(pdf));
        PdfDocuments.bookmarks(pdf).forEach(bookmark -> shown.append('\n').append(bookmark));
        try (PDDocument document = PdfDocuments.load(pdf)) {
            shown.append('\n').append(document.getDocumentInformation().getSubject());
        }
        return shown.toString();
    }
}

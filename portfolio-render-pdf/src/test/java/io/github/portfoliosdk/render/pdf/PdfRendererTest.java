package io.github.portfoliosdk.render.pdf;

import io.github.portfoliosdk.render.pdf.internal.Coverage;
import io.github.portfoliosdk.render.pdf.internal.Fonts;
import io.github.portfoliosdk.render.pdf.internal.XhtmlWriter;

import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.Paper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.ReadResult;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final PdfRenderer RENDERER = PdfRenderer.builder().clock(SamplePortfolios.CLOCK).build();

    @Test
    void isThePdfFormatAndIsFoundByName() {
        assertThat(RENDERER.format()).isEqualTo("pdf");
        assertThat(RENDERER.mediaType()).isEqualTo("application/pdf");
        assertThat(PortfolioRenderers.forFormat("pdf")).get().isInstanceOf(PdfRenderer.class);
    }

    @Test
    void theProviderNamesTheFileAsTheCommandLineDoesAndAppliesEverySharedOption() throws IOException {
        PortfolioRendererProvider provider = PortfolioRenderers.provider("pdf").orElseThrow();
        RenderOptions options = RenderOptions.builder().locale(Locale.GERMAN).paper(Paper.LETTER).theme(Theme.TERMINAL)
                .sections(List.of(Section.HERO, Section.WORK)).tags(Set.of("backend"))
                .clock(Clock.fixed(Instant.parse("2030-01-02T03:04:05Z"), ZoneOffset.UTC)).build();

        byte[] pdf = provider.create(options).toBytes(SamplePortfolios.full());

        assertThat(provider.fileName()).isEqualTo("cv.pdf");
        assertThat(PdfDocuments.bookmarks(pdf)).containsExactly(SamplePortfolios.full().person().name(), "Berufserfahrung");
        try (PDDocument document = PdfDocuments.load(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.LETTER.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2030-01-02T03:04:05Z"));
        }
        String exported = new String(PdfRenderer.embeddedJsonResume(pdf).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(exported).as("the embedded export is the tailored variant")
                .isEqualTo(JsonResumeRenderer.builder().tags(Set.of("backend")).build().render(SamplePortfolios.full()))
                .isNotEqualTo(JsonResumeRenderer.builder().build().render(SamplePortfolios.full()));
    }

    @Test
    void everyDateInTheFileIsTheClocksSoTwoRunsAtOtherTimesGiveTheSameBytes() throws Exception {
        Portfolio showcase = Showcase.load();
        byte[] first = PdfRenderer.builder().clock(SamplePortfolios.CLOCK).build().toBytes(showcase);
        Thread.sleep(1100);
        byte[] second = PdfRenderer.builder().clock(SamplePortfolios.CLOCK).build().toBytes(showcase);

        assertThat(second).isEqualTo(first);
        Instant now = SamplePortfolios.CLOCK.instant();
        int found = 0;
        try (PDDocument document = PdfDocuments.load(first)) {
            PDDocumentInformation information = document.getDocumentInformation();
            assertThat(information.getCreationDate().toInstant()).isEqualTo(now);
            assertThat(information.getModificationDate()).as("no modification date, or the clock's")
                    .satisfiesAnyOf(date -> assertThat(date).isNull(), date -> assertThat(date.toInstant()).isEqualTo(now));
            PDEmbeddedFile attachment = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("resume.json").getEmbeddedFileUnicode();
            assertThat(attachment.getCreationDate().toInstant()).isEqualTo(now);
            assertThat(attachment.getModDate().toInstant()).isEqualTo(now);
            found += 3;
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            java.util.regex.Matcher xmpDates = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[0-9:]+").matcher(xmp);
            while (xmpDates.find()) {
                assertThat(xmpDates.group()).as("an XMP date").startsWith("2026-11-25T12:00:00");
                found++;
            }
        }
        assertThat(found).as("dates checked").isGreaterThanOrEqualTo(4);
    }

    @Test
    void theShowcaseFitsOnAtMostThreePagesOfA4AndOfLetter() throws IOException {
        for (Paper paper : Paper.values()) {
            byte[] pdf = PdfRenderer.builder().paper(paper).clock(SamplePortfolios.CLOCK).build().toBytes(Showcase.load());
            try (PDDocument document = PdfDocuments.load(pdf)) {
                assertThat(document.getNumberOfPages()).as("%s pages", paper).isBetween(1, 3);
                PDRectangle size = document.getPage(0).getMediaBox();
                PDRectangle expected = paper == Paper.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
                assertThat(size.getWidth()).as("%s width", paper).isCloseTo(expected.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(size.getHeight()).as("%s height", paper).isCloseTo(expected.getHeight(), org.assertj.core.data.Offset.offset(1f));
            }
        }
    }

    @Test
    void titleAuthorAndLanguageAreInTheDocumentAndItsXmp() throws IOException {
        byte[] pdf = RENDERER.toBytes(Showcase.load());
        try (PDDocument document = PdfDocuments.load(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Vinayagam D — Python Backend Engineer");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Vinayagam D");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("Vinayagam D — Python Backend Engineer", "<rdf:li>Vinayagam D</rdf:li>",
                    "2026-11-25T12:00:00");
        }
    }

    @Test
    void eachShownSectionHasABookmarkInOrder() {
        byte[] pdf = RENDERER.toBytes(Showcase.load());
        assertThat(PdfDocuments.bookmarks(pdf))
                .containsExactly("Vinayagam D", "Work history", "Selected projects", "Tech stack");
    }

    @Test
    void designNotesAndSystemDesignPrintOnlyWhenAsked() throws IOException {
        Portfolio full = SamplePortfolios.full();
        String byDefault = PdfDocuments.flatText(RENDERER.toBytes(full));
        assertThat(byDefault).doesNotContain("System design notes", "Designing Webhook Processing Systems");
        byte[] asked = PdfRenderer.builder().clock(SamplePortfolios.CLOCK)
                .sections(List.of(Section.HERO, Section.DESIGN_NOTES, Section.SYSTEM_DESIGN)).build().toBytes(full);
        assertThat(PdfDocuments.bookmarks(asked)).containsExactly(full.person().name(), "System design notes", "System design");
        assertThat(PdfDocuments.flatText(asked)).contains("Designing Webhook Processing Systems", "Enqueue, then answer.");
    }

    @Test
    void linksAreClickableOnlyWhereTheLinkPolicyAllows() throws IOException {
        List<String> showcase = PdfDocuments.linkTargets(RENDERER.toBytes(Showcase.load()));
        assertThat(showcase).contains("https://x.com/_vinyjr").allMatch(LinkPolicy::isLink);

        // valid URLs of a scheme that is not a link (javascript: is refused with the portfolio: see the invalid test)
        Portfolio scripted = SamplePortfolios.full(text -> text, "skype:alert(1)//");
        byte[] pdf = PdfRenderer.builder().clock(SamplePortfolios.CLOCK)
                .sections(Section.defaultOrder()).build().toBytes(scripted);
        assertThat(PdfDocuments.linkTargets(pdf)).allMatch(LinkPolicy::isLink).noneMatch(url -> url.contains("skype"));
        assertThat(PdfDocuments.flatText(pdf)).contains("Civic Services Platform");
    }

    @Test
    void longUnbrokenWordsAndUrlsWrapInsideTheRightMargin() throws IOException {
        String longUrl = "https://example.com/" + "averyveryverylongpathsegment".repeat(8);
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name("Ada").headline("Supercalifragilisticexpialidocious".repeat(5))
                        .contact(new Contact("ada@example.com", null, longUrl)).build())
                .build();
        byte[] pdf = RENDERER.toBytes(portfolio);

        float rightMargin = PDRectangle.A4.getWidth() - 25 / 25.4f * 72; // 25 mm
        assertThat(PdfDocuments.rightmostText(pdf)).isLessThanOrEqualTo(rightMargin + 1);
        // the contact line shows the address as people write it, without "https://"
        assertThat(PdfDocuments.flatText(pdf).replace(" ", "")).contains(longUrl.substring("https://".length()));
        assertThat(PdfDocuments.linkTargets(pdf)).contains(longUrl);
    }

    @Test
    void theSameInputAndClockGiveTheSameBytes() {
        Portfolio showcase = Showcase.load();
        assertThat(RENDERER.toBytes(showcase)).isEqualTo(RENDERER.toBytes(showcase));
    }

    @Test
    void greekAndCyrillicPrintAndReadBackLiterally() throws IOException {
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name("Σωκράτης Αθηναῖος").headline("Инженер-программист").build())
                .addRole(Role.builder().title("Ingénieure logicielle — Zürich, Kraków, Ærøskøbing").build())
                .build();
        String text = PdfDocuments.flatText(RENDERER.toBytes(portfolio));
        assertThat(text).contains("Σωκράτης Αθηναῖος", "Инженер-программист", "Ingénieure logicielle — Zürich, Kraków, Ærøskøbing");
    }

    @Test
    void textTheFontsCannotTypesetIsRefusedWithEveryFieldAndCharacterBeforeAnythingIsWritten() {
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name("Ada").headline("বাংলা engineer").build())
                .addRole(Role.builder().title("ਆ ქ").build())
                .addRole(Role.builder().title("Rocket \uDB40\uDC00 scientist").build())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> RENDERER.write(portfolio, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the PDF cannot typeset 8 characters") // 5 Bengali, Gurmukhi, Georgian, unassigned
                .hasMessageContaining("\n  person.headline: U+09AC BENGALI LETTER BA, U+09BE BENGALI VOWEL SIGN AA, U+0982"
                        + " BENGALI SIGN ANUSVARA, U+09B2 BENGALI LETTER LA (Bengali script)\n")
                .hasMessageContaining("\n  roles[0].title: U+0A06 GURMUKHI LETTER AA (Gurmukhi script); U+10E5 GEORGIAN"
                        + " LETTER KHAR (Georgian script)\n")
                .hasMessageEndingWith("\n  roles[1].title: U+E0000 (unassigned) (no glyph in the fonts)")
                .hasMessageContaining("(it covers Latin, Greek, Cyrillic, Arabic, Hebrew, Tamil, Devanagari, Chinese and Japanese)")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(4));
        assertThat(out.size()).isZero();
    }

    @Test
    void emojiPrintInTheMonochromeEmojiFontAndAVariationSelectorIsLeftOut() throws IOException {
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name("Ada \uD83D\uDE80").headline("I \u2665\uFE0F open source \u2728").build())
                .addRole(Role.builder().title("Rocket \uD83D\uDE80 scientist \uD83D\uDC69\u200D\uD83D\uDCBB").build())
                .build();
        byte[] pdf = RENDERER.toBytes(portfolio);
        String text = PdfDocuments.flatText(pdf);
        assertThat(text).contains("Ada \uD83D\uDE80", "I \u2665 open source \u2728", "Rocket \uD83D\uDE80 scientist")
                .doesNotContain("\uFE0F");
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }

    @Test
    void japaneseTextPrintsInTheOptionalFontsAndReadsBackAsWritten() throws IOException {
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name("山田 花子").headline("日本の日本語エンジニア").summary("東京で働く。")
                        .build())
                .build();
        byte[] pdf = RENDERER.toBytes(portfolio);
        assertThat(PdfDocuments.flatText(pdf)).contains("山田 花子", "日本の日本語エンジニア", "東京で働く。");
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }

    @Test
    void withoutTheOptionalFontsJapaneseIsRefusedWithOneLinePerFieldAndTheArtifactNamed() {
        Coverage latinOnly = new Coverage(new java.util.BitSet(), false);
        XhtmlWriter writer = new XhtmlWriter(latinOnly);
        writer.text("person.headline", "日本の日本語");
        writer.text("person.summary", "東京で働く");

        assertThat(writer.problems()).containsExactly(
                "person.headline: " + named("日本語") + " (Han script); " + named("の") + " (Hiragana script)",
                "person.summary: " + named("東京働") + " (Han script); " + named("でく") + " (Hiragana script)");
        assertThat(latinOnly.scripts()).isEqualTo("Latin, Greek, Cyrillic, Arabic, Hebrew, Tamil and Devanagari");
        assertThat(latinOnly.advice(writer.refusedScripts())).isEqualTo("; Chinese and Japanese text needs the"
                + " optional artifact io.github.portfoliosdk:portfolio-render-pdf-fonts-cjk on the class path or"
                + " module path");
        assertThat(latinOnly.advice(java.util.Set.of("Tamil"))).isEmpty();
        assertThat(Fonts.coverage().scripts()).isEqualTo("Latin, Greek, Cyrillic, Arabic, Hebrew, Tamil, Devanagari, Chinese and Japanese");
    }

    /** Each character as the message names it: code point and Unicode name (CJK names differ between JDKs). */
    private static String named(String characters) {
        return String.join(", ", characters.codePoints()
                .mapToObj(c -> String.format(java.util.Locale.ROOT, "U+%04X %s", c, Character.getName(c))).toList());
    }

    @Test
    void theJsonResumeExportIsEmbeddedAndReadsBackIntoAnEqualModel() {
        Portfolio showcase = Showcase.load();
        byte[] pdf = RENDERER.toBytes(showcase);
        byte[] export = JsonResumeRenderer.builder().build().toBytes(showcase);

        byte[] embedded = PdfRenderer.embeddedJsonResume(pdf).orElseThrow();

        assertThat(embedded).isEqualTo(export);
        Portfolio fromPdf = JsonResumeImporter.create().read(new String(embedded, StandardCharsets.UTF_8), "cv.pdf");
        Portfolio fromExport = JsonResumeImporter.create().read(new String(export, StandardCharsets.UTF_8), "resume.json");
        assertThat(fromPdf).isEqualTo(fromExport);
        assertThat(fromPdf.person().name()).isEqualTo("Vinayagam D");
    }

    @Test
    void aTailoredVariantPrintsAndEmbedsOnlyTheTaggedAndUntaggedItems() throws IOException {
        PdfRenderer featured = PdfRenderer.builder().clock(SamplePortfolios.CLOCK).tags(java.util.Set.of("featured")).build();
        Portfolio variant = SamplePortfolios.full().tailored(java.util.Set.of("featured"));

        byte[] pdf = featured.toBytes(SamplePortfolios.full());

        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Civic Services Platform").doesNotContain("Built tracking.");
        assertThat(PdfRenderer.embeddedJsonResume(pdf)).get()
                .isEqualTo(JsonResumeRenderer.builder().build().toBytes(variant));
        assertThat(featured.toBytes(SamplePortfolios.full())).isEqualTo(pdf);
        assertThatThrownBy(() -> PdfRenderer.builder().tags(java.util.Set.of("backnd")).build().toBytes(SamplePortfolios.full()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean 'backend'?");
    }

    @Test
    void aCvReadsBackAsAPortfolioFileOfItsOwn() {
        Portfolio showcase = Showcase.load();
        byte[] pdf = RENDERER.toBytes(showcase);

        ReadResult read = PortfolioFiles.read(pdf, "cv.pdf", ReadOptions.STRICT);

        assertThat(read.format()).isEqualTo("pdf");
        assertThat(read.portfolio()).isEqualTo(showcase);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aPdfWithoutTheEmbeddedDocumentIsALocatedProblem() {
        byte[] bare = PdfRenderer.builder().embedJsonResume(false).build().toBytes(Showcase.load());

        assertThatThrownBy(() -> PortfolioFiles.read(bare, "scan.pdf", ReadOptions.STRICT))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("scan.pdf: this PDF has no embedded resume.json");
        assertThatThrownBy(() -> PortfolioFiles.read("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), "broken.pdf",
                ReadOptions.STRICT))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("broken.pdf: not a readable PDF");
    }

    @Test
    void theEmbeddedExportCanBeConfiguredOrLeftOut() {
        Portfolio showcase = Showcase.load();
        JsonResumeRenderer plain = JsonResumeRenderer.builder().portfolioProperties(false).build();
        byte[] configured = PdfRenderer.builder().clock(SamplePortfolios.CLOCK).jsonResume(plain).build().toBytes(showcase);
        assertThat(PdfRenderer.embeddedJsonResume(configured)).get().isEqualTo(plain.toBytes(showcase));

        PdfRenderer without = PdfRenderer.builder().embedJsonResume(false).build();
        assertThat(without.embedsJsonResume()).isFalse();
        assertThat(PdfRenderer.embeddedJsonResume(without.toBytes(showcase))).isEmpty();

        assertThatThrownBy(() -> PdfRenderer.builder().jsonResume(PortfolioRenderers.forFormat("pdf").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("json-resume");
        assertThatThrownBy(() -> PdfRenderer.embeddedJsonResume("not a pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInvalidPortfolioMadeWithTheRecordConstructorIsRefusedWithItsProblemsAndNothingIsWritten() {
        Portfolio invalid = SamplePortfolios.invalidThroughConstructor();
        for (PdfRenderer renderer : List.of(PdfRenderer.create(), PdfRenderer.builder().embedJsonResume(false).build())) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            assertThatThrownBy(() -> renderer.write(invalid, output))
                    .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.problems())
                            .map(Problem::toString).containsExactlyElementsOf(SamplePortfolios.INVALID_PROBLEMS));
            assertThat(output.size()).isZero();
        }
    }

    @Test
    void aClosedOutputIsReportedInWordsNotAsNull(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.io.OutputStream closed = java.nio.file.Files.newOutputStream(dir.resolve("cv.pdf"));
        closed.close();
        assertThatThrownBy(() -> RENDERER.write(SamplePortfolios.minimal(), closed))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("could not write the PDF: the output is closed");
    }
}

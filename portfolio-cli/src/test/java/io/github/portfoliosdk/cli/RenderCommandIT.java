package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.CliProcess.Result;
import io.github.portfoliosdk.testing.SamplePortfolios;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio render}, run as a process. */
class RenderCommandIT {

    @TempDir
    Path dir;

    private final String name = SamplePortfolios.full().person().name();

    @Test
    void rendersAnHtmlPageToStandardOutputWhenNoOutputIsGiven() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "render", "portfolio.yaml");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).isEmpty();
        Document page = Jsoup.parse(result.stdout());
        assertThat(page.title()).contains(name);
        assertThat(page.selectFirst("h1").text()).contains(name);
        assertThat(dir.toFile().list()).containsExactly("portfolio.yaml");
    }

    @Test
    void writesIndexHtmlReadmeResumeJsonAndCvPdfIntoTheFolderAndPrintsTheirPaths() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "all", "-o", "site");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEmpty();
        // in the order of the formats' names: docx, html, json-resume, markdown, pdf, text
        assertThat(result.errorLines()).containsExactly(
                "wrote " + Path.of("site", "cv.docx"),
                "wrote " + Path.of("site", "index.html"),
                "wrote " + Path.of("site", "resume.json"),
                "wrote " + Path.of("site", "README.md"),
                "wrote " + Path.of("site", "cv.pdf"),
                "wrote " + Path.of("site", "cv.txt"));
        assertThat(Jsoup.parse(Inputs.read(dir.resolve("site/index.html"))).title()).contains(name);
        assertThat(Inputs.read(dir.resolve("site/README.md"))).contains(name);
        assertThat(Inputs.read(dir.resolve("site/resume.json"))).contains("\"basics\"").contains(name);
        assertThat(dir.resolve("site").toFile().list()).containsExactlyInAnyOrder("index.html", "README.md", "resume.json", "cv.pdf",
                "cv.docx", "cv.txt");
    }

    @Test
    void rendersAPdfCvWhoseEmbeddedJsonResumeIsTheJsonResumeOutput() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result pdf = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf", "-o", "cv.pdf");
        Result json = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "json-resume");

        assertThat(pdf.exitCode()).as(pdf.toString()).isZero();
        assertThat(pdf.errorLines()).containsExactly("wrote cv.pdf");
        byte[] cv = Inputs.readBytes(dir.resolve("cv.pdf"));
        assertThat(new String(PdfRenderer.embeddedJsonResume(cv).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo(json.stdout());
        assertThat(pageSize(cv)).as("A4 in points").isEqualTo("595 x 842");
    }

    @Test
    void paperChoosesUsLetter() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result pdf = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf", "--paper", "letter", "-o", "cv.pdf");

        assertThat(pdf.exitCode()).as(pdf.toString()).isZero();
        assertThat(pageSize(Inputs.readBytes(dir.resolve("cv.pdf")))).as("US Letter in points").isEqualTo("612 x 792");
    }

    @Test
    void textThePdfCannotTypesetNamesTheFormatTheFieldAndTheCharacterAndWithAllFormatsNothingIsWritten() {
        Inputs.write(dir.resolve("portfolio.yaml"), "person:\n  name: \"Ada \uD83D\uDE80\"\n  headline: \"মানুষ engineer \u2665\uFE0F\"\n");

        Result pdf = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "all", "-o", "site");

        assertThat(pdf.exitCode()).as(pdf.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(pdf.stderr()).contains("portfolio.yaml: the pdf format cannot render it (the portfolio is valid): the PDF "
                        + "cannot typeset ", "person.headline: U+09AE BENGALI LETTER MA",
                "nothing written: 1 of the 6 formats cannot render it").doesNotContain("ROCKET", "U+2665", "U+FE0F");
        assertThat(dir.toFile().list()).containsExactly("portfolio.yaml");
    }

    private static String pageSize(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            return Math.round(box.getWidth()) + " x " + Math.round(box.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eachFormatRendersAloneToStandardOutputTheSameAsIntoTheFolder() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        CliProcess.run(dir, "render", "portfolio.yaml", "-f", "all", "-o", "site");

        assertThat(CliProcess.run(dir, "render", "portfolio.yaml", "-f", "html").stdout())
                .isEqualTo(Inputs.read(dir.resolve("site/index.html")));
        assertThat(CliProcess.run(dir, "render", "portfolio.yaml", "-f", "markdown").stdout())
                .isEqualTo(Inputs.read(dir.resolve("site/README.md")));
        assertThat(CliProcess.run(dir, "render", "portfolio.yaml", "-f", "json-resume").stdout())
                .isEqualTo(Inputs.read(dir.resolve("site/resume.json")));
    }

    @Test
    void aFolderAsOutputOfOneFormatGetsThatFormatsUsualFileName() throws IOException {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        Files.createDirectory(dir.resolve("docs"));

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "markdown", "-o", "docs");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Inputs.read(dir.resolve("docs/README.md"))).contains(name);
    }

    @Test
    void readsStandardInputWhenTheInputIsADash() {
        Result result = CliProcess.runWithInput(dir, Inputs.fullYaml(), "render", "-", "-f", "markdown");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains(name);
    }

    @Test
    void tellsJsonResumeFromOurFormatByContentWhateverTheFileIsCalled() {
        Inputs.write(dir.resolve("resume.txt"), Inputs.jsonResume(SamplePortfolios.full()));

        Result result = CliProcess.run(dir, "render", "resume.txt", "-f", "markdown");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains(name);
    }

    @Test
    void fromOverridesTheDetectionAndProblemsAreReportedForTheKindAskedFor() {
        Inputs.write(dir.resolve("resume.json"), Inputs.jsonResume(SamplePortfolios.full()));

        Result result = CliProcess.run(dir, "render", "resume.json", "--from", "native");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.errorLines()).isNotEmpty().allMatch(line -> line.matches("resume\\.json:\\d+:\\d+: .+"));
    }

    @Test
    void invalidInputWritesNothingAndLeavesEveryExistingOutputByteForByteUnchanged() throws IOException {
        Inputs.write(dir.resolve("bad.yaml"), Inputs.END_BEFORE_START);
        Path site = dir.resolve("site");
        Path index = Inputs.write(site.resolve("index.html"), "<p>the page from last week</p>\n");
        Path readme = Inputs.write(site.resolve("README.md"), "# last week\n");
        FileTime lastWeek = FileTime.from(Instant.parse("2026-11-18T09:00:00Z"));
        Files.setLastModifiedTime(index, lastWeek);

        Result result = CliProcess.run(dir, "render", "bad.yaml", "-f", "all", "-o", "site");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.errorLines()).containsExactly(
                "bad.yaml:7:12: roles[0].period.end: 2023-01 is before the start 2024-05");
        assertThat(Inputs.read(index)).isEqualTo("<p>the page from last week</p>\n");
        assertThat(Files.getLastModifiedTime(index)).isEqualTo(lastWeek);
        assertThat(Inputs.read(readme)).isEqualTo("# last week\n");
        assertThat(site.toFile().list()).containsExactlyInAnyOrder("index.html", "README.md");
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnIoErrorAndNoOtherOutputIsReplaced() throws IOException {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        Path site = dir.resolve("site");
        Path index = Inputs.write(site.resolve("index.html"), "<p>old</p>\n");
        Files.createDirectories(site.resolve("README.md"));

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "all", "-o", "site");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.IO_ERROR);
        assertThat(result.errorLines()).singleElement().asString()
                .startsWith("portfolio: cannot write ").contains("README.md");
        assertThat(Inputs.read(index)).isEqualTo("<p>old</p>\n");
        assertThat(site.toFile().list()).containsExactlyInAnyOrder("index.html", "README.md");
    }

    @Test
    void aMissingInputIsAnIoError() {
        Result result = CliProcess.run(dir, "render", "missing.yaml", "-o", "index.html");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.IO_ERROR);
        assertThat(result.errorLines()).containsExactly("portfolio: cannot read missing.yaml: no such file or folder");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void themeFragmentAndSectionsReachTheHtml() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result page = CliProcess.run(dir, "render", "portfolio.yaml", "--theme", "classic", "--sections", "hero,contact");
        Result fragment = CliProcess.run(dir, "render", "portfolio.yaml", "--fragment");

        assertThat(page.exitCode()).as(page.stderr()).isZero();
        Document classic = Jsoup.parse(page.stdout());
        assertThat(classic.body().classNames()).contains("pf-classic");
        assertThat(classic.select("main section").eachAttr("id")).containsExactly("contact");
        assertThat(fragment.exitCode()).as(fragment.stderr()).isZero();
        assertThat(fragment.stdout()).doesNotContainIgnoringCase("<html").doesNotContainIgnoringCase("<!doctype").contains(name);
    }

    @Test
    void theSameInputRendersToTheSameBytes() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        CliProcess.run(dir, "render", "portfolio.yaml", "-f", "all", "-o", "first");
        CliProcess.run(dir, "render", "portfolio.yaml", "-f", "all", "-o", "second");

        Stream.of("index.html", "README.md", "resume.json").forEach(file ->
                assertThat(dir.resolve("second").resolve(file)).hasSameBinaryContentAs(dir.resolve("first").resolve(file)));
    }

    @Test
    void severalFormatsGoIntoAFolderEachUnderItsFileName() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf,html", "-o", "out");

        assertThat(result.exitCode()).isEqualTo(PortfolioCli.OK);
        assertThat(dir.resolve("out").toFile().list()).containsExactlyInAnyOrder("cv.pdf", "index.html");
        assertThat(result.stderr()).contains("wrote out" + java.io.File.separator + "cv.pdf");
    }

    @Test
    void badOptionValuesAreUsageErrorsThatSayWhatIsAllowed() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result format = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "rtf");
        Result paper = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf", "--paper", "a3");
        Result theme = CliProcess.run(dir, "render", "portfolio.yaml", "--theme", "neon");
        Result section = CliProcess.run(dir, "render", "portfolio.yaml", "--sections", "hero,my hobbies");
        Result all = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "all");

        assertThat(format.exitCode()).isEqualTo(PortfolioCli.USAGE);
        // every format present, by name (another format module on the path joins the list), then all
        assertThat(format.stderr()).contains("'rtf' is not one of ", "docx, html, json-resume, markdown, pdf, text", ", all\n");
        assertThat(paper.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(paper.stderr()).contains("'a3' is not a paper size; sizes are a4, letter");
        assertThat(theme.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(theme.stderr()).contains("'neon' is not a theme; themes are terminal, classic");
        assertThat(section.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(section.stderr()).contains("'my hobbies' is not a section");
        assertThat(all.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(all.stderr()).containsPattern("-f all writes \\d+ files: name their folder with -o DIR");
        assertThat(Stream.of(format, paper, theme, section, all)).allSatisfy(result -> {
            assertThat(result.stdout()).isEmpty();
            assertThat(result.stderr()).contains("Try 'portfolio render --help' for more information.");
        });
        assertThat(dir.toFile().list()).containsExactly("portfolio.yaml");
    }

    @Test
    void localeRendersLabelsAndDatesInThatLanguageAndMarksThePageRightToLeftForArabic() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result german = CliProcess.run(dir, "render", "portfolio.yaml", "--locale", "de");
        Result arabic = CliProcess.run(dir, "render", "portfolio.yaml", "--locale", "ar-EG");
        Result readme = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "markdown", "--locale", "de");

        assertThat(german.exitCode()).as(german.toString()).isZero();
        Document page = Jsoup.parse(german.stdout());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(page.select("h2").eachText()).anyMatch(title -> title.contains("Berufserfahrung"));
        assertThat(Jsoup.parse(arabic.stdout()).selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(readme.stdout()).contains("## Berufserfahrung");
    }

    @Test
    void localeReachesThePdfInEveryScriptOfTheLabels() throws IOException {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        for (String tag : List.of("de", "ta", "hi")) {
            Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf", "--locale", tag, "-o",
                    "cv-" + tag + ".pdf");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            try (PDDocument document = Loader.loadPDF(Inputs.readBytes(dir.resolve("cv-" + tag + ".pdf")))) {
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(tag);
                assertThat(fontNames(document)).contains(switch (tag) {
                    case "ta" -> "NotoSansTamil-Bold";
                    case "hi" -> "NotoSansDevanagari-Bold";
                    default -> "DejaVuSans-Bold";
                });
                if (tag.equals("de")) {
                    assertThat(new PDFTextStripper().getText(document)).contains("Berufserfahrung")
                            .doesNotContain("Work history");
                }
            }
        }
    }

    /** The names of the fonts of the first page, without their subset tags. */
    private static List<String> fontNames(PDDocument document) throws IOException {
        PDResources resources = document.getPage(0).getResources();
        List<String> names = new ArrayList<>();
        for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
            String font = resources.getFont(name).getName();
            names.add(font.substring(font.indexOf('+') + 1));
        }
        return names;
    }

    @Test
    void aLocaleThatIsNoLanguageTagIsAUsageError() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "--locale", "german!");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.USAGE);
        assertThat(result.stderr()).contains("'german!' is not a BCP 47 language tag");
    }

    @Test
    void tagsRenderATailoredVariantAndAnUnknownTagIsAUsageErrorWithASuggestion() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result featured = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "markdown", "--tags", "featured");
        Result typo = CliProcess.run(dir, "render", "portfolio.yaml", "--tags", "featured,bakend", "-o", "out.html");

        assertThat(featured.exitCode()).as(featured.toString()).isZero();
        assertThat(featured.stdout()).contains("Civic Services Platform").doesNotContain("Built tracking.");
        assertThat(typo.exitCode()).as(typo.toString()).isEqualTo(PortfolioCli.USAGE);
        assertThat(typo.stderr()).contains("no item carries 'bakend' (did you mean 'backend'?)");
        assertThat(dir.resolve("out.html")).doesNotExist();
    }

    @Test
    void sectionsNamesCustomSectionsByIdAndRefusesOneThePortfolioLacks() throws java.io.IOException {
        java.nio.file.Files.copy(io.github.portfoliosdk.testing.Checkers.customSectionsFile(), dir.resolve("portfolio.yaml"));

        Result readme = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "markdown", "--sections", "open-source,talks,work");
        Result typo = CliProcess.run(dir, "render", "portfolio.yaml", "--sections", "hero,talkz");

        assertThat(readme.exitCode()).as(readme.toString()).isZero();
        assertThat(readme.stdout().lines().filter(line -> line.startsWith("## ")))
                .containsExactly("## Open source", "## Talks", "## Work history");
        assertThat(typo.exitCode()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(typo.stderr()).contains("portfolio.yaml: the html format cannot render it (the portfolio is valid): sections: 'talkz' is neither a built-in"
                + " section nor one of the portfolio's custom sections (did you mean 'talks'?)");
        assertThat(typo.stdout()).isEmpty();
    }
}

package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.CliProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio check} and {@code render --check}, run as a process. */
class CheckCommandIT {

    /** The PDF's default sections, without the full sample's custom "Talks" (a heading parsers do not know). */
    private static final String BUILT_IN_CV = "hero,work,projects,skills,education,volunteering,certificates,awards,"
            + "publications,languages,contact";

    @TempDir
    Path dir;

    @Test
    void ourCvOfAPortfolioIsCleanAndHoldsItsFactsInOrder() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        assertThat(CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf", "--sections", BUILT_IN_CV, "-o", "cv.pdf")
                .exitCode()).isZero();

        Result result = CliProcess.run(dir, "check", "cv.pdf", "--portfolio", "portfolio.yaml");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).matches("cv\\.pdf: clean \\(\\d+ pages?, \\d+ characters by PDFBox, \\d+ by Tika; "
                + "(\\d+) of \\1 portfolio facts in order\\)\n");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void aCvRenderedInAnotherLanguageIsCheckedAgainstThePortfolioInThatLanguage() {
        Inputs.write(dir.resolve("portfolio.yaml"), """
                person:
                  name: Ada Lovelace
                  headline: {en: Building scalable systems., de: Skalierbare Systeme bauen.}
                roles:
                  - organization:
                      name: Acme
                    title: {en: Engineer, de: Ingenieurin}
                    period:
                      start: "2020-01"
                """);
        assertThat(CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf", "--locale", "de", "-o", "cv.pdf")
                .exitCode()).isZero();

        Result german = CliProcess.run(dir, "check", "cv.pdf", "--portfolio", "portfolio.yaml", "--locale", "de");
        Result asWritten = CliProcess.run(dir, "check", "cv.pdf", "--portfolio", "portfolio.yaml");

        assertThat(german.exitCode()).as(german.toString()).isZero();
        assertThat(german.stdout()).startsWith("cv.pdf: clean");
        assertThat(asWritten.exitCode()).as(asWritten.toString()).isEqualTo(1);
        assertThat(asWritten.stdout()).contains("roles[0].title \"Engineer\" is not in the text a parser reads");
    }

    @Test
    void aCvWithTheEmailOnlyInTheFooterExitsOneWithTheFindingsPageAndPosition() throws IOException {
        footerCv(dir.resolve("footer.pdf"));

        Result result = CliProcess.run(dir, "check", "footer.pdf");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stdout().lines()).containsExactly(
                "footer.pdf: 1 finding (1 page, 123 characters by PDFBox, 123 by Tika)",
                "  page 1, 60/812 pt: contact-placement: \"ada@example.org\" is only in a page footer, which parsers "
                        + "skip: put the contact details in the body, under the name");
    }

    @Test
    void aFileThatIsNotAPdfIsInvalidInputAndNoReport() {
        Inputs.write(dir.resolve("cv.pdf"), "hello");

        Result result = CliProcess.run(dir, "check", "cv.pdf");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.errorLines()).singleElement().asString().startsWith("cv.pdf: not a PDF PDFBox can read");
    }

    @Test
    void withoutACvItIsAUsageError() {
        assertThat(CliProcess.run(dir, "check").exitCode()).isEqualTo(PortfolioCli.USAGE);
    }

    @Test
    void renderCheckFailsTheRenderAndWritesNothingWhenTheCvWouldNotPass() {
        // a highlight that writes its date as 03/2021 beside the CV's "Feb 2026": dates in mixed forms
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml().replace("Built tracking.", "Built tracking in 03/2021."));

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf", "--check", "-o", "cv.pdf");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.stderr()).contains("mixed-dates: the date \"03/2021\" is written as month/year",
                "nothing written: the CV would not pass 'portfolio check'");
        assertThat(dir.resolve("cv.pdf")).doesNotExist();
    }

    @Test
    void renderCheckWritesACvThatPasses() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf", "--sections", BUILT_IN_CV, "--check",
                "-o", "cv.pdf");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(dir.resolve("cv.pdf")).isNotEmptyFile();
    }

    @Test
    void aCustomSectionsHeadingIsOneParsersDoNotKnow() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf", "--check", "-o", "cv.pdf");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("unknown-heading: the heading \"Talks\" is not a section name parsers know");
        assertThat(dir.resolve("cv.pdf")).doesNotExist();
    }

    @Test
    void renderCheckOfAFormatWithoutACvIsAUsageError() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "html", "--check");

        assertThat(result.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(result.stderr()).contains("--check checks the PDF CV: use it with -f pdf or -f all");
    }

    /** A one-column CV in Helvetica with the e-mail address only in the footer. */
    private static void footerCv(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                line(content, bold, 20, 780, "Ada Example");
                line(content, bold, 14, 740, "Experience");
                line(content, regular, 10, 720, "Backend Engineer, Example GmbH, Mar 2022 - present");
                line(content, bold, 14, 690, "Education");
                line(content, regular, 10, 670, "BSc Computer Science, Example University");
                line(content, regular, 8, 30, "ada@example.org");
            }
            document.save(Files.newOutputStream(file));
        }
    }

    private static void line(PDPageContentStream content, PDType1Font font, float size, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(60, y);
        content.showText(text);
        content.endText();
    }
}

package io.github.portfoliosdk.render.pdf;

import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The PDFs as real tools see them: veraPDF (PDF/UA-1 and PDF/A-3b, 0 failed rules) and poppler-utils
 * (pdftotext's reading order, pdffonts, pdfinfo, pdfdetach).
 */
class PdfCheckersTest {

    @ParameterizedTest
    @EnumSource(Paper.class)
    void theShowcaseCvPassesPdfUa1AndPdfA3bInBothThemes(Paper paper) {
        for (Theme theme : Theme.values()) {
            byte[] pdf = PdfRenderer.builder().paper(paper).theme(theme).clock(SamplePortfolios.CLOCK).build()
                    .toBytes(Showcase.load());
            assertThat(VeraPdf.failedRules(pdf)).as("%s %s", paper, theme).isEmpty();
        }
    }

    @Test
    void everySectionOfTheFullSamplePassesPdfUa1AndPdfA3b() throws IOException {
        byte[] pdf = PdfRenderer.builder().sections(Section.defaultOrder()).clock(SamplePortfolios.CLOCK).build()
                .toBytes(SamplePortfolios.full());
        Poppler.save("full-sample", pdf);
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }

    @Test
    void aGermanCvWithEverySectionPassesPdfUa1AndPdfA3b() throws IOException {
        byte[] pdf = PdfRenderer.builder().locale(Locale.GERMAN).sections(Section.defaultOrder())
                .clock(SamplePortfolios.CLOCK).build().toBytes(SamplePortfolios.full());
        Poppler.save("full-sample-de", pdf);
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }

    @Test
    void customSectionsFromYamlPassPdfUa1AndPdfA3bAndReadInTheirPlace() throws IOException {
        Portfolio example = PortfolioFormat.yaml().read(Checkers.customSectionsFile());
        byte[] pdf = PdfRenderer.builder().clock(SamplePortfolios.CLOCK).build().toBytes(example);
        Path file = Poppler.save("custom-sections", pdf);
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();

        String text = Poppler.text(file).replaceAll("\\s+", " ");
        List<String> expectedInOrder = List.of("Ada Example", "ada@example.com", "Work history", "Platform Engineer",
                "Talks", "Caching at the edge without tears", "Example Conf, Berlin · Mar 2025",
                "What a read-through cache in front of a slow API costs, and when it pays.",
                "Live demo of cache stampede protection", "Webhooks that never lose an event",
                "Local Python meetup · 2024", "Open source", "example-retry", "Maintainer");
        int at = 0;
        for (String expected : expectedInOrder) {
            int found = text.indexOf(expected, at);
            assertThat(found).as("'%s' after position %d of:\n%s", expected, at, text).isGreaterThanOrEqualTo(0);
            at = found + expected.length();
        }
    }

    @Test
    void veraPdfRejectsAnUntaggedPdfSoItsVerdictMeansSomething() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.showText("Untagged, fonts not embedded");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            assertThat(VeraPdf.failedRules(out.toByteArray()))
                    .anyMatch(rule -> rule.startsWith("ua1"))
                    .anyMatch(rule -> rule.startsWith("3b"));
        }
    }

    @Test
    void pdftotextReadsEveryRoleProjectAndSkillOfTheShowcaseInOrder() throws IOException {
        Portfolio showcase = Showcase.load();
        Path file = Poppler.save("showcase-a4", PdfRenderer.builder().clock(SamplePortfolios.CLOCK).build().toBytes(showcase));
        String text = Poppler.text(file).replaceAll("\\s+", " ");

        List<String> expectedInOrder = new ArrayList<>();
        expectedInOrder.add(showcase.person().name());
        expectedInOrder.add("Work history");
        for (Role role : showcase.roles()) {
            expectedInOrder.add(role.title() + " · " + role.organization().name());
        }
        expectedInOrder.add("Selected projects");
        for (Project project : showcase.projects()) {
            expectedInOrder.add(project.name());
        }
        expectedInOrder.add("Tech stack");
        int at = 0;
        for (String expected : expectedInOrder) {
            int found = text.indexOf(expected, at);
            assertThat(found).as("'%s' after position %d of:\n%s", expected, at, text).isGreaterThanOrEqualTo(0);
            at = found + expected.length();
        }
        for (Skill skill : showcase.skills()) {
            assertThat(text).contains(skill.name());
        }
    }

    @Test
    void pdffontsFindsEveryFontEmbeddedAsASubsetWithUnicodeMaps() throws IOException {
        for (Theme theme : Theme.values()) {
            Path file = Poppler.save("showcase-" + theme.id(),
                    PdfRenderer.builder().theme(theme).clock(SamplePortfolios.CLOCK).build().toBytes(Showcase.load()));
            List<String> fonts = Poppler.fonts(file);
            assertThat(fonts).as(theme.id()).isNotEmpty().allSatisfy(row -> {
                assertThat(row).contains("DejaVu").contains("CID TrueType");
                assertThat(row).matches(".*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*");
            });
        }
    }

    @Test
    void pdfinfoReportsTitleAuthorPageCountAndTaggedPaperSizes() throws IOException {
        Path a4 = Poppler.save("showcase-info-a4", PdfRenderer.builder().clock(SamplePortfolios.CLOCK).build().toBytes(Showcase.load()));
        Path letter = Poppler.save("showcase-info-letter",
                PdfRenderer.builder().paper(Paper.LETTER).clock(SamplePortfolios.CLOCK).build().toBytes(Showcase.load()));
        String info = Poppler.info(a4);
        assertThat(info).contains("Title:           Vinayagam D — Python Backend Engineer")
                .contains("Author:          Vinayagam D")
                .contains("Tagged:          yes")
                .contains("(A4)")
                .containsPattern("Pages:\\s+[123]\\n");
        assertThat(Poppler.info(letter)).contains("612 x 792 pts (letter)").containsPattern("Pages:\\s+[123]\\n");
    }

    @Test
    void pdfdetachFindsTheAttachmentEqualToTheJsonResumeExport() throws IOException {
        Portfolio showcase = Showcase.load();
        Path file = Poppler.save("showcase-attachment", PdfRenderer.builder().clock(SamplePortfolios.CLOCK).build().toBytes(showcase));
        assertThat(Poppler.attachments(file)).contains("1 embedded files", "resume.json");
        assertThat(Poppler.detach(file, "resume.json")).isEqualTo(JsonResumeRenderer.builder().build().toBytes(showcase));
    }
}

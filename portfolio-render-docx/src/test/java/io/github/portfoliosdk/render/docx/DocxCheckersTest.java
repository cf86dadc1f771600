package io.github.portfoliosdk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our Word documents as the programs people open them with read them: LibreOffice (headless) converts them to text
 * and to PDF, pandoc reads them to Markdown. Each check counts what it found and rejects a known-bad document (the
 * same CV with its sections in reverse order).
 */
class DocxCheckersTest {

    private static final Labels ENGLISH = Labels.of(Locale.ENGLISH);
    private static Path dir;

    @BeforeAll
    static void render() throws IOException {
        dir = Files.createDirectories(Checkers.outputDir().resolve("docx")).toAbsolutePath();
        Portfolio showcase = Showcase.load();
        DocxRenderer renderer = DocxRenderer.builder().clock(SamplePortfolios.CLOCK).build();
        Files.write(dir.resolve("showcase.docx"), renderer.toBytes(showcase));
        List<Section> reversed = new ArrayList<>(List.of(Section.HERO, Section.CONTACT, Section.SKILLS,
                Section.PROJECTS, Section.WORK));
        Files.write(dir.resolve("reversed.docx"), DocxRenderer.builder().clock(SamplePortfolios.CLOCK)
                .sections(reversed).build().toBytes(showcase));
        Files.write(dir.resolve("showcase-ar.docx"), DocxRenderer.builder().clock(SamplePortfolios.CLOCK)
                .locale(Locale.forLanguageTag("ar")).build().toBytes(showcase));
        convert("txt:Text (encoded):UTF8", "showcase.docx", "reversed.docx", "showcase-ar.docx");
        convert("pdf", "showcase.docx");
    }

    @Test
    void libreOfficeReadsEverySectionEntryAndFactInOrder() throws IOException {
        List<String> expected = outline(Showcase.load());
        String text = Files.readString(dir.resolve("showcase.txt"), StandardCharsets.UTF_8);

        assertThat(missingInOrder(text, expected)).isEmpty();
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(missingInOrder(Files.readString(dir.resolve("reversed.txt"), StandardCharsets.UTF_8), expected))
                .as("the reversed CV, known bad").isNotEmpty();
    }

    @Test
    void libreOfficeReadsTheArabicCvInLogicalOrderWithItsEnglishFacts() throws IOException {
        Labels arabic = Labels.of(Locale.forLanguageTag("ar"));
        List<String> expected = outline(Showcase.load(), arabic);
        String text = Files.readString(dir.resolve("showcase-ar.txt"), StandardCharsets.UTF_8);

        assertThat(missingInOrder(text, expected)).isEmpty();
        assertThat(expected).contains("الخبرة العملية").hasSizeGreaterThan(30);
        assertThat(missingInOrder(text, outline(Showcase.load()))).as("the English headings, not in the Arabic CV")
                .isNotEmpty();
    }

    @Test
    void libreOfficePrintsItAsAPdfWithTheTextInOrder() throws IOException {
        Path pdf = dir.resolve("showcase.pdf");
        Checkers.Result info = Checkers.run(List.of("pdfinfo", pdf.toString()), dir, Duration.ofSeconds(30));
        assertThat(info.stdout()).containsPattern("Pages:\\s+[23]\\n").containsPattern("Page size:.*\\(A4\\)")
                .containsPattern("Title:\\s+Vinayagam D — Python Backend Engineer");
        Checkers.Result text = Checkers.run(List.of("pdftotext", pdf.toString(), "-"), dir, Duration.ofSeconds(30));
        assertThat(missingInOrder(text.stdout().replaceAll("\\s+", " "), outline(Showcase.load()))).isEmpty();
        Checkers.run(List.of("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", pdf.toString(),
                dir.resolve("showcase-page").toString()), dir, Duration.ofSeconds(30));
        assertThat(dir.resolve("showcase-page-1.png")).isNotEmptyFile();
    }

    @Test
    void pandocReadsTheSameHeadingsAndTheHighlightsAsAList() {
        Portfolio showcase = Showcase.load();
        List<String> sections = List.of(ENGLISH.text("section.work"), ENGLISH.text("section.projects"),
                ENGLISH.text("section.skills"), ENGLISH.text("section.contact"));
        List<String> entries = new ArrayList<>();
        for (Role role : showcase.roles()) {
            entries.add(role.title() + " · " + role.organization().fullName());
        }
        for (Project project : showcase.projects()) {
            entries.add(project.name());
        }
        int highlights = showcase.roles().stream().mapToInt(role -> role.highlights().size()).sum();

        Markdown markdown = pandoc("showcase.docx");
        assertThat(markdown.headings(1)).containsExactlyElementsOf(sections);
        assertThat(markdown.headings(2)).containsExactlyElementsOf(entries);
        assertThat(markdown.bullets()).isEqualTo(highlights);

        assertThat(pandoc("reversed.docx").headings(1)).as("the reversed CV, known bad")
                .isNotEqualTo(sections).containsExactlyInAnyOrderElementsOf(sections);
    }

    /** The headings, entry headings and facts of the showcase CV, in the order the PDF shows them, in English. */
    private static List<String> outline(Portfolio portfolio) {
        return outline(portfolio, ENGLISH);
    }

    /** The headings, entry headings and facts of the showcase CV with these labels. */
    private static List<String> outline(Portfolio portfolio, Labels labels) {
        List<String> expected = new ArrayList<>();
        expected.add(portfolio.person().name());
        expected.add(portfolio.person().headline());
        expected.add(labels.text("section.work"));
        for (Role role : portfolio.roles()) {
            expected.add(role.title());
            expected.add(role.organization().fullName());
            expected.add(labels.period(role.period()));
            expected.addAll(role.highlights());
        }
        expected.add(labels.text("section.projects"));
        for (Project project : portfolio.projects()) {
            expected.add(project.name());
            for (String fact : new String[] {project.description(), project.problem(), project.solution(),
                    project.impact()}) {
                if (fact != null) {
                    expected.add(fact);
                }
            }
        }
        expected.add(labels.text("section.skills"));
        expected.add(labels.text("section.contact"));
        expected.add(portfolio.person().profiles().get(0).url());
        return expected;
    }

    /** The expected texts not found in order (each after the previous one), as "#index text"; empty when all are. */
    static List<String> missingInOrder(String text, List<String> expected) {
        List<String> missing = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < expected.size(); i++) {
            int at = text.indexOf(expected.get(i), from);
            if (at < 0) {
                missing.add("#" + i + " " + expected.get(i));
            } else {
                from = at + expected.get(i).length();
            }
        }
        return missing;
    }

    private static void convert(String format, String... files) {
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + dir.resolve("libreoffice-profile").toAbsolutePath().toUri(),
                "--headless", "--convert-to", format, "--outdir", dir.toAbsolutePath().toString()));
        for (String file : files) {
            command.add(dir.resolve(file).toAbsolutePath().toString());
        }
        Checkers.Result result = Checkers.run(command, dir, Duration.ofMinutes(3));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
    }

    private static Markdown pandoc(String file) {
        Checkers.Result result = Checkers.run(List.of("pandoc", "--from", "docx", "--to", "gfm", "--wrap", "none",
                dir.resolve(file).toString()), dir, Duration.ofMinutes(1));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return new Markdown(result.stdout());
    }

    /** Pandoc's Markdown of a document. */
    private record Markdown(String text) {
        List<String> headings(int level) {
            String mark = "#".repeat(level) + " ";
            return text.lines().filter(line -> line.startsWith(mark)).map(line -> line.substring(mark.length()))
                    .toList();
        }

        long bullets() {
            return text.lines().filter(line -> line.startsWith("- ")).count();
        }
    }
}

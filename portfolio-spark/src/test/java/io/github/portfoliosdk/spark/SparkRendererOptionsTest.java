package io.github.portfoliosdk.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Skill;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's options, every format included, on a few members: each rendered member's folder equals what
 * {@code portfolio render -f all -o DIR} writes with the same options, the same six files. PDFs take about 20 ms of a
 * core each, so these tests render a dozen members, not thousands: the bytes of HTML, Markdown and JSON Resume are
 * checked on thousands of members by {@link SparkRendererTest}.
 */
class SparkRendererOptionsTest {

    private static final int MEMBERS = 12;

    private final SparkSession spark = LocalSpark.session();

    @TempDir
    Path work;

    @Test
    void everyFormatWithThemePaperLocaleAndTagsAsTheCommandLineWritesThem() throws IOException {
        Path input = work.resolve("members");
        List<Path> files = tagged(input);
        Path bengali = input.resolve("bengali-headline.json");
        Portfolio showcase = GeneratedMembers.showcase();
        Files.writeString(bengali, PortfolioFormat.json().write(showcase.toBuilder().person(showcase.person().toBuilder()
                .headline("ব্যাকএন্ড ইঞ্জিনিয়ার").build()).skills(List.of(showcase.skills().get(0).toBuilder()
                .tags(List.of("python")).build())).build()), StandardCharsets.UTF_8);
        files.add(bengali);
        List<String> options = List.of("--theme", "classic", "--paper", "letter", "--locale", "de", "--tags", "python");
        Path output = work.resolve("site");

        RenderSummary summary = SparkRenderer.builder().clock(TestClock.CLOCK).formats("all").theme("classic")
                .paper("letter").locale(Locale.GERMAN).tags(List.of("python")).build()
                .write(MemberDocuments.fromFolder(spark, input.toString()), output.toString());

        Map<String, String> refused = new HashMap<>();
        TreeSet<String> rendered = new TreeSet<>();
        for (Path file : files) {
            String id = MemberFiles.id(file);
            Path expected = work.resolve("command-line").resolve(id);
            List<String> args = new ArrayList<>(List.of("render", file.toString(), "-f", "all", "-o", expected.toString()));
            args.addAll(options);
            CommandLine.Run run = CommandLine.run(args.toArray(String[]::new));
            if (run.exitCode() == 0) {
                rendered.add(id);
                Map<String, byte[]> written = MemberFiles.files(output.resolve(id));
                Map<String, byte[]> wanted = MemberFiles.files(expected);
                assertThat(written.keySet()).isEqualTo(wanted.keySet())
                        .containsExactly("README.md", "cv.docx", "cv.pdf", "cv.txt", "index.html", "resume.json");
                wanted.forEach((name, bytes) -> SparkRendererTest.assertSameBytes(id + "/" + name, written.get(name), bytes));
            } else {
                refused.put(id, run.messages());
            }
        }
        // members 1 and 2 of every 3 carry the tag; the Bengali headline is refused by the PDF, as on the command line
        assertThat(refused.keySet()).contains("bengali-headline", "member-00000", "member-00003").hasSize(MEMBERS / 3 + 1);
        assertThat(refused.get("bengali-headline")).contains("the pdf format cannot render it (the portfolio is valid): the PDF cannot typeset",
                "person.headline: U+09AC BENGALI LETTER BA, ", "(Bengali script)", "1 of the 6 formats cannot render it");
        assertThat(refused.get("member-00000")).contains("--tags: no item carries 'python'");
        assertThat(summary).isEqualTo(new RenderSummary(rendered.size(), refused.size(), 0));
        TreeSet<String> folders = new TreeSet<>(rendered);
        folders.add(SparkRenderer.PROBLEMS_FOLDER);
        assertThat(MemberFiles.names(output)).containsExactlyElementsOf(folders);

        Map<String, String> problems = new HashMap<>();
        for (Row row : spark.read().json(output.resolve(SparkRenderer.PROBLEMS_FOLDER).toString()).collectAsList()) {
            assertThat((String) row.getAs("severity")).isEqualTo("error");
            problems.put(row.getAs("id"), row.getAs("message"));
        }
        assertThat(problems.keySet()).isEqualTo(refused.keySet());
        problems.forEach((id, message) -> assertThat(refused.get(id)).as(id).contains(message));
    }

    @Test
    void renderReturnsEachOutputAsARowForTheCallerToStore() {
        Portfolio showcase = GeneratedMembers.showcase();
        Dataset<Row> table = spark.createDataFrame(List.of(
                RowFactory.create("ada", PortfolioFormat.json().write(GeneratedMembers.member(showcase, 1))),
                RowFactory.create("grace", "{\"basics\": {\"name\": \"Grace\"}, \"work\": [{\"position\": \"Admiral\", \"startDate\": \"1943-13\"}]}"),
                RowFactory.create("no document", null)),
                DataTypes.createStructType(List.of(
                        DataTypes.createStructField("member", DataTypes.StringType, false),
                        DataTypes.createStructField("json", DataTypes.StringType, true))));

        RenderedMembers rendered = SparkRenderer.builder().clock(TestClock.CLOCK).formats("markdown", "json-resume").build()
                .render(MemberDocuments.fromTable(table, "member", "json"));

        List<Row> outputs = rendered.outputs().collectAsList();
        assertThat(outputs).extracting(row -> row.getString(0) + " " + row.getString(1) + " " + row.getString(2))
                .containsExactly("ada markdown README.md", "ada json-resume resume.json");
        assertThat(rendered.outputs().columns()).containsExactly("id", "format", "file", "content");
        assertThat((byte[]) outputs.get(0).getAs("content")).isEqualTo(
                io.github.portfoliosdk.render.markdown.MarkdownRenderer.builder().clock(TestClock.CLOCK).build()
                        .render(GeneratedMembers.member(showcase, 1)).getBytes(StandardCharsets.UTF_8));
        assertThat(rendered.problems().collectAsList()).extracting(Row::toString).containsExactly(
                "[grace,error,grace,1,77,work[0].startDate,'1943-13' is not a real date: month 13 is not between 1 and 12]",
                "[no document,error,no document,0,0,id,'no document' cannot name a folder: use 1 to 200 letters, digits,"
                        + " '.', '_' or '-', starting with a letter or digit]");
        assertThat(rendered.summary()).isEqualTo(new RenderSummary(1, 2, 0));
    }

    @Test
    void optionsAreCheckedOnTheDriverBeforeAnyTaskRuns() {
        assertThatThrownBy(() -> SparkRenderer.builder().formats("html", "word"))
                .hasMessage("formats: 'word' is not one of docx, html, json-resume, markdown, pdf, text, all");
        assertThatThrownBy(() -> SparkRenderer.builder().formats("html", "pdf", "html"))
                .hasMessage("formats: 'html' is named more than once");
        assertThatThrownBy(() -> SparkRenderer.builder().formats(List.of()))
                .hasMessage("formats: name at least one of docx, html, json-resume, markdown, pdf, text, all");
        assertThatThrownBy(() -> SparkRenderer.builder().theme("solarized"))
                .hasMessage("theme: 'solarized' is not a theme; themes are terminal, classic");
        assertThatThrownBy(() -> SparkRenderer.builder().paper("a3"))
                .hasMessage("paper: 'a3' is not a paper size; sizes are a4, letter");
        // the PDF takes the labels of every bundled locale (ja and zh-Hans with the command line's Chinese and
        // Japanese fonts, on this module's test class path): Tamil labels are no longer refused
        assertThat(SparkRenderer.builder().locale(Locale.forLanguageTag("ta")).build()).isNotNull();
    }

    /** Members 0..MEMBERS-1 in our format, their first skill tagged {@code python} unless the index is a multiple of 3. */
    private static List<Path> tagged(Path folder) throws IOException {
        Files.createDirectories(folder);
        Portfolio showcase = GeneratedMembers.showcase();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            Portfolio member = GeneratedMembers.member(showcase, i);
            if (i % 3 != 0) {
                List<Skill> skills = new ArrayList<>(member.skills());
                skills.set(0, skills.get(0).toBuilder().tags(List.of("python")).build());
                member = member.toBuilder().skills(skills).build();
            }
            Path file = folder.resolve(String.format("member-%05d.json", i));
            Files.writeString(file, PortfolioFormat.json().write(member), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }
}

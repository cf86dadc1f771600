package io.github.portfoliosdk.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.spark.internal.JobArguments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit job's arguments, and a run on a table of members (JSON Lines of id and document). */
class RenderJobTest {

    @TempDir
    Path work;

    @Test
    void rendersATableOfMembersWithTheOptionsGiven() throws IOException {
        SparkSession spark = LocalSpark.session();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String document = PortfolioFormat.json().write(GeneratedMembers.member(GeneratedMembers.showcase(), i));
            lines.add("{\"member\": \"m" + i + "\", \"portfolio\": " + quoted(document) + "}");
        }
        Files.write(work.resolve("members.jsonl"), lines);
        JobArguments arguments = JobArguments.parse("--input", work.resolve("members.jsonl").toString(),
                "--output", work.resolve("site").toString(), "--input-format", "json", "--id-column", "member",
                "--document-column", "portfolio", "--formats", "markdown", "--locale", "fr");

        RenderSummary summary = RenderJob.run(spark, arguments, RenderJob.renderer(arguments));

        assertThat(summary).hasToString("3 members: 3 rendered (0 with warnings), 0 refused");
        assertThat(MemberFiles.names(work.resolve("site"))).containsExactly("_problems", "m0", "m1", "m2");
        assertThat(MemberFiles.names(work.resolve("site/m1"))).containsExactly("README.md");
        assertThat(Files.readString(work.resolve("site/m1/README.md"))).contains("# Member 1", "Expérience");
    }

    @Test
    void argumentsAreReadStrictly() {
        assertThatThrownBy(() -> JobArguments.parse("--input", "in")).hasMessage("--output is required");
        assertThatThrownBy(() -> JobArguments.parse("--input", "in", "--output", "out", "--format", "pdf"))
                .hasMessage("unknown option '--format'");
        assertThatThrownBy(() -> JobArguments.parse("--input", "in", "--output", "out", "--theme"))
                .hasMessage("--theme needs a value");
        assertThatThrownBy(() -> JobArguments.parse("--input", "a", "--input", "b", "--output", "out"))
                .hasMessage("--input is given twice");
        JobArguments arguments = JobArguments.parse("--input", "in", "--output", "out", "--formats", "html, pdf",
                "--lenient");
        assertThat(arguments.list("--formats")).containsExactly("html", "pdf");
        assertThat(arguments.has("--lenient")).isTrue();
        assertThatThrownBy(() -> RenderJob.renderer(JobArguments.parse("--input", "in", "--output", "out",
                "--locale", "not a tag"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

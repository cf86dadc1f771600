package io.github.portfoliosdk.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running the job again over the same output: each member's folder is replaced whole (MemberFoldersTest: never seen half-written). */
class RerunTest {

    private final SparkSession spark = LocalSpark.session();

    @TempDir
    Path work;

    @Test
    void aSecondRunReplacesEachMembersFolderAndKeepsARefusedMembersLastGoodOne() throws IOException {
        Path input = work.resolve("members");
        GeneratedMembers.write(input, 6);
        Path output = work.resolve("site");
        SparkRenderer renderer = SparkRenderer.builder().clock(TestClock.CLOCK).formats("html", "markdown", "json-resume").build();
        assertThat(renderer.write(MemberDocuments.fromFolder(spark, input.toString()), output.toString()))
                .isEqualTo(new RenderSummary(5, 1, 0));
        byte[] firstReadme = Files.readAllBytes(output.resolve("member-00001/README.md"));
        byte[] keptPage = Files.readAllBytes(output.resolve("member-00002/index.html"));

        // a file someone left in a member's folder, a changed member, a member now broken, a member now refused
        Files.writeString(output.resolve("member-00001/notes.txt"), "stale");
        Portfolio changed = GeneratedMembers.member(GeneratedMembers.showcase(), 1).toBuilder().person(
                GeneratedMembers.member(GeneratedMembers.showcase(), 1).person().toBuilder().name("Renamed Member").build()).build();
        Files.writeString(input.resolve("member-00001.json"), PortfolioFormat.json().write(changed), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("member-00002.json"), "{\"person\": {\"name\": \"\"}}", StandardCharsets.UTF_8);

        assertThat(renderer.write(MemberDocuments.fromFolder(spark, input.toString()), output.toString()))
                .isEqualTo(new RenderSummary(4, 2, 0));

        assertThat(MemberFiles.names(output)).containsExactly("_problems", "member-00000", "member-00001",
                "member-00002", "member-00003", "member-00004");
        assertThat(MemberFiles.names(output.resolve("member-00001"))).containsExactly("README.md", "index.html", "resume.json");
        assertThat(Files.readAllBytes(output.resolve("member-00001/README.md"))).isNotEqualTo(firstReadme);
        assertThat(Files.readString(output.resolve("member-00001/README.md"))).contains("Renamed Member");
        // refused now: its folder is the last good one, as the command line leaves an output it cannot replace
        assertThat(Files.readAllBytes(output.resolve("member-00002/index.html"))).isEqualTo(keptPage);
        assertThat(spark.read().json(output.resolve("_problems").toString()).select("id").distinct().collectAsList())
                .extracting(row -> row.getString(0)).containsExactlyInAnyOrder("member-00002", "member-00005");
    }
}

package io.github.portfoliosdk.spark.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.spark.RenderSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example does what its documentation says, on two members, one of them broken beyond a lenient read's repairs. */
class RenderMemberDirectoryTest {

    @TempDir
    Path work;

    @Test
    void writesTheSiteAndTheParquetTable() throws IOException {
        Path input = Files.createDirectories(work.resolve("in"));
        Files.copy(Path.of(System.getProperty("portfolio.showcase")), input.resolve("ada.yaml"));
        // cut off in the middle, as a failed upload leaves a file: no lenient reading repairs that
        Files.writeString(input.resolve("bob.json"), "{\"basics\": {\"name\": \"Bob\"},\n \"work\": [{\"name\": \"Acme\"");
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();

        RenderSummary summary = RenderMemberDirectory.run(spark, input.toString(), work.resolve("out").toString());

        assertThat(summary).isEqualTo(new RenderSummary(1, 1, 0));
        assertThat(work.resolve("out/site/ada/index.html")).isRegularFile();
        assertThat(work.resolve("out/site/bob")).doesNotExist();
        List<Row> problems = spark.read().json(work.resolve("out/site/_problems").toString()).collectAsList();
        assertThat(problems).extracting(row -> row.getAs("id") + " " + row.getAs("severity") + " " + row.getAs("source")
                + ":" + row.getAs("line")).containsExactly("bob error bob.json:2");
        List<Row> resumes = spark.read().parquet(work.resolve("out/resumes.parquet").toString()).collectAsList();
        assertThat(resumes).hasSize(1);
        assertThat(PortfolioFiles.read((byte[]) resumes.get(0).getAs("content"), "resume.json", ReadOptions.STRICT)
                .portfolio().person().name()).isEqualTo(PortfolioFiles.read(input.resolve("ada.yaml"), ReadOptions.STRICT)
                .portfolio().person().name());
    }
}

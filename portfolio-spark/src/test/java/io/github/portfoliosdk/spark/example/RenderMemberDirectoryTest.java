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

/** The example does what its documentation says, on two members, one of them broken. */
class RenderMemberDirectoryTest {

    @TempDir
    Path work;

    @Test
    void writesTheSiteAndTheParquetTable() throws IOException {
        Path input = Files.createDirectories(work.resolve("in"));
        Files.copy(Path.of(System.getProperty("portfolio.showcase")), input.resolve("ada.yaml"));
        Files.writeString(input.resolve("bob.json"), "{\"basics\": {\"name\": \"Bob\"}, \"work\": [{}]}");
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();

        RenderSummary summary = RenderMemberDirectory.run(spark, input.toString(), work.resolve("out").toString());

        assertThat(summary).isEqualTo(new RenderSummary(1, 1, 0));
        assertThat(work.resolve("out/site/ada/index.html")).isRegularFile();
        List<Row> resumes = spark.read().parquet(work.resolve("out/resumes.parquet").toString()).collectAsList();
        assertThat(resumes).hasSize(1);
        assertThat(PortfolioFiles.read((byte[]) resumes.get(0).getAs("content"), "resume.json", ReadOptions.STRICT)
                .portfolio().person().name()).isEqualTo(PortfolioFiles.read(input.resolve("ada.yaml"), ReadOptions.STRICT)
                .portfolio().person().name());
    }
}

package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.TextRenderer;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every operation a user pays for, on the showcase and on the large portfolio (the showcase grown to 500 generated
 * roles): the HTML page and fragment, the Markdown README, the JSON Resume export and import, reading our YAML format,
 * and validation alone. Outputs are rendered to a string, as {@link TextRenderer#render(Portfolio)} returns them;
 * reads include validation and locating every problem.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoverageBenchmark {

    /** Which portfolio: the showcase, or the showcase grown to 500 roles. */
    @Param({"showcase", "large"})
    public String portfolio;

    private Portfolio model;
    private TextRenderer page;
    private TextRenderer fragment;
    private TextRenderer readme;
    private TextRenderer jsonResume;
    private JsonResumeImporter importer;
    private String jsonResumeText;
    private String yamlText;

    /** Makes the portfolio, its JSON Resume and YAML texts, and the renderers once; checks both texts read back. */
    @Setup
    public void setUp() {
        model = switch (portfolio) {
            case "showcase" -> Fixtures.showcase();
            case "large" -> Fixtures.large();
            default -> throw new IllegalArgumentException("no portfolio named " + portfolio);
        };
        page = HtmlRenderer.builder().clock(Fixtures.CLOCK).build();
        fragment = HtmlRenderer.builder().fragment(true).clock(Fixtures.CLOCK).build();
        readme = MarkdownRenderer.builder().clock(Fixtures.CLOCK).build();
        jsonResume = JsonResumeRenderer.builder().build();
        importer = JsonResumeImporter.create();
        jsonResumeText = jsonResume.render(model);
        yamlText = PortfolioFormat.yaml().write(model);
        if (!importer.read(jsonResumeText, "benchmark.json").equals(model)) {
            throw new IllegalStateException("the JSON Resume export does not import back as the same portfolio");
        }
        if (!PortfolioFormat.yaml().read(yamlText, "benchmark.yaml").equals(model)) {
            throw new IllegalStateException("the YAML text does not read back as the same portfolio");
        }
    }

    /** The whole HTML page. */
    @Benchmark
    public String htmlPage() {
        return page.render(model);
    }

    /** The HTML fragment, for embedding in another page. */
    @Benchmark
    public String htmlFragment() {
        return fragment.render(model);
    }

    /** The GitHub profile README. */
    @Benchmark
    public String markdownReadme() {
        return readme.render(model);
    }

    /** The JSON Resume export. */
    @Benchmark
    public String jsonResumeExport() {
        return jsonResume.render(model);
    }

    /** The JSON Resume import, into a validated portfolio. */
    @Benchmark
    public Portfolio jsonResumeImport() {
        return importer.read(jsonResumeText, "benchmark.json");
    }

    /** Reading our YAML format into a validated portfolio. */
    @Benchmark
    public Portfolio yamlRead() {
        return PortfolioFormat.yaml().read(yamlText, "benchmark.yaml");
    }

    /** Validation alone: every rule of the model. */
    @Benchmark
    public List<Problem> validate() {
        return PortfolioValidator.validate(model);
    }
}

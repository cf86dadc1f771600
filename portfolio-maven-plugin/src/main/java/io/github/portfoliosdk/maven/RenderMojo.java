package io.github.portfoliosdk.maven;

import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.PortfolioRenderers;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code portfolio:render}: renders the portfolio into the output folder, one file a format ({@code index.html},
 * {@code README.md}, {@code resume.json}, and for another format found by {@link PortfolioRenderers}
 * {@code portfolio.<extension>}). All files are written or none. Bound to the {@code package} phase by default.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class RenderMojo extends PortfolioGoal {

    /** Comma-separated formats: {@code html}, {@code markdown}, {@code json-resume}, or any other renderer's format. */
    @Parameter(property = "portfolio.formats", defaultValue = "html,markdown,json-resume")
    private String formats;

    /** The folder the files are written into. */
    @Parameter(property = "portfolio.outputDirectory", defaultValue = "${project.build.directory}/portfolio", required = true)
    private File outputDirectory;

    /** Creates the goal; Maven sets its parameters. */
    public RenderMojo() {
    }

    @Override
    void execute(Portfolio portfolio) throws MojoExecutionException, MojoFailureException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (String format : formats.split(",")) {
            String name = format.strip();
            PortfolioRenderer renderer = renderer(name);
            try {
                files.put(outputDirectory.toPath().resolve(fileName(renderer)), renderer.toBytes(portfolio));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("Cannot render as " + name + ": " + e.getMessage(), e);
            }
        }
        try {
            PortfolioFiles.write(files);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Could not write into " + displayName(outputDirectory) + ", " + e.getMessage(), e);
        }
        for (Path file : files.keySet()) {
            getLog().info("Wrote " + displayName(file.toFile()));
        }
    }

    private PortfolioRenderer renderer(String format) throws MojoFailureException {
        return switch (format) {
            case "html" -> htmlRenderer();
            case "markdown" -> markdownRenderer();
            case "json-resume" -> JsonResumeRenderer.builder().build();
            default -> PortfolioRenderers.forFormat(format).orElseThrow(() -> new MojoFailureException("<formats> names '"
                    + format + "', which is not a format; formats are " + PortfolioRenderers.providers().stream()
                    .map(PortfolioRendererProvider::format).collect(Collectors.joining(", "))));
        };
    }

    /** The usual file name of a format: as {@code portfolio render -f all} names them, else by its media type. */
    private static String fileName(PortfolioRenderer renderer) {
        return switch (renderer.format()) {
            case "html" -> "index.html";
            case "markdown" -> "README.md";
            case "json-resume" -> "resume.json";
            default -> {
                String subtype = renderer.mediaType().replaceAll(";.*", "").replaceAll(".*[/+]", "").strip();
                yield "portfolio." + subtype.toLowerCase(Locale.ROOT);
            }
        };
    }
}

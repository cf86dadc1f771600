package io.github.portfoliosdk.maven;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.RenderOptions;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code portfolio:render}: renders the portfolio into the output folder, one file a format, each under the name
 * {@code portfolio render -f all} gives it ({@code index.html}, {@code README.md}, {@code resume.json},
 * {@code cv.pdf}). All files are written or none. Bound to the {@code package} phase by default.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class RenderMojo extends PortfolioGoal {

    /**
     * Comma-separated formats, such as {@code html,pdf}, or {@code all}: every format the plugin has ({@code html},
     * {@code json-resume}, {@code markdown}, {@code pdf}, and any renderer added as a plugin dependency), in that
     * order. The command line's {@code -f}.
     */
    @Parameter(property = "portfolio.formats", defaultValue = PortfolioRenderers.ALL)
    private String formats;

    /** The folder the files are written into. */
    @Parameter(property = "portfolio.outputDirectory", defaultValue = "${project.build.directory}/portfolio", required = true)
    private File outputDirectory;

    /** Creates the goal; Maven sets its parameters. */
    public RenderMojo() {
    }

    @Override
    void execute(Portfolio portfolio, RenderOptions options) throws MojoExecutionException, MojoFailureException {
        List<PortfolioRendererProvider> providers;
        try {
            providers = PortfolioRenderers.providers(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid value for <formats> (-Dportfolio.formats): " + e.getMessage(), e);
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (PortfolioRendererProvider provider : providers) {
            PortfolioRenderer renderer = renderer(provider, options);
            try {
                files.put(outputDirectory.toPath().resolve(provider.fileName()), renderer.toBytes(portfolio));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("Cannot render as " + provider.format() + ": " + e.getMessage(), e);
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

    /** HTML and Markdown with their own parameters too; any other format as its provider makes it. */
    private PortfolioRenderer renderer(PortfolioRendererProvider provider, RenderOptions options) throws MojoFailureException {
        try {
            return switch (provider.format()) {
                case "html" -> htmlRenderer(options);
                case "markdown" -> markdownRenderer(options);
                default -> provider.create(options);
            };
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Cannot render as " + provider.format() + ": " + e.getMessage(), e);
        }
    }
}

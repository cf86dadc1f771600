package io.github.portfoliosdk.maven;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.render.markdown.ReadmeUpdater;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code portfolio:readme}: renders the portfolio as Markdown between the README's markers
 * (<code>&lt;!-- portfolio:start --&gt;</code> and <code>&lt;!-- portfolio:end --&gt;</code>); the rest of the README
 * stays as it is, and a README that is up to date is not touched. Not bound to a phase: run it, or bind it in an execution.
 */
// the markers are entities, not {@code <!-- -->}: help:describe, which reads this Javadoc, dropped those as comments
@Mojo(name = "readme", threadSafe = true)
public class ReadmeMojo extends PortfolioGoal {

    /** The README to update. */
    @Parameter(property = "portfolio.readme", defaultValue = "${project.basedir}/README.md", required = true)
    private File readme;

    /**
     * Use the named markers <code>&lt;!-- portfolio:start:NAME --&gt;</code> and
     * <code>&lt;!-- portfolio:end:NAME --&gt;</code> instead.
     */
    @Parameter(property = "portfolio.marker")
    private String marker;

    /** Creates the goal; Maven sets its parameters. */
    public ReadmeMojo() {
    }

    @Override
    void execute(Portfolio portfolio, RenderOptions options) throws MojoExecutionException, MojoFailureException {
        String name = displayName(readme);
        String current;
        try {
            current = Files.readString(readme.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoFailureException("Cannot read the README " + name + ": " + e.getMessage(), e);
        }
        String generated = markdownRenderer(options).render(portfolio);
        String updated;
        try {
            updated = marker == null ? ReadmeUpdater.update(current, generated) : ReadmeUpdater.update(current, marker, generated);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(name + ": " + e.getMessage(), e);
        }
        if (updated.equals(current)) {
            getLog().info(name + " is up to date");
            return;
        }
        try {
            PortfolioFiles.write(Map.of(readme.toPath(), updated.getBytes(StandardCharsets.UTF_8)));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Could not update " + name + ", " + e.getMessage(), e);
        }
        getLog().info("Updated " + name);
    }
}

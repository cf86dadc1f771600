package io.github.portfoliosdk.maven;

import io.github.portfoliosdk.maven.internal.BuildClock;
import io.github.portfoliosdk.maven.internal.PortfolioInput;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.ReadResult;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the input file, how to read it, and the options of the HTML and Markdown outputs (the
 * command line's options under the same names). Subclasses do their work in {@link #execute(Portfolio)}.
 */
abstract class PortfolioGoal extends AbstractMojo {

    /** The portfolio file: our YAML or JSON format or a JSON Resume document, told apart by content. */
    @Parameter(property = "portfolio.input", defaultValue = "${project.basedir}/portfolio.yaml", required = true)
    private File input;

    /**
     * How to read the input when its content does not say: {@code native} (our YAML or JSON, by the file's extension)
     * or {@code json-resume}; unset, the format is told apart by content, as the command line does.
     */
    @Parameter(property = "portfolio.from")
    private String from;

    /** Repairs the common mistakes of real JSON Resume files, each reported as a warning (as the CLI's {@code --lenient}). */
    @Parameter(property = "portfolio.lenient", defaultValue = "false")
    private boolean lenient;

    /** Skips the goal. */
    @Parameter(property = "portfolio.skip", defaultValue = "false")
    private boolean skip;

    /** Comma-separated sections to show, in order (default: all that have content), such as {@code about,work,projects}. */
    @Parameter(property = "portfolio.sections")
    private String sections;

    /** The HTML theme: {@code terminal} (the default) or {@code classic}. */
    @Parameter(property = "portfolio.theme")
    private String theme;

    /** The language of dates and fixed words, as a BCP 47 tag such as {@code en} or {@code de} (default: English). */
    @Parameter(property = "portfolio.locale")
    private String locale;

    /** A CSS file whose rules the HTML page adds after the theme's. */
    @Parameter(property = "portfolio.css")
    private File css;

    /** Markdown: {@code github} (tables, Mermaid; the default) or {@code commonmark}. */
    @Parameter(property = "portfolio.flavor", defaultValue = "github")
    private String flavor;

    /** Markdown: move every heading this many levels down (0 to 2). */
    @Parameter(property = "portfolio.headingOffset", defaultValue = "0")
    private int headingOffset;

    /** Markdown: show skills and the primary stack as shields.io badges. */
    @Parameter(property = "portfolio.badges", defaultValue = "false")
    private boolean badges;

    /** Markdown: draw flows as Mermaid flowcharts (else as text, A → B → C). */
    @Parameter(property = "portfolio.mermaid", defaultValue = "true")
    private boolean mermaid;

    /**
     * "Now" for durations such as "2+ years": the project's reproducible-build timestamp (an ISO-8601 instant or
     * seconds since 1970), so that the same commit renders the same bytes; the current time when it is not set.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** The project's folder, to name files relative to it in messages. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Creates the goal; Maven sets its parameters. */
    PortfolioGoal() {
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: portfolio.skip is set");
            return;
        }
        Portfolio portfolio;
        try {
            ReadResult read = PortfolioInput.read(input.toPath(), from, lenient, displayName(input));
            read.warnings().forEach(warning -> getLog().warn(warning.toString()));
            portfolio = read.portfolio();
        } catch (InvalidPortfolioException invalid) {
            throw new MojoFailureException(problems(invalid.problems()));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        execute(portfolio);
    }

    /** Does the goal's work with the valid portfolio read from the input. */
    abstract void execute(Portfolio portfolio) throws MojoExecutionException, MojoFailureException;

    /** The message that fails the build: every problem on its own line, as {@code file:line:column: path: message}. */
    static String problems(List<Problem> problems) {
        StringBuilder message = new StringBuilder("Invalid portfolio, " + problems.size()
                + (problems.size() == 1 ? " problem:" : " problems:"));
        for (Problem problem : problems) {
            message.append('\n').append(problem);
        }
        return message.toString();
    }

    /** A file's name in messages: relative to the project's folder when it is inside it. */
    final String displayName(File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path base = basedir.toPath().toAbsolutePath().normalize();
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }

    /** The HTML renderer these parameters describe. */
    final HtmlRenderer htmlRenderer() throws MojoFailureException {
        HtmlRenderer.Builder builder = HtmlRenderer.builder().clock(clock());
        List<Section> chosen = chosenSections();
        if (chosen != null) {
            builder.sections(chosen);
        }
        if (theme != null) {
            builder.theme(Theme.fromName(theme).orElseThrow(() -> new MojoFailureException("<theme>" + theme
                    + "</theme> is not a theme; themes are " + Arrays.stream(Theme.values()).map(Theme::id).collect(Collectors.joining(", ")))));
        }
        if (locale != null) {
            builder.locale(chosenLocale());
        }
        if (css != null) {
            try {
                builder.extraCss(Files.readString(css.toPath(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new MojoFailureException("Cannot read <css> " + displayName(css) + ": " + e.getMessage(), e);
            }
        }
        return build(builder::build);
    }

    /** The Markdown renderer these parameters describe. */
    final MarkdownRenderer markdownRenderer() throws MojoFailureException {
        MarkdownRenderer.Builder builder = MarkdownRenderer.builder().clock(clock()).badges(badges).mermaid(mermaid);
        builder.flavor(Flavor.fromName(flavor).orElseThrow(() -> new MojoFailureException(
                "<flavor>" + flavor + "</flavor> is not a flavor; flavors are github, commonmark")));
        List<Section> chosen = chosenSections();
        if (chosen != null) {
            builder.sections(chosen);
        }
        if (locale != null) {
            builder.locale(chosenLocale());
        }
        MarkdownRenderer.Builder configured = builder;
        return build(() -> configured.headingOffset(headingOffset).build());
    }

    /** The {@code <locale>}, refused when it is not a language tag (not read as an empty locale, that is English). */
    private Locale chosenLocale() throws MojoFailureException {
        try {
            return Labels.localeOf(locale);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("<locale>" + locale + "</locale>: " + e.getMessage());
        }
    }

    private Clock clock() throws MojoFailureException {
        return build(() -> BuildClock.of(outputTimestamp));
    }

    private List<Section> chosenSections() throws MojoFailureException {
        if (sections == null || sections.isBlank()) {
            return null;
        }
        List<Section> chosen = new ArrayList<>();
        for (String id : sections.split(",")) {
            Section section = Section.parse(id).orElseThrow(() -> new MojoFailureException("<sections> names '"
                    + id.strip() + "', which is not a section; sections are "
                    + Section.defaultOrder().stream().map(Section::id).collect(Collectors.joining(", "))
                    + ", or the id of a custom section"));
            if (chosen.contains(section)) {
                throw new MojoFailureException("<sections> names " + section.id() + " more than once");
            }
            chosen.add(section);
        }
        return chosen;
    }

    /** A builder's refusal of a parameter's value (a heading offset of 5) fails the build with its message. */
    private static <T> T build(Builder<T> builder) throws MojoFailureException {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** Something built from the parameters. */
    @FunctionalInterface
    private interface Builder<T> {
        T build() throws MojoFailureException;
    }
}

package io.github.portfoliosdk.maven;

import io.github.portfoliosdk.maven.internal.BuildClock;
import io.github.portfoliosdk.maven.internal.PortfolioInput;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadResult;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the input file, how to read it, the options every format shares ({@link RenderOptions}) and
 * those of the HTML and Markdown outputs: the command line's options under the same names, read by the same rules.
 * Subclasses do their work in {@link #execute(Portfolio, RenderOptions)}.
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

    /**
     * Comma-separated sections to show, in order, such as {@code about,work,projects} (default: each format's own; the
     * PDF CV's is shorter than the page's). The command line's {@code --sections}.
     */
    @Parameter(property = "portfolio.sections")
    private String sections;

    /**
     * The theme of the HTML page and the PDF's print style: {@code terminal} or {@code classic} (default: the page
     * {@code terminal}, the PDF {@code classic}). The command line's {@code --theme}.
     */
    @Parameter(property = "portfolio.theme")
    private String theme;

    /**
     * The language of the content and of dates, numbers and fixed words, as a BCP 47 tag such as {@code en}, {@code de}
     * or {@code pt-BR} (default: the content as written, labels in English); a value that is not one fails the build.
     * A text the portfolio has no translation for stays in its own language, with a warning. The command line's
     * {@code --locale}.
     */
    @Parameter(property = "portfolio.locale")
    private String locale;

    /**
     * The language of dates, numbers and fixed words where it differs from {@code <locale>}'s, a BCP 47 tag. The
     * command line's {@code --labels}.
     */
    @Parameter(property = "portfolio.labels")
    private String labels;

    /**
     * Comma-separated tags, such as {@code backend,python}: every format shows only the items with one of these tags,
     * and the untagged ones; a tag no item carries fails the build. The command line's {@code --tags}.
     */
    @Parameter(property = "portfolio.tags")
    private String tags;

    /** The PDF's paper: {@code a4} (the default) or {@code letter}. The command line's {@code --paper}. */
    @Parameter(property = "portfolio.paper")
    private String paper;

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
        RenderOptions options = renderOptions();
        Portfolio portfolio;
        try {
            ReadResult read = PortfolioInput.read(input.toPath(), from, lenient, displayName(input),
                    locale == null ? null : RenderOptions.parseLocale(locale));
            read.warnings().forEach(warning -> getLog().warn(warning.toString()));
            portfolio = read.portfolio();
        } catch (InvalidPortfolioException invalid) {
            throw new MojoFailureException(problems(invalid.problems()));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        execute(portfolio, options);
    }

    /** Does the goal's work with the valid portfolio read from the input and the shared options, both checked. */
    abstract void execute(Portfolio portfolio, RenderOptions options) throws MojoExecutionException, MojoFailureException;

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

    /**
     * The options every format shares, from these parameters, checked by the rules (and with the messages) of the
     * command line: {@link RenderOptions}'s.
     */
    private RenderOptions renderOptions() throws MojoFailureException {
        RenderOptions.Builder options = RenderOptions.builder();
        options.clock(option("project.build.outputTimestamp", null, () -> BuildClock.of(outputTimestamp)));
        if (locale != null) {
            options.locale(option("locale", locale, () -> RenderOptions.parseLocale(locale)));
        }
        if (labels != null) {
            options.locale(option("labels", labels, () -> RenderOptions.parseLocale(labels)));
        }
        if (tags != null) {
            options.tags(RenderOptions.parseTags(tags));
        }
        if (theme != null) {
            options.theme(option("theme", theme, () -> RenderOptions.parseTheme(theme)));
        }
        if (paper != null) {
            options.paper(option("paper", paper, () -> RenderOptions.parsePaper(paper)));
        }
        if (sections != null && !sections.isBlank()) {
            options.sections(option("sections", sections, () -> RenderOptions.parseSections(sections)));
        }
        return options.build();
    }

    /** The HTML renderer these parameters describe. */
    final HtmlRenderer htmlRenderer(RenderOptions options) throws MojoFailureException {
        HtmlRenderer.Builder builder = HtmlRenderer.builder().options(options);
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
    final MarkdownRenderer markdownRenderer(RenderOptions options) throws MojoFailureException {
        Flavor chosen = Flavor.fromName(flavor).orElseThrow(() -> new MojoFailureException(
                "<flavor>" + flavor + "</flavor> is not a flavor; flavors are github, commonmark"));
        return build(() -> MarkdownRenderer.builder().options(options).flavor(chosen).badges(badges).mermaid(mermaid)
                .headingOffset(headingOffset).build());
    }

    /**
     * A parameter's value as the shared rule reads it; a refusal fails the build with the command line's message,
     * naming the parameter as a POM and a command line ({@code -D}) spell it.
     */
    private static <T> T option(String name, String value, Builder<T> parse) throws MojoFailureException {
        try {
            return parse.build();
        } catch (IllegalArgumentException e) {
            String where = value == null ? name : "<" + name + "> (-Dportfolio." + name + ")";
            // without the cause: Maven would append its message (the JDK's "Invalid subtag: ...") to the line
            throw new MojoFailureException("Invalid value for " + where + ": " + e.getMessage());
        }
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

package io.github.portfoliosdk.maven;

import io.github.portfoliosdk.check.CheckReport;
import io.github.portfoliosdk.check.CvCheck;
import io.github.portfoliosdk.check.Finding;
import io.github.portfoliosdk.maven.internal.PortfolioInput;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadResult;
import io.github.portfoliosdk.model.RenderOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code portfolio:check}: reads a CV PDF the way applicant-tracking systems do (as the command line's
 * {@code portfolio check}) and fails the build with each finding, page and position when it would not pass. Bound
 * to the {@code verify} phase by default, after {@code render} has written the CV.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The CV to check. */
    @Parameter(property = "portfolio.cv", defaultValue = "${project.build.directory}/portfolio/cv.pdf", required = true)
    private File cv;

    /**
     * The portfolio the CV should hold: its name, titles, organisations, dates, e-mail and URLs are looked for in
     * order. Unset, only the PDF itself is checked.
     */
    @Parameter(property = "portfolio.input")
    private File input;

    /** How to read the portfolio when its content does not say: {@code native} or {@code json-resume}. */
    @Parameter(property = "portfolio.from")
    private String from;

    /**
     * The language the CV was rendered in (render's {@code <locale>}), a BCP 47 tag: the portfolio's texts are looked
     * for in that language, each text it has no translation for in its own. Unset, as written.
     */
    @Parameter(property = "portfolio.locale")
    private String locale;

    /** Repairs the common mistakes of real JSON Resume files, each reported as a warning. */
    @Parameter(property = "portfolio.lenient", defaultValue = "false")
    private boolean lenient;

    /** The largest CV, in bytes, that is not reported (default 2.5 MB, the limit common systems set). */
    @Parameter(property = "portfolio.check.maxBytes", defaultValue = "2500000")
    private long maxBytes;

    /** Skips the goal. */
    @Parameter(property = "portfolio.skip", defaultValue = "false")
    private boolean skip;

    /** Creates the goal; Maven sets its parameters. */
    public CheckMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping portfolio:check");
            return;
        }
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(cv.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the CV " + cv + ": " + e.getMessage(), e);
        }
        Portfolio portfolio = input == null ? null : portfolio();
        CheckReport report;
        try {
            CvCheck check = CvCheck.builder().maxBytes(maxBytes).build();
            report = portfolio == null ? check.check(pdf) : check.check(pdf, portfolio);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(cv + ": " + e.getMessage(), e);
        }
        String[] lines = report.toText(cv.getPath()).split("\n");
        if (report.clean()) {
            getLog().info(lines[0]);
            return;
        }
        for (Finding finding : report.findings()) {
            getLog().error(cv.getName() + ": " + finding);
        }
        throw new MojoFailureException(lines[0] + ": the CV would not pass applicant-tracking systems");
    }

    private Portfolio portfolio() throws MojoFailureException {
        try {
            ReadResult read = PortfolioInput.read(input.toPath(), from, lenient, input.getPath(),
                    locale == null ? null : RenderOptions.parseLocale(locale));
            read.warnings().forEach(warning -> getLog().warn(warning.toString()));
            return read.portfolio();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (InvalidPortfolioException invalid) {
            for (Problem problem : invalid.problems()) {
                getLog().error(problem.toString());
            }
            throw new MojoFailureException(input + " is not a valid portfolio: " + invalid.problems().size()
                    + " problem(s)", invalid);
        }
    }
}

package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.check.CheckReport;
import io.github.portfoliosdk.check.CvCheck;
import io.github.portfoliosdk.cli.PortfolioCli;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.ReadResult;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code portfolio check}: reads a CV PDF as applicant-tracking systems do and lists what would keep them from it. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks a CV PDF (ours or anyone's) the way applicant-tracking systems read it: the text PDFBox and "
                    + "Apache Tika extract, and where it is on the page.",
            "",
            "Reports, each with its page and position: a page with no text layer, columns a parser would mix, "
                    + "contact details only in a header or footer, headings parsers do not know, glyphs that map "
                    + "to no text or to ligatures, dates in mixed forms, a file over 2.5 MB; and with --portfolio, "
                    + "each name, title, organisation, date, e-mail and URL of the portfolio that is missing or "
                    + "out of order. Exits with 0 when the CV is clean, 1 when there are findings.",
            ""
        })
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private PortfolioCommand parent;

    @Parameters(index = "0", paramLabel = "CV.pdf", description = "The CV to check; '-' reads standard input.")
    private String cv;

    @Option(names = {"-p", "--portfolio"}, paramLabel = "FILE",
            description = "The portfolio the CV should hold (any format 'render' reads): its facts are looked for in order.")
    private String portfolioFile;

    @Option(names = "--lenient", description = "Read a JSON Resume --portfolio with repairs, as 'render --lenient' does.")
    private boolean lenient;

    @Option(names = "--locale", paramLabel = "TAG", converter = VariantOptions.LocaleConverter.class,
            description = "The language the CV was rendered in ('render --locale'): the --portfolio's texts are looked "
                    + "for in that language, each text it has no translation for in its own (default: as written).")
    private Locale locale;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        Input pdf = Input.read(cv, terminal.in());
        Portfolio portfolio = null;
        if (portfolioFile != null) {
            Cli.quietLibraryLogging();
            Input document = Input.read(portfolioFile, terminal.in());
            ReadResult read = PortfolioFiles.read(document.bytes(), document.name(),
                    lenient ? ReadOptions.LENIENT : ReadOptions.STRICT);
            read.warnings().forEach(warning -> terminal.message("warning: " + warning));
            portfolio = locale == null ? read.portfolio() : read.portfolio().in(locale);
        }
        CheckReport report = check(pdf, portfolio);
        terminal.print(report.toText(pdf.name()));
        return report.clean() ? PortfolioCli.OK : PortfolioCli.INVALID_INPUT;
    }

    /**
     * Checks a PDF, with the portfolio when there is one.
     *
     * @throws InvalidInputException when the bytes are not a PDF
     */
    static CheckReport check(Input pdf, Portfolio portfolio) {
        try {
            CvCheck check = CvCheck.create();
            return portfolio == null ? check.check(pdf.bytes()) : check.check(pdf.bytes(), portfolio);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(pdf.name() + ": " + e.getMessage());
        }
    }
}

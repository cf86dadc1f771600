package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.cli.PortfolioCli;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.RenderOptions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code portfolio validate}: every problem of a portfolio file, one per line, like a compiler. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks a portfolio file and lists every problem, like a compiler.",
            "",
            "Each problem is printed on its own line as file:line:column: path: message. Exits with 0 when the "
                    + "file is valid, 1 when it is not.",
            ""
        })
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private PortfolioCommand parent;

    @Mixin
    private InputOptions input;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing when the file is valid.")
    private boolean quiet;

    @Option(names = "--locale", paramLabel = "TAG|all", converter = VariantOptions.LocaleOrAll.class,
            description = "Also check a translation: print how many of the portfolio's texts this language has (\"de: 112"
                    + " of 118 texts, 95%%\") and warn of each text it lacks, at its line; 'all' for every language it has.")
    private String locale;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        Input document = input.read(terminal);
        Portfolio portfolio = input.portfolio(document, terminal);
        if (!quiet) {
            terminal.message(document.name() + ": valid portfolio of " + portfolio.person().name());
        }
        if (locale != null) {
            List<Locale> languages = VariantOptions.ALL.equals(locale)
                    ? portfolio.contentLanguages().stream().skip(1).map(Locale::forLanguageTag).toList()
                    : List.of(RenderOptions.parseLocale(locale));
            for (Locale language : languages) {
                input.portfolio(document, terminal, language);
                terminal.message(document.name() + ": " + portfolio.coverage(language));
            }
        }
        return PortfolioCli.OK;
    }
}

package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.cli.PortfolioCli;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import io.github.portfoliosdk.render.markdown.ReadmeMarkersException;
import io.github.portfoliosdk.render.markdown.ReadmeUpdater;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code portfolio readme}: renders the Markdown into the marked part of an existing README. */
@Command(name = "readme",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Renders the portfolio as Markdown into the marked part of a README.",
            "",
            "The Markdown goes between the lines <!-- portfolio:start --> and <!-- portfolio:end --> of the README; "
                    + "the rest of the README stays as it is, and a README that is already up to date is not touched. "
                    + "Without --update, prints the marked block to paste into a README once.",
            ""
        })
final class ReadmeCommand implements Callable<Integer> {

    @ParentCommand
    private PortfolioCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Option(names = "--update", paramLabel = "README", description = "The README to update in place (only its marked part changes).")
    private Path readme;

    @Option(names = "--marker", paramLabel = "NAME",
            description = "Use the named markers <!-- portfolio:start:NAME --> and <!-- portfolio:end:NAME --> instead.")
    private String marker;

    @Mixin
    private SectionOptions sections;

    @Mixin
    private MarkdownOptions markdown;

    @Mixin
    private VariantOptions variant;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        MarkdownRenderer renderer = Renderers.build(spec, () -> markdown.renderer(Renderers.options(spec, sections, variant, null, null)));
        String start = Renderers.build(spec, () -> marker == null ? ReadmeUpdater.START : ReadmeUpdater.startMarker(marker));
        String end = marker == null ? ReadmeUpdater.END : ReadmeUpdater.endMarker(marker);
        if (readme != null && Input.STDIN.equals(readme.toString())) {
            throw new ParameterException(spec.commandLine(), "--update needs a README file, not standard input");
        }
        if (variant.allLanguages) {
            throw new ParameterException(spec.commandLine(), "--locale all: a README is in one language; give one, "
                    + "or render them all with 'portfolio render -f markdown --locale all -o DIR'");
        }
        Input document = input.read(terminal);
        Input current = readme == null ? null : Input.read(readme.toString(), terminal.in());
        Portfolio portfolio = variant.tailor(spec, input.portfolio(document, terminal, variant.content));
        String generated = Renderers.render(renderer, portfolio, document.name());
        if (current == null) {
            terminal.print(update(start + "\n" + end + "\n", generated));
            return PortfolioCli.OK;
        }
        String text = current.text();
        String updated;
        try {
            updated = update(text, generated);
        } catch (ReadmeMarkersException e) {
            throw new InvalidInputException(current.name() + ": " + e.getMessage());
        }
        if (updated.equals(text)) {
            terminal.message(current.name() + " is up to date");
        } else {
            PortfolioFiles.write(Map.of(readme, updated.getBytes(StandardCharsets.UTF_8)));
            terminal.message("updated " + current.name());
        }
        return PortfolioCli.OK;
    }

    private String update(String readmeText, String generated) {
        return marker == null ? ReadmeUpdater.update(readmeText, generated) : ReadmeUpdater.update(readmeText, marker, generated);
    }
}

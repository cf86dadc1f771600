package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.cli.PortfolioCli;
import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code portfolio convert}: between our YAML, our JSON and JSON Resume, losing nothing the target can hold. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Converts a portfolio between our YAML, our JSON and JSON Resume.",
            "",
            "Writes to standard output when no -o is given; nothing is written when the input is invalid.",
            ""
        })
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    private PortfolioCommand parent;

    @Mixin
    private InputOptions input;

    @Option(names = "--to", required = true, paramLabel = "yaml|json|json-resume", converter = Target.Converter.class,
            completionCandidates = Target.Converter.class,
            description = "The format to convert to.")
    private Target to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write.")
    private Path output;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        Input document = input.read(terminal);
        Portfolio portfolio = input.portfolio(document, terminal);
        String text = switch (to) {
            case YAML -> PortfolioFormat.yaml().write(portfolio);
            case JSON -> PortfolioFormat.json().write(portfolio);
            case JSON_RESUME -> Renderers.render(Renderers.jsonResume(), portfolio, document.name());
        };
        if (output == null) {
            terminal.print(text);
        } else {
            PortfolioFiles.write(Map.of(output, text.getBytes(StandardCharsets.UTF_8)));
            terminal.message("wrote " + output);
        }
        return PortfolioCli.OK;
    }

    /** The formats {@code convert} writes. */
    enum Target {
        YAML("yaml"), JSON("json"), JSON_RESUME("json-resume");

        private final String id;

        Target(String id) {
            this.id = id;
        }

        /** Converts and completes {@code --to} values. */
        static final class Converter implements ITypeConverter<Target>, Iterable<String> {
            @Override
            public Target convert(String value) {
                return Arrays.stream(values()).filter(target -> target.id.equals(value)).findFirst()
                        .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of " + String.join(", ", this)));
            }

            @Override
            public Iterator<String> iterator() {
                return Arrays.stream(values()).map(target -> target.id).collect(Collectors.toList()).iterator();
            }
        }
    }
}

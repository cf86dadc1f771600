package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.RenderOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** The options that make a variant of the output: its language ({@code --locale}) and its tags ({@code --tags}). */
final class VariantOptions {

    @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class,
            description = "The language of labels, dates and numbers, as a BCP 47 tag: de, pt-BR, ta, ar... "
                    + "(default: en). Catalogues ship for en, de, fr, es, pt-BR, it, nl, pl, ta, hi, ja, zh-Hans, ar and he;"
                    + " another language falls back to its parent, then English. The PDF takes them all; ja and zh-Hans"
                    + " with the optional portfolio-render-pdf-fonts-cjk jar, which this command line carries.")
    Locale locale = Locale.ENGLISH;

    @Option(names = "--tags", paramLabel = "TAG", split = ",",
            description = "Render a tailored variant: only the roles, projects, notes and skills with one of these tags,"
                    + " and the untagged ones (for example --tags backend,python).")
    List<String> tags = List.of();

    /**
     * The portfolio's variant for {@code --tags}; the whole portfolio without it.
     *
     * @throws ParameterException when no item carries a requested tag (exit code 2), saying which tag is closest
     */
    Portfolio tailor(CommandSpec spec, Portfolio portfolio) {
        try {
            return portfolio.tailored(new LinkedHashSet<>(tags));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
    }

    /** Reads a BCP 47 language tag strictly, so that a typo is a usage error rather than an empty locale. */
    static final class LocaleConverter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            try {
                return RenderOptions.parseLocale(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}

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

    /** The language of the labels (and of the content, when {@link #content} is set). */
    Locale locale = Locale.ENGLISH;

    /** The language of the content that {@code --locale} chose, or null for the portfolio's own. */
    Locale content;

    /** Whether {@code --locale all} asked for every language the portfolio has. */
    boolean allLanguages;

    @Option(names = "--labels", paramLabel = "TAG", converter = LocaleConverter.class,
            description = "The language of labels, dates and numbers where it differs from --locale's (a BCP 47 tag).")
    Locale labels;

    @Option(names = "--locale", paramLabel = "TAG|all", converter = LocaleOrAll.class,
            description = "The language of the content and of the labels, dates and numbers, as a BCP 47 tag: de, pt-BR,"
                    + " ta, ar... (default: the content as written, labels in en). A text the portfolio has no translation"
                    + " for stays in its own language, with a warning. 'all' renders every language the portfolio has"
                    + " (index.html, index.de.html...). Label catalogues ship for en, de, fr, es, pt-BR, it, nl, pl, ta,"
                    + " hi, ja, zh-Hans, ar and he; another language falls back to its parent, then English. The PDF takes"
                    + " them all (ja and zh-Hans with the Chinese and Japanese fonts this command line carries).")
    void locale(String value) {
        if (ALL.equals(value)) {
            allLanguages = true;
            return;
        }
        allLanguages = false;
        locale = RenderOptions.parseLocale(value);
        content = locale;
    }

    /** The value of {@code --locale} that renders every language. */
    static final String ALL = "all";

    /** The language of the labels: {@code --labels}, else {@code --locale}'s. */
    Locale labels() {
        return labels != null ? labels : locale;
    }

    /** The language of the labels of the variant in this content language: {@code --labels}, else that language. */
    Locale labels(Locale content) {
        return labels != null ? labels : content;
    }

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

    /** Checks a {@code --locale} value: {@code all}, or a BCP 47 language tag read strictly. */
    static final class LocaleOrAll implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!ALL.equals(value)) {
                new LocaleConverter().convert(value);
            }
            return value;
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

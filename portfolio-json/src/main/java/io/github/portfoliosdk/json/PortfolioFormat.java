package io.github.portfoliosdk.json;

import io.github.portfoliosdk.json.internal.Binder;
import io.github.portfoliosdk.json.internal.Limits;
import io.github.portfoliosdk.json.internal.Problems;
import io.github.portfoliosdk.json.internal.RecordWriter;
import io.github.portfoliosdk.json.internal.TranslatedTexts;
import io.github.portfoliosdk.json.internal.Tree;
import io.github.portfoliosdk.json.internal.TreeReader;
import io.github.portfoliosdk.json.internal.Utf8;
import io.github.portfoliosdk.json.internal.ValidationLocator;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadResult;
import io.github.portfoliosdk.model.Translations;
import io.github.portfoliosdk.model.internal.translation.Choosing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The native format of a {@link Portfolio}, as YAML ({@link #yaml()}) or JSON ({@link #json()}): property
 * names are the model's record component names, enums are lower case, dates are "2026-02", "2024" or
 * "2019-07-01". Described by the JSON Schema {@link #schema()}.
 * <p>Reading validates the portfolio and reports <em>every</em> problem at once, each with the source
 * name, line, column and path ({@code portfolio.yaml:12:9: roles[1].period.end: 2019-03 is before the start
 * 2020-01}), in document order. Writing is deterministic: the same portfolio gives the same bytes.
 * <p>Immutable and thread-safe; the two instances are shared, {@link #withValidator(PortfolioValidator)} makes others.
 */
public final class PortfolioFormat {

    /** The {@code $id} of the native format's JSON Schema. */
    public static final String SCHEMA_ID = "https://portfoliosdk.github.io/schema/portfolio.schema.json";

    private static final String SCHEMA_PROPERTY = "$schema";
    private static final String SCHEMA_RESOURCE = "portfolio.schema.json";

    private final String name;
    private final List<String> fileExtensions;
    private final boolean yaml;
    private final TokenStreamFactory readFactory;
    private final Binder binder;
    private final PortfolioValidator validator;

    /** The same format, validating with another validator. */
    private PortfolioFormat(PortfolioFormat format, PortfolioValidator validator) {
        this.name = format.name;
        this.fileExtensions = format.fileExtensions;
        this.yaml = format.yaml;
        this.readFactory = format.readFactory;
        this.binder = format.binder;
        this.validator = validator;
    }

    private PortfolioFormat(String name, List<String> fileExtensions, boolean yaml) {
        this.validator = PortfolioValidator.create();
        this.name = name;
        this.fileExtensions = fileExtensions;
        this.yaml = yaml;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(Limits.MAX_DEPTH + 16)
                .maxStringLength(Limits.MAX_STRING_LENGTH)
                .maxNameLength(Limits.MAX_STRING_LENGTH)
                .maxDocumentLength(Limits.MAX_DOCUMENT_SIZE + 1L)
                .maxNumberLength(100)
                .build();
        JsonFactory jsonFactory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.binder = new Binder(Portfolio.class, jsonFactory);
        if (yaml) {
            this.readFactory = YAMLFactory.builder()
                    .streamReadConstraints(constraints)
                    // TreeReader finds duplicate keys itself, so that it can report all of them, each located
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // "key:" with nothing after it means no value; a quoted "" stays an empty text
                    .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
                    .loadSettings(LoadSettings.builder()
                            .setCodePointLimit(Limits.MAX_DOCUMENT_SIZE + 1)
                            .setMaxAliasesForCollections(Limits.MAX_VALUES)
                            .setAllowDuplicateKeys(true)
                            .build())
                    .build();
        } else {
            this.readFactory = jsonFactory;
        }
    }

    /** The YAML flavour, for {@code .yaml} and {@code .yml} files. */
    public static PortfolioFormat yaml() {
        return Yaml.FORMAT;
    }

    /** The JSON flavour, for {@code .json} files. */
    public static PortfolioFormat json() {
        return Json.FORMAT;
    }

    /**
     * The format for a file name by its extension ({@code .yaml}, {@code .yml}, {@code .json}; any case).
     *
     * @return the format, or empty when the extension is none of these
     */
    public static Optional<PortfolioFormat> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(yaml());
        }
        return lower.endsWith(".json") ? Optional.of(json()) : Optional.empty();
    }

    /** The JSON Schema (draft 2020-12) of the native format, as text; its {@code $id} is {@link #SCHEMA_ID}. */
    public static String schema() {
        try (InputStream in = PortfolioFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The schema resource " + SCHEMA_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This format, validating what it reads with {@code validator} instead of the SDK's own: in an application that
     * has a {@code jakarta.validation.ValidatorFactory} already, {@code format.withValidator(PortfolioValidator.using(factory))}
     * starts no second one. Problems are located as usual.
     *
     * @return a new format; this one is unchanged
     */
    public PortfolioFormat withValidator(PortfolioValidator validator) {
        return new PortfolioFormat(this, Objects.requireNonNull(validator, "validator"));
    }

    /** The format's name: "yaml" or "json". */
    public String name() {
        return name;
    }

    /** The file name extensions of this format, without the dot, the usual one first. */
    public List<String> fileExtensions() {
        return fileExtensions;
    }

    /**
     * Reads and validates a portfolio file; problems name the file as given.
     *
     * @throws InvalidPortfolioException listing every problem, located
     * @throws UncheckedIOException when the file cannot be read
     */
    public Portfolio read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates a portfolio from UTF-8 bytes; the stream is read to its end but not closed.
     *
     * @param sourceName the name problems are reported with, such as a file name
     * @throws InvalidPortfolioException listing every problem, located
     * @throws UncheckedIOException when the stream cannot be read
     */
    public Portfolio read(InputStream in, String sourceName) {
        return read(in, sourceName, (Locale) null).portfolio();
    }

    /**
     * Reads and validates a portfolio file and chooses its language ({@link Portfolio#in(Locale)}): each text
     * without a translation in that language is a warning at its line and column
     * ({@code portfolio.yaml:12:7: roles[0].summary: no de translation; shown in en}).
     *
     * @param language the language to read the portfolio in; null for the one it was written in
     * @throws InvalidPortfolioException listing every problem, located
     * @throws UncheckedIOException when the file cannot be read
     */
    public ReadResult read(Path file, Locale language) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates a portfolio from UTF-8 bytes and chooses its language, as {@link #read(Path, Locale)};
     * the stream is read to its end but not closed.
     *
     * @param sourceName the name problems are reported with, such as a file name
     * @param language the language to read the portfolio in; null for the one it was written in
     * @throws InvalidPortfolioException listing every problem, located
     * @throws UncheckedIOException when the stream cannot be read
     */
    public ReadResult read(InputStream in, String sourceName, Locale language) {
        Problems problems = new Problems(sourceName);
        byte[] bytes;
        try {
            bytes = in.readNBytes(Limits.MAX_DOCUMENT_SIZE + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > Limits.MAX_DOCUMENT_SIZE) {
            problems.add(new Tree.Position(1, 1), "", "the document is larger than the limit of "
                    + Limits.MAX_DOCUMENT_SIZE + " bytes");
            problems.throwIfAny();
        }
        String content = Utf8.decode(bytes, problems);
        problems.throwIfAny();
        return read(content, problems, language);
    }

    /**
     * Reads and validates a portfolio from text.
     *
     * @param sourceName the name problems are reported with, such as a file name
     * @throws InvalidPortfolioException listing every problem, located
     */
    public Portfolio read(String content, String sourceName) {
        Objects.requireNonNull(content, "content");
        Problems problems = new Problems(sourceName);
        if (content.length() > Limits.MAX_DOCUMENT_SIZE) {
            problems.add(new Tree.Position(1, 1), "", "the document is larger than the limit of "
                    + Limits.MAX_DOCUMENT_SIZE + " characters");
            problems.throwIfAny();
        }
        return read(content.startsWith("\uFEFF") ? content.substring(1) : content, problems, null).portfolio();
    }

    private ReadResult read(String content, Problems problems, Locale language) {
        Tree tree;
        try (JsonParser parser = readFactory.createParser(ObjectReadContext.empty(), content)) {
            tree = TreeReader.read(parser, problems);
        }
        if (tree == null) {
            problems.throwIfAny();
        }
        TranslatedTexts translated = new TranslatedTexts(TranslatedTexts.languageOf(tree));
        Portfolio portfolio = binder.bind(withoutSchemaReference(tree, problems), Portfolio.class, problems, translated);
        Translations translations = translated.translations();
        if (portfolio != null && !translations.isEmpty()) {
            portfolio = portfolio.toBuilder().translations(translations).buildUnvalidated();
        }
        if (portfolio == null && problems.isEmpty()) {
            problems.add(tree.position(), "", "expected an object with properties of a Portfolio but found nothing");
        }
        if (portfolio != null) {
            ValidationLocator.addLocated(validator.problems(portfolio), tree, problems);
        }
        problems.throwIfAny();
        if (language == null) {
            return new ReadResult(portfolio, name, List.of());
        }
        Portfolio chosen = portfolio.in(language);
        List<Problem> fallbacks = new ArrayList<>();
        if (chosen != portfolio) {
            String message = Choosing.fallbackMessage(chosen.language(), portfolio.contentLanguages().get(0));
            Problems located = new Problems(problems.source());
            for (String path : chosen.coverage(language).untranslated()) {
                located.add(ValidationLocator.locate(tree, path), path, message);
            }
            fallbacks.addAll(located.list());
        }
        return new ReadResult(chosen, name, fallbacks);
    }

    /** The document without its {@code "$schema"} property, which tells editors the schema and is no part of the portfolio. */
    private static Tree withoutSchemaReference(Tree tree, Problems problems) {
        if (!(tree instanceof Tree.Mapping root) || root.get(SCHEMA_PROPERTY) == null) {
            return tree;
        }
        Tree.Entry reference = root.get(SCHEMA_PROPERTY);
        if (!(reference.value() instanceof Tree.Scalar scalar) || scalar.kind() != Tree.ScalarKind.STRING) {
            problems.add(reference.value().position(), SCHEMA_PROPERTY, "expected the URL of a JSON Schema but found "
                    + Tree.describe(reference.value()));
        }
        return new Tree.Mapping(root.position(), root.entries().stream().filter(entry -> entry != reference).toList());
    }

    /**
     * Writes the portfolio in this format: deterministic, ending with a newline, naming the schema (a
     * {@code yaml-language-server} comment in YAML, a {@code "$schema"} property in JSON). Does not validate.
     * A text with translations is written as a map of languages ({@code headline: {en: ..., de: ...}}); a portfolio
     * that {@linkplain Portfolio#in(Locale) chose} a language is written as it was written, in its original language.
     */
    public String write(Portfolio portfolio) {
        Objects.requireNonNull(portfolio, "portfolio");
        Portfolio written = Choosing.asWritten(portfolio);
        ObjectNode tree = Writing.RECORDS.tree(written, written.language(), written.translations());
        String text;
        if (yaml) {
            text = "# yaml-language-server: $schema=" + SCHEMA_ID + "\n" + YamlWriting.WRITER.writeValueAsString(tree);
        } else {
            ObjectNode document = JsonNodeFactory.instance.objectNode();
            document.put(SCHEMA_PROPERTY, SCHEMA_ID);
            document.setAll(tree);
            text = JsonWriting.WRITER.writeValueAsString(document);
        }
        return text.endsWith("\n") ? text : text + "\n";
    }

    /**
     * Writes the portfolio in this format to {@code out}; the same text as {@link #write(Portfolio)}.
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public void write(Portfolio portfolio, Appendable out) {
        String text = write(portfolio);
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format's name. */
    @Override
    public String toString() {
        return name;
    }

    /** Makes the YAML format on first use only, so that a JSON-only caller never pays for it (lazy holder idiom). */
    private static final class Yaml {
        static final PortfolioFormat FORMAT = new PortfolioFormat("yaml", List.of("yaml", "yml"), true);
    }

    /** Makes the JSON format on first use only. */
    private static final class Json {
        static final PortfolioFormat FORMAT = new PortfolioFormat("json", List.of("json"), false);
    }

    /**
     * What writing needs, made on the first write only: a command that only reads (validate, render) does not pay
     * for starting Jackson's data binding, and a YAML write does not pay for the JSON writer nor the other way round.
     */
    private static final class Writing {
        static final RecordWriter RECORDS = new RecordWriter(Portfolio.class);
    }

    /** The YAML writer, made on the first YAML write. */
    private static final class YamlWriting {
        static final ObjectWriter WRITER = YAMLMapper.builder(YAMLFactory.builder()
                        .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                        .disable(YAMLWriteFeature.SPLIT_LINES)
                        .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                        .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                        .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                        .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                        .build())
                .build()
                .writer();
    }

    /** The JSON writer, made on the first JSON write. */
    private static final class JsonWriting {
        static final ObjectWriter WRITER = JsonMapper.builder().build().writer().with(
                new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }
}

package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Translations;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * What choosing a language costs: reading a YAML file whose every text is given in English and German and choosing
 * German, against reading a one-language file of the same size: each text the English and the German one joined, so
 * that both files hold the same text, and padded so that both files have as many bytes (the maps' keys and indentation
 * take about 25 bytes a text). Issue #20 asks for at most 10% more. Both files are written and read as YAML and, for
 * comparison, as JSON ({@code syntax}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TranslationBenchmark {

    @Param({"showcase", "large"})
    public String portfolio;

    /** The file's syntax: our YAML or our JSON format. */
    @Param({"yaml", "json"})
    public String syntax;

    private static final LoadSettings UNMARKED = LoadSettings.builder().setUseMarks(false).build();

    private TokenStreamFactory parsers;

    private PortfolioFormat format;

    private String twoLanguages;
    private String oneLanguage;
    private Portfolio read;

    /** Writes both files; checks that choosing German gives the German texts. */
    @Setup
    public void setUp() {
        format = syntax.equals("json") ? PortfolioFormat.json() : PortfolioFormat.yaml();
        parsers = syntax.equals("json") ? new JsonFactory() : new YAMLFactory();
        Portfolio english = portfolio.equals("large") ? Fixtures.large() : Fixtures.showcase();
        Map<String, String> texts = allTexts(english);
        Map<String, String> german = new LinkedHashMap<>();
        texts.forEach((pointer, text) -> german.put(pointer, "(de) " + text));
        Portfolio translated = english.toBuilder().translations(Translations.of(Map.of("de", german))).buildUnvalidated();
        twoLanguages = format.write(translated);
        oneLanguage = joined(format, english, texts, 0);
        oneLanguage = joined(format, english, texts, (size(twoLanguages) - size(oneLanguage)) / texts.size());
        read = format.read(twoLanguages, "two." + syntax);
        Portfolio chosen = readAndChooseGerman();
        if (!chosen.person().headline().startsWith("(de) ") || chosen.coverage(Locale.GERMAN).percent() != 100) {
            throw new IllegalStateException("choosing German does not give the German texts");
        }
        System.err.printf("%s, %s: two languages %,d bytes, one language %,d bytes, %d texts%n", portfolio, syntax,
                size(twoLanguages), size(oneLanguage), texts.size());
    }

    /** The portfolio in one language, each text the English and the German one joined and padded by this many bytes. */
    private static String joined(PortfolioFormat format, Portfolio english, Map<String, String> texts, int padding) {
        Map<String, String> joined = new LinkedHashMap<>();
        String pad = padding > 0 ? " " + "x".repeat(padding - 1) : "";
        texts.forEach((pointer, text) -> joined.put(pointer, text + " (de) " + text + pad));
        Portfolio single = english.toBuilder().translations(Translations.of(Map.of("xx", joined))).buildUnvalidated()
                .in(Locale.forLanguageTag("xx")).toBuilder().language(null).translations(null).buildUnvalidated();
        return format.write(single);
    }

    private static int size(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Every text a person writes, by JSON Pointer: what a portfolio that chose another language keeps of the original. */
    private static Map<String, String> allTexts(Portfolio portfolio) {
        return portfolio.toBuilder().translations(Translations.of(Map.of("zz", Map.of("/person/name", "-"))))
                .buildUnvalidated().in(Locale.forLanguageTag("zz")).translations().in("en");
    }

    /** Reads the one-language file. */
    @Benchmark
    public Portfolio readOneLanguage() {
        return format.read(oneLanguage, "one." + syntax);
    }

    /** Reads the file in two languages, without choosing. */
    @Benchmark
    public Portfolio readTwoLanguages() {
        return format.read(twoLanguages, "two." + syntax);
    }

    /** Chooses German in the portfolio read: the cost of the choice alone. */
    @Benchmark
    public Portfolio chooseGerman() {
        return read.in(Locale.GERMAN);
    }

    /** Reads the file in two languages and chooses German. */
    @Benchmark
    public Portfolio readAndChooseGerman() {
        return format.read(twoLanguages, "two." + syntax).in(Locale.GERMAN);
    }

    /**
     * Only the parser's tokens of the one-language file, with the line and column of each, as the reader asks for
     * them: the floor under {@link #readOneLanguage()}, which no reader of this file goes below.
     */
    @Benchmark
    public int tokensOneLanguage() {
        return tokens(oneLanguage, true);
    }

    /** Only the parser's tokens of the file in two languages: the floor under {@link #readTwoLanguages()}. */
    @Benchmark
    public int tokensTwoLanguages() {
        return tokens(twoLanguages, true);
    }

    /**
     * The parser alone under Jackson, without line and column, for the one-language file: snakeyaml-engine's events
     * for YAML (the YAML parser Jackson reads through), Jackson's tokens for JSON. Nothing above the parser can make
     * reading the two files differ by less than these two do.
     */
    @Benchmark
    public int parserOnlyOneLanguage() {
        return parserOnly(oneLanguage);
    }

    /** The parser alone, without line and column, for the file in two languages. */
    @Benchmark
    public int parserOnlyTwoLanguages() {
        return parserOnly(twoLanguages);
    }

    private int parserOnly(String text) {
        if (!syntax.equals("yaml")) {
            return tokens(text, false);
        }
        int count = 0;
        for (Event event : new Parse(UNMARKED).parseString(text)) {
            count += event.getEventId().ordinal();
        }
        return count;
    }

    private int tokens(String text, boolean locations) {
        int tokens = 0;
        try (JsonParser parser = parsers.createParser(ObjectReadContext.empty(), text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (locations) {
                    parser.currentTokenLocation();
                }
                if (token == JsonToken.VALUE_STRING) {
                    parser.getString();
                }
                tokens++;
            }
        }
        return tokens;
    }
}

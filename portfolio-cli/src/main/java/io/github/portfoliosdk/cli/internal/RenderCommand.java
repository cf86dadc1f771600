package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.check.CheckReport;
import io.github.portfoliosdk.cli.PortfolioCli;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code portfolio render}: one portfolio to HTML, Markdown, JSON Resume, a PDF CV, or all four into a folder. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Renders a portfolio as an HTML page, Markdown (a GitHub profile README), a JSON Resume document or a "
                    + "PDF CV.",
            "",
            "With -f all, writes every format into the folder given with -o, each under its file name (index.html, "
                    + "README.md, resume.json, cv.pdf...). Writes to "
                    + "standard output when no -o is given. Nothing is written when the input is invalid, and an "
                    + "existing output is only replaced once its new content is complete.",
            ""
        })
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    private PortfolioCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Formats.class,
            completionCandidates = Formats.class,
            description = "${COMPLETION-CANDIDATES} (default: html): one format, several separated by commas, or all "
                    + "(every format present, in that order).")
    private String format = "html";

    private List<PortfolioRendererProvider> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "The file to write, or a folder (for -f all, or to get the format's usual file name in it).")
    private Path output;

    @Mixin
    private SectionOptions sections;

    @Mixin
    private HtmlOptions html;

    @Mixin
    private MarkdownOptions markdown;

    @Mixin
    private PdfOptions pdf;

    @Mixin
    private VariantOptions variant;

    @Option(names = "--check",
            description = "With -f pdf or all: check the CV as 'portfolio check --portfolio' does, and fail (exit 1, nothing written) when it would not pass.")
    private boolean check;

    @Option(names = "--watch",
            description = "Keep running and render again whenever INPUT changes; a bad edit is reported and the last good output kept. Ctrl-C stops.")
    private boolean watch;

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        Map<PortfolioRenderer, Path> outputs = plan();
        if (watch) {
            return new Watch(terminal, input.read(terminal), document -> render(document, outputs)).run();
        }
        render(input.read(terminal), outputs);
        return PortfolioCli.OK;
    }

    /** Checks the options together and builds each renderer with the file it writes (null: standard output). */
    private Map<PortfolioRenderer, Path> plan() {
        formats = PortfolioRenderers.providers(format);
        boolean several = formats.size() > 1;
        if (several && output == null) {
            throw new ParameterException(spec.commandLine(), "-f " + format + " writes " + formats.size()
                    + " files: name their folder with -o DIR");
        }
        if (several && Files.isRegularFile(output)) {
            throw new ParameterException(spec.commandLine(), "-f " + format + " writes " + formats.size()
                    + " files into a folder, but " + output + " is a file");
        }
        if (check && formats.stream().noneMatch(provider -> PdfRenderer.FORMAT.equals(provider.format()))) {
            throw new ParameterException(spec.commandLine(), "--check checks the PDF CV: use it with -f pdf or -f all");
        }
        if (watch && output == null) {
            throw new ParameterException(spec.commandLine(), "--watch needs -o: the file or folder to keep up to date");
        }
        if (watch && Input.STDIN.equals(input.input)) {
            throw new ParameterException(spec.commandLine(), "--watch needs an input file to watch, not standard input");
        }
        if (variant.allLanguages && output == null) {
            throw new ParameterException(spec.commandLine(), "--locale all writes a file per language (index.html, "
                    + "index.de.html...): name their folder with -o DIR");
        }
        return plan(variant.labels(), null, List.of());
    }

    /**
     * The renderers with labels in this language and the files they write, named for {@code language} (null: as
     * usual); an HTML page links its variants in {@code languages}, the first of which has the usual file name.
     */
    private Map<PortfolioRenderer, Path> plan(Locale labels, String language, List<String> languages) {
        RenderOptions options = Renderers.options(spec, sections, labels, html, pdf);
        Map<PortfolioRenderer, Path> outputs = new LinkedHashMap<>();
        for (PortfolioRendererProvider provider : formats) {
            Map<String, String> pages = new LinkedHashMap<>();
            for (String other : languages) {
                Path page = target(provider, other.equals(languages.get(0)) ? null : other);
                pages.put(other, page.getFileName().toString());
            }
            outputs.put(Renderers.create(spec, provider, options, html, markdown, pages), target(provider, language));
        }
        return outputs;
    }

    private Path target(PortfolioRendererProvider provider, String language) {
        if (output == null) {
            return null;
        }
        Path file = formats.size() > 1 || Files.isDirectory(output) ? output.resolve(provider.fileName()) : output;
        return language == null ? file : file.resolveSibling(inLanguage(file.getFileName().toString(), language));
    }

    /** The file name of a language's variant: {@code index.html} in German is {@code index.de.html}. */
    static String inLanguage(String fileName, String language) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName + "." + language : fileName.substring(0, dot) + "." + language + fileName.substring(dot);
    }

    /**
     * Reads the portfolio, renders every output in memory (with {@code --locale all}, once per language the portfolio
     * has: its own language under the usual file names, each other one beside it), then writes them all or none.
     */
    private void render(Input document, Map<PortfolioRenderer, Path> outputs) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<String> refusals = new java.util.ArrayList<>();
        int rendered = outputs.size();
        if (!variant.allLanguages) {
            Portfolio portfolio = variant.tailor(spec, input.portfolio(document, parent.terminal(), variant.content));
            renderInto(document, portfolio, outputs, files, refusals);
        } else {
            List<String> languages = input.portfolio(document, parent.terminal()).contentLanguages();
            rendered = 0;
            for (String language : languages) {
                Locale content = Locale.forLanguageTag(language);
                Portfolio portfolio = variant.tailor(spec, input.portfolio(document, parent.terminal(), content));
                Map<PortfolioRenderer, Path> variantOutputs = plan(variant.labels(content),
                        language.equals(languages.get(0)) ? null : language, languages.size() > 1 ? languages : List.of());
                rendered += variantOutputs.size();
                renderInto(document, portfolio, variantOutputs, files, refusals);
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(String.join("\n", refusals) + (rendered > 1
                    ? "\nnothing written: " + refusals.size() + " of the " + rendered + " formats cannot render it" : ""));
        }
        PortfolioFiles.write(files);
        for (Path file : files.keySet()) {
            parent.terminal().message("wrote " + file);
        }
    }

    /** Renders the portfolio with each renderer into {@code files} (or to standard output), noting each refusal. */
    private void renderInto(Input document, Portfolio portfolio, Map<PortfolioRenderer, Path> outputs,
            Map<Path, byte[]> files, List<String> refusals) {
        for (Map.Entry<PortfolioRenderer, Path> entry : outputs.entrySet()) {
            byte[] bytes;
            try {
                bytes = Renderers.bytes(entry.getKey(), portfolio, document.name());
            } catch (InvalidInputException refused) {
                refusals.add(refused.getMessage());
                continue;
            }
            if (check && PdfRenderer.FORMAT.equals(entry.getKey().format())) {
                checkCv(bytes, portfolio);
            }
            if (entry.getValue() == null) {
                parent.terminal().print(bytes);
            } else {
                files.put(entry.getValue(), bytes);
            }
        }
    }

    /** Fails the render, before anything is written, when the CV would not pass {@code portfolio check}. */
    private void checkCv(byte[] pdf, Portfolio portfolio) {
        CheckReport report = CheckCommand.check(new Input("cv.pdf", null, pdf), portfolio);
        if (!report.clean()) {
            throw new InvalidInputException(report.toText("cv.pdf").stripTrailing()
                    + "\nnothing written: the CV would not pass 'portfolio check'");
        }
    }

    /** Converts and completes {@code -f} values: the formats of the renderers present, and {@code all}. */
    static final class Formats implements ITypeConverter<String>, Iterable<String> {
        @Override
        public String convert(String value) {
            try {
                PortfolioRenderers.providers(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return Stream.concat(PortfolioRenderers.providers().stream().map(PortfolioRendererProvider::format),
                    Stream.of(PortfolioRenderers.ALL)).iterator();
        }
    }
}

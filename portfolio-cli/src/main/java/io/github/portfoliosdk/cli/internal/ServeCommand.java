package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.cli.PortfolioCli;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.RenderOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code portfolio serve}: a live preview of the portfolio in the browser, updated on every save. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serves a live preview of the portfolio on this computer: the HTML page at /, and /README.md, "
                    + "/resume.json and every other format at their own paths.",
            "",
            "Listens on 127.0.0.1 only (no other computer can connect) unless --host says otherwise, prints the "
                    + "page's URL and opens nothing. Open pages update on every save; a bad edit shows its problems "
                    + "over the last good page until it is fixed. Ctrl-C stops.",
            ""
        })
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private PortfolioCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on; 0 picks a free one (default: 8080).")
    private int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "The address to listen on (default: 127.0.0.1). Another address than a loopback one lets other computers see the preview.")
    private String host = "127.0.0.1";

    /** The page the preview opens on: the HTML's. */
    private static final String HOME = "/index.html";

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

    @Override
    public Integer call() {
        Terminal terminal = parent.terminal();
        if (Input.STDIN.equals(input.input)) {
            throw new ParameterException(spec.commandLine(), "serve needs an input file to watch, not standard input");
        }
        if (html.fragment) {
            throw new ParameterException(spec.commandLine(), "serve shows the whole page; --fragment is for render");
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        Map<String, PortfolioRenderer> routes = routes();
        if (variant.allLanguages) {
            throw new ParameterException(spec.commandLine(), "--locale all: the preview shows one language at a time; "
                    + "give one (de, ta...)");
        }
        Input first = input.read(terminal);
        addLanguageRoutes(routes, first);
        PreviewServer server = new PreviewServer(address(), routes, HOME);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            terminal.message("stopped serving " + first.name());
        }, "portfolio-serve-stop"));
        terminal.print(server.url() + "\n");
        terminal.message("serving " + first.name() + " at " + server.url() + " (also " + String.join(", ", server.routes())
                + ")" + (server.address().getAddress().isLoopbackAddress() ? "; only this computer can connect" : ""));
        return new Watch(terminal, first, document -> show(server, routes, document)).run();
    }

    /** Reads and renders one version of the input into the server, or shows its problems there (and rethrows). */
    private void show(PreviewServer server, Map<String, PortfolioRenderer> routes, Input document) {
        try {
            Portfolio portfolio = variant.tailor(spec, input.portfolio(document, parent.terminal(), variant.content));
            Map<String, byte[]> outputs = new LinkedHashMap<>();
            routes.forEach((route, renderer) -> {
                Locale language = routeLanguages.get(route);
                Portfolio shown = language == null ? portfolio
                        : variant.tailor(spec, input.portfolio(document, null, language));
                outputs.put(route, Renderers.bytes(renderer, shown, document.name()));
            });
            server.show(outputs);
        } catch (RuntimeException e) {
            StringWriter problems = new StringWriter();
            Failures.report(e, new PrintWriter(problems));
            server.showProblems(problems.toString());
            throw e;
        }
    }

    /** The content language of each route that shows the page in another language than the home page's. */
    private final Map<String, Locale> routeLanguages = new LinkedHashMap<>();

    /**
     * The language switch: when the portfolio (as first read) has several languages, the page in each at
     * {@code /index.TAG.html}, each page linking the others. An edit that adds a language needs a restart.
     */
    private void addLanguageRoutes(Map<String, PortfolioRenderer> routes, Input first) {
        List<String> languages;
        try {
            languages = input.portfolio(first, null).contentLanguages();
        } catch (RuntimeException invalid) {
            return; // shown as the page's problems by the first show()
        }
        if (languages.size() < 2 || routes.get(HOME) == null) {
            return;
        }
        Map<String, String> pages = new LinkedHashMap<>();
        languages.forEach(language -> pages.put(language, "index." + language + ".html"));
        PortfolioRendererProvider htmlProvider = PortfolioRenderers.providers("html").get(0);
        routes.put(HOME, Renderers.create(spec, htmlProvider, Renderers.options(spec, sections, variant, html, pdf), html,
                markdown, pages));
        for (String language : languages) {
            Locale content = Locale.forLanguageTag(language);
            RenderOptions options = Renderers.options(spec, sections, variant.labels(content), html, pdf);
            routes.put("/" + pages.get(language), Renderers.create(spec, htmlProvider, options, html, markdown, pages));
            routeLanguages.put("/" + pages.get(language), content);
        }
    }

    /**
     * The path of every format present, with this command's options, at the file name {@code render -f all} gives it;
     * a format that refuses the options (the PDF, a locale it cannot typeset) is left out, and says why.
     */
    private Map<String, PortfolioRenderer> routes() {
        RenderOptions options = Renderers.options(spec, sections, variant, html, pdf);
        Map<String, PortfolioRenderer> routes = new LinkedHashMap<>();
        for (PortfolioRendererProvider provider : PortfolioRenderers.providers()) {
            String route = "/" + provider.fileName();
            try {
                routes.put(route, Renderers.create(spec, provider, options, html, markdown));
            } catch (ParameterException refused) {
                if (route.equals(HOME)) {
                    throw refused;
                }
                // the page and the other formats are still served
                parent.terminal().message("not serving " + route + ": " + refused.getMessage());
            }
        }
        return routes;
    }

    private InetSocketAddress address() {
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--host " + host + " is not an address of this computer");
        }
    }
}

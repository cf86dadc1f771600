package io.github.portfoliosdk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.model.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Embeds a portfolio in a web application: the JDK's built-in {@link HttpServer} serves the application's own
 * page with the portfolio's HTML fragment inside it, and the theme's style sheet beside it.
 * <p>Run it and open {@code http://localhost:8080/}: {@code java -cp … io.github.portfoliosdk.examples.EmbedInWebApp [port]}.
 * The fragment is rendered once, at start: the portfolio is immutable and the renderer thread-safe.
 */
public final class EmbedInWebApp {

    /** Where the host page links the theme's style sheet. */
    public static final String STYLESHEET_PATH = "/portfolio.css";

    private EmbedInWebApp() {
    }

    /** Serves the showcase portfolio on localhost, on the port given as the first argument (8080 by default). */
    public static void main(String... args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        HttpServer server = start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), Showcase.portfolio(), Theme.TERMINAL);
        System.out.println("Serving the showcase at http://localhost:" + server.getAddress().getPort() + "/ (Ctrl-C stops)");
    }

    /**
     * Starts a server with the host page at {@code /} and the style sheet at {@value #STYLESHEET_PATH}; anything else
     * is 404. Stop it with {@link HttpServer#stop(int)}.
     *
     * @param address where to listen; port 0 picks a free port
     * @return the running server
     */
    public static HttpServer start(InetSocketAddress address, Portfolio portfolio, Theme theme) throws IOException {
        HtmlRenderer fragments = HtmlRenderer.builder().theme(theme).fragment(true).build();
        byte[] page = hostPage(portfolio, fragments).getBytes(StandardCharsets.UTF_8);
        byte[] stylesheet = HtmlRenderer.stylesheet(theme).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/", exchange -> {
            if ("/".equals(exchange.getRequestURI().getPath())) {
                respond(exchange, 200, "text/html; charset=utf-8", page);
            } else {
                respond(exchange, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext(STYLESHEET_PATH, exchange -> respond(exchange, 200, "text/css; charset=utf-8", stylesheet));
        server.start();
        return server;
    }

    /**
     * The web application's own page with the portfolio inside its {@code <main>}. The page's markup is the
     * application's; the one piece of user text it shows itself, the name in the title, goes through {@link HtmlWriter}.
     */
    public static String hostPage(Portfolio portfolio, HtmlRenderer fragments) {
        StringBuilder page = new StringBuilder(32 * 1024);
        HtmlWriter html = new HtmlWriter(page);
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .start("title").text(portfolio.person().name() + " · Example Web App").end("title").raw("\n")
                .start("link").attr("rel", "stylesheet").attr("href", STYLESHEET_PATH).raw("\n")
                .raw("<style>body{margin:0;font-family:system-ui,sans-serif}.app-bar{padding:.75rem 1rem;background:#222;color:#eee}</style>\n")
                .raw("</head>\n<body>\n")
                .raw("<nav class=\"app-bar\" aria-label=\"Example Web App\">Example Web App · Team pages</nav>\n")
                .raw("<main>\n");
        fragments.render(portfolio, page);
        html.raw("\n</main>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = "HEAD".equals(method);
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}

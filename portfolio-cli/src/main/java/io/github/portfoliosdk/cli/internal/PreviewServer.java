package io.github.portfoliosdk.cli.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.TextRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP side of {@code portfolio serve}: serves the last good rendering of each format at its own path, the HTML
 * page with a live-reload script (and, while the input has problems, an overlay listing them), and a stream of
 * server-sent events that tells open pages when there is a new version. Uses the JDK's {@link HttpServer}.
 * <p>Thread-safe: {@link #show} and {@link #showProblems} are called by the watching thread while requests are
 * served by the server's threads.
 */
final class PreviewServer {

    /** The path of the server-sent events stream the live-reload script listens to. */
    static final String EVENTS = "/_portfolio/events";
    /** The path of the HTML page; {@code /index.html} serves it too. */
    static final String PAGE = "/";

    private static final String LIVE_SCRIPT = resource("serve-live.js");
    private static final String OVERLAY_CSS = resource("serve-overlay.css");
    private static final String WAITING_PAGE = resource("serve-waiting.html");

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, PortfolioRenderer> routes;
    private final String pageRoute;
    private final Set<String> allowedHosts;
    private final List<OutputStream> listeners = new ArrayList<>();
    private volatile Version current = new Version(0, Map.of(), null);

    /**
     * What is served: the outputs of the last good reading (empty before the first) and, when the latest reading
     * failed, its problems as the terminal shows them.
     */
    private record Version(long number, Map<String, byte[]> outputs, String problems) {
    }

    /**
     * Binds a server to this address; it serves nothing until {@link #start()}.
     *
     * @param routes each path (such as {@code /README.md}) and the renderer of what it serves
     * @param pageRoute the route of the HTML page, which is also served at {@value #PAGE} with the live-reload script
     * @throws UncheckedIOException when the address cannot be bound (exit code 3)
     */
    PreviewServer(InetSocketAddress address, Map<String, PortfolioRenderer> routes, String pageRoute) {
        this.routes = Map.copyOf(routes);
        this.pageRoute = pageRoute;
        try {
            this.server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw Failures.io("listen on", address.getHostString() + ":" + address.getPort(), e);
        }
        int port = server.getAddress().getPort();
        // on a loopback address, only requests that name it: a web page elsewhere cannot reach the preview by
        // pointing one of its own host names at 127.0.0.1 (DNS rebinding)
        this.allowedHosts = address.getAddress().isLoopbackAddress()
                ? Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port)
                : Set.of();
        this.threads = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "portfolio-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /** Starts answering requests. */
    void start() {
        server.start();
    }

    /** The address the server listens on, with the real port when port 0 was asked for. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** The URL of the page, such as {@code http://127.0.0.1:8080/}. */
    String url() {
        InetSocketAddress address = address();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + PAGE;
    }

    /** The paths served besides the page and the events, in order. */
    List<String> routes() {
        return routes.keySet().stream().sorted().toList();
    }

    /** Serves these outputs (route to bytes) from now on, clears any problems and tells open pages to reload. */
    void show(Map<String, byte[]> outputs) {
        publish(new Version(current.number() + 1, Map.copyOf(outputs), null));
    }

    /** Keeps serving the last good outputs, with these problems over the page, and tells open pages to reload. */
    void showProblems(String problems) {
        Version last = current;
        publish(new Version(last.number() + 1, last.outputs(), problems));
    }

    /** Closes the event streams and stops the server at once. */
    void stop() {
        synchronized (listeners) {
            listeners.forEach(PreviewServer::closeQuietly);
            listeners.clear();
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void publish(Version version) {
        synchronized (listeners) {
            current = version;
            listeners.removeIf(listener -> !send(listener, version.number()));
        }
    }

    private void handle(HttpExchange exchange) {
        boolean listening = false;
        try {
            listening = answer(exchange);
        } catch (IOException e) {
            // the browser went away mid-response: nothing to do
        } finally {
            if (!listening) {
                exchange.close();
            }
        }
    }

    /** Answers one request; returns true when it became an event stream, which stays open. */
    private boolean answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (!allowedHosts.isEmpty() && (host == null || !allowedHosts.contains(host.toLowerCase(Locale.ROOT)))) {
            respond(exchange, 421, "text/plain; charset=utf-8", "This preview answers only at " + url() + "\n");
            return false;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            respond(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD\n");
            return false;
        }
        String path = exchange.getRequestURI().getPath();
        Version version = current;
        if (EVENTS.equals(path) && "GET".equals(method)) {
            return listen(exchange);
        } else if (PAGE.equals(path) || pageRoute.equals(path)) {
            respond(exchange, 200, "text/html; charset=utf-8", page(version));
        } else if (routes.containsKey(path) && version.outputs().containsKey(path)) {
            respond(exchange, 200, contentType(routes.get(path)), version.outputs().get(path));
        } else if (routes.containsKey(path)) {
            respond(exchange, 503, "text/plain; charset=utf-8", "The input has problems; see " + url() + "\n");
        } else {
            respond(exchange, 404, "text/plain; charset=utf-8",
                    "Not found. Served here: " + PAGE + ", " + String.join(", ", routes()) + "\n");
        }
        return false;
    }

    /** Makes the exchange an event stream: the current version now, every new one as it comes; false if it failed. */
    private boolean listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        synchronized (listeners) {
            if (!send(stream, current.number())) {
                return false;
            }
            listeners.add(stream);
            return true;
        }
    }

    private static boolean send(OutputStream listener, long version) {
        try {
            listener.write(("event: version\ndata: " + version + "\n\n").getBytes(StandardCharsets.UTF_8));
            listener.flush();
            return true;
        } catch (IOException e) {
            closeQuietly(listener);
            return false;
        }
    }

    /** The HTML page of this version with the live-reload script, and the overlay when there are problems. */
    private byte[] page(Version version) {
        byte[] good = version.outputs().get(pageRoute);
        String html = good != null ? new String(good, StandardCharsets.UTF_8) : WAITING_PAGE;
        StringBuilder body = new StringBuilder();
        if (version.problems() != null) {
            html = insertBefore(html, "</head>", "<style>" + OVERLAY_CSS + "</style>\n");
            body.append("<aside id=\"portfolio-serve-problems\" aria-label=\"Problems in the input\">")
                    .append("<div role=\"alert\"><h2>")
                    .append(good != null ? "The input has problems; this is the last good version" : "The input has problems")
                    .append("</h2><pre>").append(escape(version.problems())).append("</pre></div></aside>\n");
        }
        body.append("<script data-version=\"").append(version.number())
                .append("\" data-events=\"").append(EVENTS).append("\">\n").append(LIVE_SCRIPT).append("</script>\n");
        return insertBefore(html, "</body>", body.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static String insertBefore(String html, String tag, String insert) {
        int at = html.lastIndexOf(tag);
        return at < 0 ? html + insert : html.substring(0, at) + insert + html.substring(at);
    }

    /** Problems are text: escaped for HTML text content. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String contentType(PortfolioRenderer renderer) {
        return renderer instanceof TextRenderer ? renderer.mediaType() + "; charset=utf-8" : renderer.mediaType();
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        respond(exchange, status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static String resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

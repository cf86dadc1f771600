package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.portfoliosdk.cli.CliProcess.Result;
import io.github.portfoliosdk.cli.CliProcess.Running;
import io.github.portfoliosdk.testing.Checkers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio serve}: the built jar as a process, spoken to over loopback HTTP like a browser would. */
class ServeCommandIT {

    /** A property name that is markup: its "unknown property" problem must reach the page as text. */
    private static final String HOSTILE = """
            person:
              name: Second Name
              "<img src=x onerror=alert(1)>": 1
            """;

    @TempDir
    Path dir;

    private Running serve;

    @AfterEach
    void stop() {
        if (serve != null) {
            serve.process().destroy();
            serve.deleteCaptures();
        }
    }

    @Test
    void servesThePageAndTheOtherFormatsAsRenderWritesThemWithTheirContentTypes() throws Exception {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        URI url = start("serve", "portfolio.yaml", "--port", "0", "--theme", "classic");

        Response page = get(url);
        Response readme = get(url.resolve("/README.md"));
        Response resume = get(url.resolve("/resume.json"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        String rendered = CliProcess.run(dir, "render", "portfolio.yaml", "--theme", "classic").stdout();
        assertThat(withoutLiveScript(page.body())).isEqualTo(rendered);
        assertThat(get(url.resolve("/index.html")).body()).isEqualTo(page.body());
        assertThat(readme.contentType()).isEqualTo("text/markdown; charset=utf-8");
        assertThat(readme.body()).isEqualTo(CliProcess.run(dir, "render", "portfolio.yaml", "-f", "markdown").stdout());
        assertThat(resume.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(resume.body()).isEqualTo(CliProcess.run(dir, "render", "portfolio.yaml", "-f", "json-resume").stdout());
        assertThat(get(url.resolve("/cv.docx")).status()).as("every format present, Word included").isEqualTo(200);
        assertThat(get(url.resolve("/cv.odt")).status()).as("no format writes it").isEqualTo(404);
        assertThat(get(url.resolve("/portfolio.yaml")).status()).as("the input itself is not served").isEqualTo(404);
    }

    @Test
    void servesTheVariantAndLanguageRenderMakes() throws Exception {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        URI url = start("serve", "portfolio.yaml", "--port", "0", "--locale", "de", "--tags", "featured");

        Response page = get(url);
        Response readme = get(url.resolve("/README.md"));
        Response cv = get(url.resolve("/cv.pdf"));

        assertThat(withoutLiveScript(page.body())).isEqualTo(
                CliProcess.run(dir, "render", "portfolio.yaml", "--locale", "de", "--tags", "featured").stdout());
        assertThat(page.body()).contains("lang=\"de\"").doesNotContain("Built tracking.");
        assertThat(readme.body()).isEqualTo(CliProcess.run(dir, "render", "portfolio.yaml", "-f", "markdown",
                "--locale", "de", "--tags", "featured").stdout());
        assertThat(cv.status()).isEqualTo(200);
        assertThat(cv.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aTamilPageIsServedWithItsCv() throws Exception {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        URI url = start("serve", "portfolio.yaml", "--port", "0", "--locale", "ta");

        assertThat(get(url).body()).contains("lang=\"ta\"");
        assertThat(get(url.resolve("/cv.pdf")).status()).isEqualTo(200);
        assertThat(serve.stderr()).doesNotContain("not serving /cv.pdf");
    }

    @Test
    void listensOnTheLoopbackAddressOnlyAndPrintsTheRealPort() throws Exception {
        Inputs.write(dir.resolve("portfolio.yaml"), "person:\n  name: First Name\n");

        URI url = start("serve", "portfolio.yaml", "--port", "0");

        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPort()).isPositive();
        assertThat(url.getPath()).isEqualTo("/");
        assertThat(serve.stderr()).contains("only this computer can connect");
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
        for (InetAddress address : others) {
            assertThat(connects(address, url.getPort())).as("reachable at " + address).isFalse();
        }
    }

    @Test
    void answersOnlyRequestsAddressedToItAndOnlyReads() throws Exception {
        Inputs.write(dir.resolve("portfolio.yaml"), "person:\n  name: First Name\n");
        URI url = start("serve", "portfolio.yaml", "--port", "0");

        assertThat(statusLine(url, "GET", "evil.example:" + url.getPort())).startsWith("HTTP/1.1 421");
        assertThat(statusLine(url, "GET", "localhost:" + url.getPort())).isEqualTo("HTTP/1.1 200 OK");
        assertThat(statusLine(url, "POST", "127.0.0.1:" + url.getPort())).startsWith("HTTP/1.1 405");
    }

    @Test
    void tellsOpenPagesOfEveryChangeAndShowsABadEditsProblemsEscapedOverTheLastGoodPageUntilItIsFixed() throws Exception {
        Path input = Inputs.write(dir.resolve("portfolio.yaml"), "person:\n  name: First Name\n");
        URI url = start("serve", "portfolio.yaml", "--port", "0");
        BlockingQueue<String> versions = events(url);
        awaitVersion(versions, 1);

        save(input, "person:\n  name: Second Name\n");
        awaitVersion(versions, 2);
        Document edited = Jsoup.parse(get(url).body());
        assertThat(edited.selectFirst("h1").text()).isEqualTo("Second Name");
        assertThat(edited.getElementById("portfolio-serve-problems")).isNull();

        save(input, HOSTILE);
        awaitVersion(versions, 3);
        Document broken = Jsoup.parse(get(url).body());
        assertThat(broken.selectFirst("h1").text()).as("the last good page stays").isEqualTo("Second Name");
        Element overlay = broken.getElementById("portfolio-serve-problems");
        assertThat(overlay).isNotNull();
        assertThat(overlay.selectFirst("pre").wholeText()).startsWith(
                "portfolio.yaml:3:3: person.<img src=x onerror=alert(1)>: unknown property; a Person has name, ");
        assertThat(overlay.select("img")).isEmpty();
        assertThat(broken.select("script[src], img")).isEmpty();
        assertThat(serve.stderr()).contains("portfolio.yaml:3:3: person.<img src=x onerror=alert(1)>: unknown property");
        assertThat(get(url.resolve("/README.md")).body()).as("the other formats keep their last good version").contains("Second Name");

        save(input, "person:\n  name: Third Name\n");
        awaitVersion(versions, 4);
        Document fixed = Jsoup.parse(get(url).body());
        assertThat(fixed.selectFirst("h1").text()).isEqualTo("Third Name");
        assertThat(fixed.getElementById("portfolio-serve-problems")).isNull();
    }

    @Test
    void anInputThatStartsInvalidShowsItsProblemsOnAPlaceholderPageUntilItIsFixed() throws Exception {
        Path input = Inputs.write(dir.resolve("portfolio.yaml"), Inputs.END_BEFORE_START);
        URI url = start("serve", "portfolio.yaml", "--port", "0");
        BlockingQueue<String> versions = events(url);
        awaitVersion(versions, 1);

        Document waiting = Jsoup.parse(get(url).body());
        assertThat(waiting.getElementById("portfolio-serve-problems").text())
                .contains("portfolio.yaml:7:12: roles[0].period.end: 2023-01 is before the start 2024-05");
        assertThat(get(url.resolve("/README.md")).status()).isEqualTo(503);

        save(input, "person:\n  name: Fixed Name\n");
        awaitVersion(versions, 2);
        assertThat(Jsoup.parse(get(url).body()).selectFirst("h1").text()).isEqualTo("Fixed Name");
    }

    @Test
    void theServedPagesAreValidHtmlWithTheLiveScriptAndWithTheProblems() throws Exception {
        Path input = Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        URI url = start("serve", "portfolio.yaml", "--port", "0");
        BlockingQueue<String> versions = events(url);
        awaitVersion(versions, 1);
        Path good = Inputs.write(dir.resolve("served.html"), get(url).body());
        save(input, HOSTILE);
        awaitVersion(versions, 2);
        Path broken = Inputs.write(dir.resolve("served-problems.html"), get(url).body());
        serve.process().destroy();
        serve.process().waitFor(10, TimeUnit.SECONDS);
        save(input, Inputs.END_BEFORE_START);
        URI placeholderUrl = start("serve", "portfolio.yaml", "--port", "0");
        awaitVersion(events(placeholderUrl), 1);
        Path placeholder = Inputs.write(dir.resolve("served-placeholder.html"), get(placeholderUrl).body());

        Path vnu = Checkers.nodePackage("vnu-jar").resolve("build/dist/vnu.jar");
        Checkers.Result checked = Checkers.run(List.of("java", "-jar", vnu.toString(), "--errors-only", "--also-check-css",
                good.toString(), broken.toString(), placeholder.toString()), dir, Duration.ofMinutes(2));

        assertThat(checked.exitCode()).as(checked.output()).isZero();
        assertThat(checked.output()).isBlank();
    }

    @Test
    void stopsCleanlyWhenInterrupted() throws Exception {
        Inputs.write(dir.resolve("portfolio.yaml"), "person:\n  name: First Name\n");
        URI url = start("serve", "portfolio.yaml", "--port", "0");

        serve.process().destroy();

        assertThat(serve.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.stderr()).contains("stopped serving portfolio.yaml");
        assertThat(connects(InetAddress.getLoopbackAddress(), url.getPort())).isFalse();
    }

    @Test
    void needsAFileTheWholePageAndAFreePort() throws Exception {
        Inputs.write(dir.resolve("portfolio.yaml"), "person:\n  name: First Name\n");

        Result stdin = CliProcess.run(dir, "serve", "-");
        Result fragment = CliProcess.run(dir, "serve", "portfolio.yaml", "--fragment");
        Result port = CliProcess.run(dir, "serve", "portfolio.yaml", "--port", "70000");

        assertThat(stdin.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(stdin.errorLines()).first().asString().contains("not standard input");
        assertThat(fragment.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(port.exitCode()).isEqualTo(PortfolioCli.USAGE);

        URI url = start("serve", "portfolio.yaml", "--port", "0");
        Result taken = CliProcess.run(dir, "serve", "portfolio.yaml", "--port", String.valueOf(url.getPort()));
        assertThat(taken.exitCode()).as(taken.toString()).isEqualTo(PortfolioCli.IO_ERROR);
        assertThat(taken.errorLines()).first().asString().startsWith("portfolio: cannot listen on 127.0.0.1:" + url.getPort());
    }

    @Test
    void aBrowserFollowsAnEditABadEditAndAFixWithoutAReloadAndAxeDecidesEveryCheck() throws Exception {
        Checkers.chromium();
        Checkers.nodePackage("playwright-core");
        Checkers.nodePackage("axe-core");
        Path input = Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        Path edit = Inputs.write(dir.resolve("edit.yaml"), "# expect: Second Name\nperson:\n  name: Second Name\n");
        Path bad = Inputs.write(dir.resolve("bad.yaml"), "# expect: portfolio.yaml:8:12: roles[0].period.end: "
                + "2023-01 is before the start 2024-05\n" + Inputs.END_BEFORE_START);
        Path fix = Inputs.write(dir.resolve("fix.yaml"), "# expect: Third Name\nperson:\n  name: Third Name\n");
        URI url = start("serve", "portfolio.yaml", "--port", "0");

        // this repository's script, run with the installed checkers' packages
        Path script = Path.of(System.getProperty("portfolio.scripts", "../checkers"), "serve-live.mjs").toAbsolutePath();
        Checkers.Result checked = Checkers.run(
                Stream.of("node", script.toString(), url.toString(), input.toString(), edit.toString(), bad.toString(), fix.toString()).toList(),
                Checkers.dir(), Duration.ofSeconds(90));

        System.out.println("serve-live: " + checked.stdout());
        assertThat(checked.exitCode()).as(checked.output()).isZero();
        assertThat(checked.stdout()).contains("\"axe\":[]").contains("\"axeUndecided\":[]").contains("\"requests\":[]");
    }

    /** Starts {@code portfolio args...} and returns the URL it printed on its first line. */
    private URI start(String... args) throws IOException {
        serve = CliProcess.start(dir, args);
        CliProcess.waitFor("the URL on standard output", () -> serve.stdout().contains("\n") || !serve.process().isAlive());
        String line = serve.stdout().lines().findFirst().orElseThrow(() -> new AssertionError(serve.stderr()));
        CliProcess.waitFor("the first reading", () -> serve.stderr().contains("watching portfolio.yaml"));
        return URI.create(line);
    }

    /** The versions the server announces on its event stream, as they come (read by a daemon thread). */
    private static BlockingQueue<String> events(URI url) throws IOException {
        BlockingQueue<String> versions = new LinkedBlockingQueue<>();
        HttpURLConnection connection = (HttpURLConnection) url.resolve("/_portfolio/events").toURL().openConnection();
        assertThat(connection.getContentType()).isEqualTo("text/event-stream; charset=utf-8");
        BufferedReader lines = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try (lines) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data: ")) {
                        versions.add(line.substring("data: ".length()));
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        return versions;
    }

    /** A response's status, content type and body. */
    private record Response(int status, String contentType, String body) {
    }

    /** Saves the input as editors do, by replacing the file, so that the server never sees half of it. */
    private static void save(Path input, String content) throws IOException {
        Path next = Inputs.write(input.resolveSibling(input.getFileName() + ".next"), content);
        Files.move(next, input, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits until the server announces this version (it announces the current one first, 0 before the first reading). */
    private static void awaitVersion(BlockingQueue<String> versions, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            String next = versions.poll(100, TimeUnit.MILLISECONDS);
            last = next != null ? next : last;
            if (String.valueOf(expected).equals(next)) {
                return;
            }
        }
        fail("Timed out after 30 s waiting for version " + expected + "; last announced: " + last);
    }

    private static Response get(URI url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
        connection.setReadTimeout(10_000);
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return new Response(status, connection.getContentType(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The page without what serve adds for live updates: the script before {@code </body>}. */
    private static String withoutLiveScript(String page) {
        return page.replaceFirst("(?s)<script data-version=[^>]*>.*?</script>\n(</body>)", "$1");
    }

    /** The status line of a raw HTTP/1.1 request with this Host header (HttpURLConnection sends its own). */
    private static String statusLine(URI url, String method, String host) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " / HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().findFirst().orElse("");
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package com.example.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A user's project on the module path builds, renders the showcase and sees only what the POMs promise. */
class PortfolioSiteTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private static Portfolio showcase() {
        String file = System.getProperty("portfolio.showcase");
        assertNotNull(file, "where is the showcase? Run with -Dshowcase.file=.../examples/src/main/resources/showcase/portfolio.yaml");
        return PortfolioFormat.yaml().read(Path.of(file));
    }

    @Test
    void rendersTheShowcaseToAPageAReadmeAJsonResumeAndAPdf() throws IOException {
        Portfolio showcase = showcase();
        String name = showcase.person().name();

        Map<String, Path> files = new PortfolioSite(CLOCK).write(showcase, Path.of("target", "site"));

        String html = Files.readString(files.get("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.toLowerCase(Locale.ROOT).startsWith("<!doctype html>"), "a whole page: " + head(html));
        assertTrue(html.strip().endsWith("</html>"), "the page is complete");
        assertTrue(html.contains(htmlText(name)), "the page names " + name);
        String readme = Files.readString(files.get("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(name), "the README names " + name + ": " + head(readme));
        Portfolio imported = JsonResumeImporter.create().read(files.get("resume.json"));
        assertEquals(name, imported.person().name());
        assertEquals(showcase.roles().size(), imported.roles().size(), "every role is exported");
        byte[] cv = Files.readAllBytes(files.get("cv.pdf"));
        assertEquals("%PDF-", new String(cv, 0, 5, StandardCharsets.US_ASCII));
        assertEquals(name, JsonResumeImporter.create().read(new String(PdfRenderer.embeddedJsonResume(cv).orElseThrow(),
                StandardCharsets.UTF_8), "cv.pdf!resume.json").person().name(), "the PDF carries its JSON Resume");
    }

    /**
     * The application as a user starts it, {@code java -p ... -m ...}, with no JVM flags: it renders all four formats
     * (the PDF's libraries among them) and the libraries print nothing, on standard error or out.
     */
    @Test
    void runsWithPlainJavaOnTheModulePathAndTheLibrariesPrintNothing() throws IOException, InterruptedException {
        String modulePath = System.getProperty("jdk.module.path");
        assertNotNull(modulePath, "the tests run on the module path");
        Path out = Path.of("target", "plain-java");
        Path err = Files.createDirectories(Path.of("target")).resolve("plain-java.err");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-p", modulePath, "-m", "com.example.portfolio/com.example.portfolio.PortfolioSite",
                System.getProperty("portfolio.showcase"), out.toString())
                .redirectError(err.toFile())
                .start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), stdout + Files.readString(err));

        assertEquals("", Files.readString(err, StandardCharsets.UTF_8), "standard error");
        assertEquals(List.of("wrote " + out.resolve("index.html"), "wrote " + out.resolve("README.md"),
                "wrote " + out.resolve("resume.json"), "wrote " + out.resolve("cv.pdf")), stdout.lines().toList(),
                "standard output holds only the application's lines");
        for (String name : List.of("index.html", "README.md", "resume.json", "cv.pdf")) {
            assertTrue(Files.size(out.resolve(name)) > 0, name + " written");
        }
    }

    @Test
    void runsOnTheModulePathWithOurModuleDescriptors() {
        assertEquals("com.example.portfolio", PortfolioSite.class.getModule().getName());
        Map<Class<?>, String> modules = Map.of(
                Portfolio.class, "io.github.portfoliosdk.model",
                PortfolioFormat.class, "io.github.portfoliosdk.json",
                HtmlRenderer.class, "io.github.portfoliosdk.render.html",
                MarkdownRenderer.class, "io.github.portfoliosdk.render.markdown",
                JsonResumeImporter.class, "io.github.portfoliosdk.jsonresume",
                PdfRenderer.class, "io.github.portfoliosdk.render.pdf");
        modules.forEach((type, module) -> assertEquals(module, type.getModule().getName(), type + " is in its named module"));
        assertTrue(PortfolioSite.class.getModule().canRead(HtmlRenderer.class.getModule()));
    }

    @Test
    void exportsOnlyTheApi() {
        for (Module module : List.of(Portfolio.class.getModule(), PortfolioFormat.class.getModule(),
                HtmlRenderer.class.getModule(), MarkdownRenderer.class.getModule(), JsonResumeImporter.class.getModule())) {
            List<String> internal = module.getDescriptor().exports().stream()
                    .filter(exports -> !exports.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .filter(name -> name.contains(".internal"))
                    .toList();
            assertTrue(internal.isEmpty(), module.getName() + " exports " + internal);
            // helpers shared between the SDK's own modules are exported to those modules only, never to this one
            module.getDescriptor().exports().stream().filter(ModuleDescriptor.Exports::isQualified).forEach(exports -> {
                assertTrue(exports.targets().stream().allMatch(target -> target.startsWith("io.github.portfoliosdk.")),
                        module.getName() + " exports " + exports.source() + " to " + exports.targets());
                assertFalse(module.isExported(exports.source(), PortfolioSite.class.getModule()),
                        exports.source() + " is not exported to a user's module");
            });
            assertFalse(module.getDescriptor().exports().isEmpty(), module.getName() + " exports its API");
        }
    }

    @Test
    void findsEveryRendererByFormatName() {
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name("Grace Hopper").headline("Compiler writer").build())
                .addRole(Role.builder().title("Rear admiral").build())
                .build();
        for (String format : new String[] {"html", "markdown", "json-resume", "text"}) {
            PortfolioRenderer renderer = PortfolioRenderers.forFormat(format)
                    .orElseThrow(() -> new AssertionError("no renderer for " + format + " on the module path"));
            assertEquals(format, renderer.format());
            assertTrue(new String(renderer.toBytes(portfolio), StandardCharsets.UTF_8).contains("Grace Hopper"), format + " output names the person");
        }
        PortfolioRenderer pdf = PortfolioRenderers.forFormat("pdf").orElseThrow(() -> new AssertionError("no pdf renderer"));
        assertEquals("pdf", pdf.format());
        assertEquals("Grace Hopper", JsonResumeImporter.create().read(new String(PdfRenderer.embeddedJsonResume(
                pdf.toBytes(portfolio)).orElseThrow(), StandardCharsets.UTF_8), "cv.pdf!resume.json").person().name());
    }

    @Test
    void rendersTheShowcaseAsAWordDocumentWithPoiOnTheModulePath() {
        PortfolioRenderer docx = PortfolioRenderers.forFormat("docx")
                .orElseThrow(() -> new AssertionError("no docx renderer on the module path"));
        assertEquals("io.github.portfoliosdk.render.docx", docx.getClass().getModule().getName());
        byte[] document = docx.toBytes(showcase());
        assertTrue(document.length > 3000 && document[0] == 'P' && document[1] == 'K', "a zip package");
        assertTrue(docx.getClass().getModule().getLayer().findModule("org.apache.poi.ooxml").isPresent(),
                "POI is a named module (its own descriptor), not on the class path");
    }

    @Test
    void aFragmentIsNotAWholePage() {
        String fragment = HtmlRenderer.builder().fragment(true).clock(CLOCK).build().render(showcase());
        assertFalse(fragment.toLowerCase(Locale.ROOT).contains("<html"), head(fragment));
    }

    @Test
    void theNativeFormatRoundTrips() {
        Portfolio showcase = showcase();
        assertEquals(showcase, PortfolioFormat.yaml().read(PortfolioFormat.yaml().write(showcase), "again.yaml"));
        assertEquals(showcase, PortfolioFormat.json().read(PortfolioFormat.json().write(showcase), "again.json"));
    }

    @Test
    void badInputIsReportedWithItsLocation() {
        InvalidPortfolioException e = assertThrows(InvalidPortfolioException.class,
                () -> PortfolioFormat.yaml().read("person:\n  name: ''\n", "bad.yaml"));
        assertTrue(e.getMessage().contains("bad.yaml:2:"), e.getMessage());
    }

    @Test
    void testOnlyDependenciesOfTheLibraryDoNotReachUsers() {
        String path = System.getProperty("surefire.test.class.path", "") + File.pathSeparator
                + System.getProperty("jdk.module.path", "") + File.pathSeparator + System.getProperty("java.class.path", "");
        List<String> jars = Arrays.stream(path.split(File.pathSeparator))
                .map(entry -> Path.of(entry).getFileName())
                .filter(Objects::nonNull)
                .map(Path::toString)
                .toList();
        assertTrue(jars.stream().anyMatch(jar -> jar.startsWith("portfolio-render-html-")), "sees our jars: " + jars);
        for (String testOnly : List.of("jsoup-", "commonmark-", "json-schema-validator-", "picocli-", "assertj-core-")) {
            assertTrue(jars.stream().noneMatch(jar -> jar.startsWith(testOnly)), testOnly + " leaked to users: " + jars);
        }
    }

    private static String htmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String head(String text) {
        return text.substring(0, Math.min(200, text.length()));
    }
}

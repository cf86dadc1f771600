package io.github.portfoliosdk.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.testing.Checkers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rendered pages pass the Nu HTML Checker and axe-core in Chromium, make no network request, and are
 * photographed at 390 and 1280 px into {@code target/checked} (look at them).
 */
class RealToolsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static List<Path> pages;
    private static Path knownBad;
    private static CompletableFuture<Checkers.Result> vnu;

    /**
     * Writes the pages and starts the Nu HTML Checker on all of them at once, and on the known-bad page, while the
     * browser checks run. {@code --verbose} makes it print the name of each file it checked.
     */
    @BeforeAll
    static void writePagesAndStartTheNuHtmlChecker() throws IOException {
        pages = CheckedPages.write();
        knownBad = CheckedPages.writeKnownBad();
        Path jar = Checkers.nodePackage("vnu-jar").resolve("build/dist/vnu.jar");
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "--format", "json", "--also-check-css",
                "--verbose", "--exit-zero-always"));
        pages.forEach(page -> command.add(page.toAbsolutePath().toString()));
        command.add(knownBad.toAbsolutePath().toString());
        vnu = CompletableFuture.supplyAsync(() -> Checkers.run(command, Path.of("."), Duration.ofMinutes(3)));
    }

    @Test
    void everyPageInEveryThemeAndModeHasNoNuHtmlCheckerErrorsAndTheKnownBadPageHasSome() {
        Checkers.Result result = vnu.join();

        JsonNode messages = JSON.readTree(result.stderr()).get("messages");
        List<String> errors = new ArrayList<>();
        List<String> knownBadErrors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (JsonNode message : messages) {
            String file = message.path("url").asString().replaceAll(".*/", "");
            String line = file + ":" + message.path("lastLine").asInt()
                    + ": " + message.path("message").asString() + " [" + message.path("extract").asString() + "]";
            // a file it could not read ("File not found.") is only an info message to vnu: an error to us
            boolean error = message.path("type").asString().equals("error") || message.path("subType").asString().equals("fatal")
                    || message.path("message").asString().equals("File not found.");
            if (error && file.equals(knownBad.getFileName().toString())) {
                knownBadErrors.add(line);
            } else if (error) {
                errors.add(line);
            } else {
                warnings.add(line);
            }
        }
        List<String> checked = result.stdout().lines().filter(line -> !line.isBlank()).toList();
        warnings.forEach(warning -> System.out.println("vnu warning: " + warning));
        System.out.println("vnu: " + checked.size() + " pages checked of " + (pages.size() + 1) + " given, " + errors.size()
                + " errors, " + warnings.size() + " warnings; known-bad page: " + knownBadErrors.size() + " errors");
        assertThat(errors).as("Nu HTML Checker errors").isEmpty();
        List<String> given = new ArrayList<>();
        pages.forEach(page -> given.add(page.toAbsolutePath().toString()));
        given.add(knownBad.toAbsolutePath().toString());
        assertThat(checked).as("the files the Nu HTML Checker says it checked").containsExactlyElementsOf(given);
        assertThat(knownBadErrors).as("the Nu HTML Checker's errors on the known-bad page")
                .anyMatch(error -> error.contains("“p”"));
    }

    @Test
    void everyPageInEveryThemeAndColourSchemeHasNoAxeViolationsNoUndecidedResultAndMakesNoRequest() throws IOException {
        Checkers.chromium();
        Checkers.nodePackage("axe-core");
        Checkers.nodePackage("playwright-core");
        Path shots = Checkers.outputDir().toAbsolutePath();
        List<String> args = new ArrayList<>(List.of(shots.toString()));
        for (Path page : pages) {
            String name = page.getFileName().toString();
            args.add(name.contains("terminal") ? "--scheme=dark" : "--scheme=light");
            args.add(photographed(page) ? "--shoot" : "--no-shoot");
            args.add(inAllMedia(page) ? "--all-media" : "--own-scheme");
            args.add(page.toAbsolutePath().toString());
        }
        args.addAll(List.of("--scheme=light", "--no-shoot", "--own-scheme", knownBad.toAbsolutePath().toString()));
        Checkers.Result result = Checkers.node("html-axe.mjs", args, Duration.ofMinutes(10));
        assertThat(result.exitCode()).as(result.output()).isZero();

        JsonNode report = JSON.readTree(result.stdout());
        List<String> violations = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        List<String> knownBadViolations = new ArrayList<>();
        List<String> checkedFiles = new ArrayList<>();
        int measured = 0;
        for (JsonNode page : report.get("pages")) {
            String file = Path.of(page.get("file").asString()).getFileName().toString();
            checkedFiles.add(file);
            for (JsonNode violation : page.get("violations")) {
                String line = file + " (" + page.get("variant").asString() + "): "
                        + violation.get("id").asString() + " — " + violation.get("help").asString() + " at " + violation.get("targets");
                (file.equals(knownBad.getFileName().toString()) ? knownBadViolations : violations).add(line);
            }
            for (JsonNode node : page.get("undecided")) {
                undecided.add(file + " (" + page.get("variant").asString() + "): " + node.get("id").asString() + " at "
                        + node.get("target").asString() + " — " + node.get("why").asString());
            }
            measured += page.get("measured").size();
        }
        System.out.println("axe: " + report.get("pages").size() + " page variants checked, " + violations.size() + " violations, "
                + measured + " contrast checks axe left undecided measured from pixels, " + undecided.size() + " undecided; known-bad page: "
                + knownBadViolations.size() + " violations");
        assertThat(violations).as("axe-core violations").isEmpty();
        assertThat(undecided).as("results axe left undecided that were not measured").isEmpty();
        assertThat(report.get("requests")).as("network requests").isEmpty();
        List<String> expectedFiles = new ArrayList<>();
        for (Path page : pages) {
            for (int i = 0; i < (inAllMedia(page) ? 3 : 1); i++) {
                expectedFiles.add(page.getFileName().toString());
            }
        }
        expectedFiles.add(knownBad.getFileName().toString());
        assertThat(checkedFiles).as("the page variants axe checked").containsExactlyElementsOf(expectedFiles);
        assertThat(knownBadViolations).as("axe on the known-bad page")
                .anyMatch(line -> line.contains("button-name"))
                .anyMatch(line -> line.contains("color-contrast") && !line.contains("measured from pixels"))
                .anyMatch(line -> line.contains("color-contrast") && line.contains("measured from pixels"));
        for (Path page : pages) {
            if (photographed(page)) {
                String name = page.getFileName().toString().replace(".html", "");
                String other = name.contains("terminal") ? "light" : "dark";
                for (String shot : List.of("-390", "-1280", "-1280-top", "-1280-" + other, "-1280-print")) {
                    assertThat(shots.resolve(name + shot + ".png")).isNotEmptyFile();
                }
            }
        }
    }

    /**
     * Whole pages are checked in both colour schemes and print; fragments and the minimal sample use the same style
     * sheet, so they are checked in their theme's own scheme only, to keep the run short.
     */
    private static boolean inAllMedia(Path page) {
        String name = page.getFileName().toString();
        return !name.startsWith("minimal-") && !name.contains("fragment");
    }

    /** The whole pages of the showcase are photographed in both themes; the others are only checked, to keep the run short. */
    private static boolean photographed(Path page) {
        String name = page.getFileName().toString();
        return name.startsWith("showcase-") && !name.contains("fragment");
    }

    /**
     * The known-bad input of both checkers: the same portfolio twice on one host page with the defaults (the same ids,
     * an {@code h1} each under the host's, landmarks of the same names), which both checkers see; the composed page
     * beside it, two people with their own id prefixes and headings, passes (above).
     */
    @Test
    void twoFragmentsLeftWithTheDefaultsOnOnePageAreCaughtByBothCheckers() throws IOException {
        Path bad = Checkers.outputDir().resolve("two-fragments-defaults.html");
        java.nio.file.Files.writeString(bad, CheckedPages.twoFragments(false));
        Path jar = Checkers.nodePackage("vnu-jar").resolve("build/dist/vnu.jar");
        Checkers.Result vnuResult = Checkers.run(List.of("java", "-jar", jar.toString(), "--format", "json",
                "--exit-zero-always", bad.toAbsolutePath().toString()), Path.of("."), Duration.ofMinutes(3));
        List<String> vnuErrors = new ArrayList<>();
        for (JsonNode message : JSON.readTree(vnuResult.stderr()).get("messages")) {
            if (message.path("type").asString().equals("error")) {
                vnuErrors.add(message.path("message").asString());
            }
        }
        assertThat(vnuErrors).as("Nu HTML Checker on the known-bad page").anyMatch(error -> error.startsWith("Duplicate ID"));

        Checkers.chromium();
        Checkers.Result axe = Checkers.node("html-axe.mjs", List.of(Checkers.outputDir().toAbsolutePath().toString(),
                "--scheme=dark", "--no-shoot", "--own-scheme", bad.toAbsolutePath().toString()), Duration.ofMinutes(3));
        assertThat(axe.exitCode()).as(axe.output()).isZero();
        List<String> rules = new ArrayList<>();
        for (JsonNode page : JSON.readTree(axe.stdout()).get("pages")) {
            page.get("violations").forEach(violation -> rules.add(violation.get("id").asString()));
        }
        System.out.println("known-bad page: vnu " + vnuErrors.size() + " errors, axe rules violated " + rules);
        assertThat(rules).as("axe-core on the known-bad page").contains("landmark-unique");
    }
}

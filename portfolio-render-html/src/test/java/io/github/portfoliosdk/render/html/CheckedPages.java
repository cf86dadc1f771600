package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pages the real-tool tests check: every portfolio in every theme, as a page and as a fragment in a host page. */
final class CheckedPages {

    private CheckedPages() {
    }

    /** The showcase portfolio: the seed page as data. */
    static Portfolio showcase() {
        return PortfolioFormat.yaml().read(Checkers.showcaseFile());
    }

    /** The portfolios to check, by name: the showcase and the full and minimal samples. */
    static Map<String, Portfolio> portfolios() {
        Map<String, Portfolio> portfolios = new LinkedHashMap<>();
        portfolios.put("showcase", showcase());
        portfolios.put("full", SamplePortfolios.full());
        portfolios.put("minimal", SamplePortfolios.minimal());
        return portfolios;
    }

    /** Writes every page into {@code target/checked} and returns their paths. */
    static List<Path> write() throws IOException {
        Path dir = Checkers.outputDir();
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Portfolio> entry : portfolios().entrySet()) {
            for (Theme theme : Theme.values()) {
                HtmlRenderer page = HtmlRenderer.builder().theme(theme).clock(SamplePortfolios.CLOCK).build();
                files.add(write(dir.resolve(entry.getKey() + "-" + theme.id() + ".html"), page.render(entry.getValue())));
                HtmlRenderer fragment = HtmlRenderer.builder().theme(theme).fragment(true).clock(SamplePortfolios.CLOCK).build();
                files.add(write(dir.resolve(entry.getKey() + "-" + theme.id() + "-fragment.html"),
                        hostPage(theme, fragment.render(entry.getValue()))));
            }
        }
        return files;
    }

    /** A plain host page embedding a fragment and the theme's style sheet, as a user's site would. */
    static String hostPage(Theme theme, String fragment) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Host page</title>\n<style>\nbody{margin:0;font-family:serif}\n"
                + HtmlRenderer.stylesheet(theme) + "</style>\n</head>\n<body>\n<main>\n" + fragment + "\n</main>\n</body>\n</html>\n";
    }

    private static Path write(Path file, String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }
}

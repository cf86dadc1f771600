package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Theme;
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
import java.util.Locale;
import java.util.Map;

/** The pages the real-tool tests check: every portfolio in every theme, as a page and as a fragment in a host page. */
final class CheckedPages {

    /** The languages checked besides English: right to left (Arabic, Hebrew) and Tamil, the first user's. */
    static final List<String> RIGHT_TO_LEFT_AND_TAMIL = List.of("ar", "he", "ta");

    private CheckedPages() {
    }

    /** The showcase portfolio: the seed page as data. */
    static Portfolio showcase() {
        return PortfolioFormat.yaml().read(Checkers.showcaseFile());
    }

    /** The translated example: the showcase, trimmed, in English with German and Tamil beside it. */
    static Portfolio translated() {
        return PortfolioFormat.yaml().read(Checkers.showcaseFile().toAbsolutePath().getParent()
                .resolveSibling("translated").resolve("portfolio.yaml"));
    }

    /**
     * The translated example as the set of pages {@code render --locale all} writes, by file name: each language with
     * labels in it, linking the others ({@code index.html}, {@code index.de.html}, {@code index.ta.html}).
     */
    static Map<String, String> translatedPages() {
        Portfolio portfolio = translated();
        Map<String, String> files = new LinkedHashMap<>();
        for (String tag : portfolio.contentLanguages()) {
            files.put(tag.equals("en") ? "translated-index.html" : "translated-index." + tag + ".html", null);
        }
        Map<String, String> pages = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(files.keySet());
        for (int i = 0; i < names.size(); i++) {
            pages.put(portfolio.contentLanguages().get(i), names.get(i));
        }
        for (int i = 0; i < names.size(); i++) {
            Locale language = Locale.forLanguageTag(portfolio.contentLanguages().get(i));
            files.put(names.get(i), HtmlRenderer.builder().locale(language).languages(pages).clock(SamplePortfolios.CLOCK)
                    .build().render(portfolio.in(language)));
        }
        return files;
    }

    /** The portfolios to check, by name: the showcase, the full and minimal samples, the custom-sections example. */
    static Map<String, Portfolio> portfolios() {
        Map<String, Portfolio> portfolios = new LinkedHashMap<>();
        portfolios.put("showcase", showcase());
        portfolios.put("full", SamplePortfolios.full());
        portfolios.put("minimal", SamplePortfolios.minimal());
        portfolios.put("custom-sections", PortfolioFormat.yaml().read(Checkers.customSectionsFile()));
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
        files.add(write(dir.resolve("two-fragments-terminal-fragment.html"), twoFragments(true)));
        files.addAll(englishRightToLeft());
        for (Map.Entry<String, String> page : translatedPages().entrySet()) {
            files.add(write(dir.resolve(page.getKey()), page.getValue()));
        }
        for (String tag : RIGHT_TO_LEFT_AND_TAMIL) {
            Portfolio written = writtenIn(tag);
            for (Theme theme : Theme.values()) {
                HtmlRenderer page = HtmlRenderer.builder().theme(theme).locale(Locale.forLanguageTag(tag))
                        .clock(SamplePortfolios.CLOCK).build();
                files.add(write(dir.resolve("full-" + theme.id() + "-" + tag + ".html"), page.render(written)));
            }
            HtmlRenderer fragment = HtmlRenderer.builder().locale(Locale.forLanguageTag(tag)).fragment(true)
                    .clock(SamplePortfolios.CLOCK).build();
            files.add(write(dir.resolve("full-" + Theme.TERMINAL.id() + "-" + tag + "-fragment.html"),
                    hostPage(Theme.TERMINAL, fragment.render(written))));
        }
        return files;
    }

    /** The right-to-left label languages an English portfolio is checked in. */
    static final List<String> RIGHT_TO_LEFT = List.of("ar", "he");

    /**
     * The English showcase and full sample with Arabic and Hebrew labels, every theme as a page and the full sample as
     * a fragment: English text on a right-to-left page, which must keep its order; written into {@code target/checked}.
     */
    static List<Path> englishRightToLeft() throws IOException {
        Path dir = Checkers.outputDir();
        List<Path> files = new ArrayList<>();
        for (String tag : RIGHT_TO_LEFT) {
            for (Theme theme : Theme.values()) {
                HtmlRenderer page = HtmlRenderer.builder().theme(theme).locale(Locale.forLanguageTag(tag))
                        .clock(SamplePortfolios.CLOCK).build();
                files.add(write(dir.resolve("english-showcase-" + theme.id() + "-" + tag + ".html"), page.render(showcase())));
            }
            HtmlRenderer fragment = HtmlRenderer.builder().locale(Locale.forLanguageTag(tag)).fragment(true)
                    .clock(SamplePortfolios.CLOCK).build();
            files.add(write(dir.resolve("english-full-" + Theme.CLASSIC.id() + "-" + tag + "-fragment.html"),
                    hostPage(Theme.CLASSIC, fragment.render(SamplePortfolios.full()))));
        }
        return files;
    }

    /**
     * The portfolio with every section, each text a distinct sentence in the language of {@code tag} (ar, he or ta),
     * as a user writing in that language would have it: the page's {@code lang} is then true of all of it.
     */
    static Portfolio writtenIn(String tag) {
        String sentence = switch (tag) {
            case "ar" -> "نص عربي قصير للتجربة";
            case "he" -> "טקסט קצר בעברית לדוגמה";
            case "ta" -> "தமிழில் எழுதிய சிறு மாதிரி உரை";
            default -> throw new IllegalArgumentException(tag);
        };
        Map<String, String> texts = new java.util.HashMap<>();
        return SamplePortfolios.full(text -> texts.computeIfAbsent(text, key -> sentence + " " + (texts.size() + 1)),
                "https://example.com/").toBuilder().language(tag).build();
    }

    /**
     * A host page with its own {@code h1} and two fragments, as a team page would have them. {@code composed}: two
     * people (the showcase, and the full sample under another name), each fragment with its own id prefix and headings
     * one level down, as README says to embed them. Otherwise the checkers' known-bad input: the same portfolio twice
     * with the defaults (duplicate ids, an {@code h1} each under the host's, landmarks of the same names).
     */
    static String twoFragments(boolean composed) {
        Portfolio full = SamplePortfolios.full();
        List<Portfolio> people = composed
                ? List.of(showcase(), full.toBuilder().person(full.person().toBuilder().name("Ada Lovelace").build()).build())
                : List.of(showcase(), showcase());
        StringBuilder fragments = new StringBuilder("<h1>Our team</h1>\n");
        String[] prefixes = {"pf-a-", "pf-b-"};
        for (int i = 0; i < 2; i++) {
            HtmlRenderer.Builder fragment = HtmlRenderer.builder().fragment(true).clock(SamplePortfolios.CLOCK);
            if (composed) {
                fragment.idPrefix(prefixes[i]).headingOffset(1);
            }
            fragments.append(fragment.build().render(people.get(i))).append('\n');
        }
        return hostPage(Theme.TERMINAL, fragments.toString());
    }

    /** A plain host page embedding a fragment and the theme's style sheet, as a user's site would. */
    static String hostPage(Theme theme, String fragment) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Host page</title>\n<style>\nbody{margin:0;font-family:serif}\n"
                + HtmlRenderer.stylesheet(theme) + "</style>\n</head>\n<body>\n<main>\n" + fragment + "\n</main>\n</body>\n</html>\n";
    }

    /**
     * A page broken on purpose, checked in the same run as ours so that each checker shows it reads what it is given:
     * a {@code div} in a {@code p} (the Nu HTML Checker: errors), grey on grey text and a button without a name (axe:
     * {@code color-contrast} and {@code button-name} violations), and grey text on a grey gradient, which axe leaves
     * undecided and {@code checkers/axe-contrast.mjs} must measure as a contrast violation.
     */
    static Path writeKnownBad() throws IOException {
        return write(Checkers.outputDir().resolve("known-bad.html"), "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<title>Known bad</title>\n</head>\n<body>\n<main>\n"
                + "<p><div>A division inside a paragraph</div></p>\n"
                + "<p style=\"color:#999;background:#aaa\">Grey on grey</p>\n<button></button>\n"
                + "<p style=\"color:#bbb;background:linear-gradient(#999,#aaa)\">Grey on a grey gradient</p>\n"
                + "</main>\n</body>\n</html>\n");
    }

    private static Path write(Path file, String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }
}

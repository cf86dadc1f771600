package io.github.portfoliosdk.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages as Chromium draws and prints them ({@code checkers/html-layout.mjs}), measured: the fonts that draw Arabic,
 * Hebrew, Devanagari, Tamil and Japanese text (named in the page's stacks, of the script, not monospace, without
 * capitals or letter-spacing); the printed showcase's page count on A4 and Letter against the PDF CV's for the same
 * portfolio and paper (poppler's {@code pdfinfo}) and how full each page is ({@code pdftoppm}), no heading at a page's
 * foot ({@code pdftotext}), flow diagrams across the page; on screen, the
 * terminal theme's section titles on one line at 1280 px, skill level bars in one column beside their names, and
 * figures strips without holes at 390 px. Each check also runs on a page whose style sheet has the defect it looks
 * for, and must find it there.
 */
class PrintAndLayoutTest {

    /**
     * How many times the PDF CV's pages the printed page may take, for the same portfolio and paper. The page keeps
     * all it shows (the showcase has three times the CV's words, and seven flow diagrams the CV leaves out), so it
     * cannot print in as few pages; the showcase printed in 19 A4 pages (20 on Letter, terminal theme) before these
     * checks, 7 before the print style sheet was made compact, and 4 since (the CV: 2).
     */
    private static final int PAGES_PER_CV_PAGE = 2;

    /** Known bad for print: full size, whole sections and cards kept unbroken, diagrams stacked as on a phone. */
    private static final String BAD_PRINT = "@media print{.pf-root{zoom:1}"
            + ".pf-section,.pf-role,.pf-project,.pf-note{break-inside:avoid}.pf-stages,.pf-stage{flex-direction:column}}";

    /** Known bad for headings: each section's body forced onto a new page, leaving its heading at the foot of the last. */
    private static final String BAD_HEADINGS = "@media print{.pf-section-body{break-before:page}}";

    /** Known bad for fonts: every element in the monospace font, letter-spaced in capitals. */
    private static final String BAD_FONTS = ".pf-root *{font-family:\"DejaVu Sans Mono\",monospace!important;"
            + "letter-spacing:.1em!important;text-transform:uppercase!important}";

    /** The languages whose fonts are checked, and the scripts of their letters. */
    private static final Map<String, Set<Character.UnicodeScript>> SCRIPTS = Map.of(
            "ar", Set.of(Character.UnicodeScript.ARABIC), "he", Set.of(Character.UnicodeScript.HEBREW),
            "hi", Set.of(Character.UnicodeScript.DEVANAGARI), "ta", Set.of(Character.UnicodeScript.TAMIL),
            "ja", Set.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA));

    /** Known bad for the terminal theme: its rules before these checks (narrow titles, bars after the name, a grid strip). */
    private static final String BAD_TERMINAL = ".pf-terminal .pf-section-title{max-width:14ch}"
            + ".pf-root .pf-skill{display:flex;flex-wrap:wrap;justify-content:space-between}"
            + ".pf-root .pf-metrics{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr))}";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, JsonNode> REPORT = new LinkedHashMap<>();
    private static final Map<String, Set<String>> HEADINGS = new LinkedHashMap<>();

    @BeforeAll
    static void printAndMeasure() throws IOException {
        Path dir = Files.createDirectories(Checkers.outputDir().resolve("print"));
        Map<String, String> pages = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            pages.put("showcase-" + theme.id(), page(CheckedPages.showcase(), theme, Locale.ENGLISH));
            for (String tag : SCRIPTS.keySet().stream().sorted().toList()) {
                pages.put("full-" + theme.id() + "-" + tag, page(writtenIn(tag), theme, Locale.forLanguageTag(tag)));
            }
        }
        pages.put("known-bad-fonts", withCss(pages.get("full-terminal-ta"), BAD_FONTS));
        pages.put("known-bad-print", withCss(pages.get("showcase-classic"), BAD_PRINT));
        pages.put("known-bad-headings", withCss(pages.get("showcase-classic"), BAD_HEADINGS));
        pages.put("known-bad-terminal", withCss(pages.get("showcase-terminal"), BAD_TERMINAL));
        List<String> args = new ArrayList<>(List.of(dir.toAbsolutePath().toString()));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = dir.resolve(page.getKey() + ".html");
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            args.add(file.toAbsolutePath().toString());
            HEADINGS.put(page.getKey(), new TreeSet<>(Jsoup.parse(page.getValue())
                    .select(".pf-section-head,h3,h4,figcaption,.pf-project-meta,.pf-note-meta,.pf-role-period").eachText()
                    .stream().map(PrintAndLayoutTest::normalized).toList()));
        }
        Checkers.chromium();
        Checkers.nodePackage("playwright-core");
        Checkers.Result result = Checkers.node("html-layout.mjs", args, Duration.ofMinutes(5));
        assertThat(result.exitCode()).as(result.output()).isZero();
        for (JsonNode page : JSON.readTree(result.stdout()).get("pages")) {
            REPORT.put(Path.of(page.get("file").asString()).getFileName().toString().replace(".html", ""), page);
        }
        assertThat(REPORT.keySet()).as("the pages printed and measured").containsExactlyElementsOf(pages.keySet());
    }

    @Test
    void textInScriptsWithoutCapitalsIsDrawnInAFontOfItsScriptThatTheStyleSheetNamesNeverMonospaceNorLetterSpaced() {
        Map<String, Set<String>> scriptFonts = new LinkedHashMap<>();
        SCRIPTS.keySet().forEach(tag -> scriptFonts.put(tag, fontconfig(":lang=" + tag)));
        Set<String> monospace = fontconfig(":spacing=mono");
        for (Theme theme : Theme.values()) {
            for (String tag : SCRIPTS.keySet()) {
                List<String> faults = fontFaults("full-" + theme.id() + "-" + tag, tag, scriptFonts.get(tag), monospace);
                assertThat(faults).as("text of %s in the %s theme drawn in a wrong font or style", tag, theme.id()).isEmpty();
            }
        }
        List<String> bad = fontFaults("known-bad-fonts", "ta", scriptFonts.get("ta"), monospace);
        System.out.println("fonts: known-bad page, " + bad.size() + " faults, e.g. " + bad.subList(0, Math.min(3, bad.size())));
        assertThat(bad).as("faults on the known-bad page").anyMatch(fault -> fault.contains("no font of the script"))
                .anyMatch(fault -> fault.contains("monospace")).anyMatch(fault -> fault.contains("letter-spacing"));
    }

    @Test
    void theShowcasePrintsInAtMostTwiceThePdfCvsPagesOnTheSamePaper() throws IOException {
        for (Paper paper : Paper.values()) {
            int cv = pdfPages(cv(paper));
            for (Theme theme : Theme.values()) {
                int printed = pdfPages(printed("showcase-" + theme.id(), paper));
                System.out.printf("print: showcase %s on %s, %d pages; the PDF CV, %d%n", theme.id(), paper.id(), printed, cv);
                assertThat(printed).as("pages of the %s showcase printed on %s (the PDF CV's: %d)", theme.id(), paper.id(), cv)
                        .isBetween(2, PAGES_PER_CV_PAGE * cv);
            }
            int bad = pdfPages(printed("known-bad-print", paper));
            System.out.printf("print: known-bad page (screen size, sections kept whole) on %s, %d pages%n", paper.id(), bad);
            assertThat(bad).as("pages of the known-bad page on %s", paper.id()).isGreaterThan(PAGES_PER_CV_PAGE * cv);
        }
    }

    @Test
    void everyPrintedPageButTheLastIsAtLeastHalfFull() throws IOException {
        for (Paper paper : Paper.values()) {
            for (Theme theme : Theme.values()) {
                List<Double> fullness = fullness("showcase-" + theme.id(), paper);
                System.out.printf("print: showcase %s, %d %s pages, filled %s%n", theme.id(), fullness.size(), paper.id(),
                        percent(fullness));
                assertThat(fullness.subList(0, fullness.size() - 1))
                        .as("how full each page but the last is (%s, %s)", theme.id(), paper.id()).allMatch(filled -> filled >= 0.5);
            }
        }
        List<Double> bad = fullness("known-bad-print", Paper.A4);
        System.out.printf("print: known-bad page (sections kept whole), %d pages, filled %s%n", bad.size(), percent(bad));
        assertThat(bad.subList(0, bad.size() - 1)).as("the known-bad page's pages").anyMatch(filled -> filled < 0.5);
    }

    @Test
    void noPrintedPageEndsWithAHeading() throws IOException {
        for (String name : List.of("showcase-classic", "showcase-terminal", "full-classic-ar", "full-terminal-ta")) {
            for (Paper paper : Paper.values()) {
                List<String> feet = pageFeet(name, paper);
                System.out.printf("print: %s on %s, the last lines of its pages: %s%n", name, paper.id(), feet);
                assertThat(feet).as("the last line of each page of %s printed on %s", name, paper.id())
                        .noneMatch(foot -> isHeading(name, foot));
            }
        }
        assertThat(pageFeet("known-bad-headings", Paper.A4)).as("the last lines of the known-bad page's pages")
                .anyMatch(foot -> isHeading("known-bad-headings", foot));
    }

    @Test
    void flowDiagramsPrintAcrossThePage() {
        for (String name : List.of("showcase-classic", "showcase-terminal", "full-classic-ar")) {
            JsonNode flows = REPORT.get(name).get("flows");
            assertThat(flows.size()).as("flow diagrams of %s", name).isPositive();
            for (JsonNode flow : flows) {
                // a diagram prints across: its stages share rows, at most half as many rows as stages (rounded up)
                int stages = flow.get("stages").asInt();
                assertThat(flow.get("rows").asInt()).as("rows of the printed diagram '%s' of %s (%d stages)",
                        flow.get("title").asString(), name, stages).isLessThanOrEqualTo((stages + 1) / 2);
            }
        }
        assertThat(REPORT.get("known-bad-print").get("flows")).as("the known-bad page's printed diagrams")
                .anyMatch(flow -> flow.get("stages").asInt() > 1 && flow.get("rows").asInt() == flow.get("stages").asInt());
    }

    @Test
    void terminalSectionTitlesTakeOneLineAt1280Pixels() {
        for (String name : List.of("showcase-terminal", "full-terminal-ar", "full-terminal-ta", "showcase-classic")) {
            JsonNode titles = REPORT.get(name).get("widths").get("1280").get("titles");
            assertThat(titles.size()).as("section titles of %s", name).isGreaterThan(5);
            assertThat(titles).as("section titles of %s at 1280 px", name).allMatch(title -> title.get("lines").asInt() == 1);
        }
        assertThat(REPORT.get("known-bad-terminal").get("widths").get("1280").get("titles"))
                .as("the known-bad page's titles").anyMatch(title -> title.get("lines").asInt() > 1);
    }

    @Test
    void skillLevelBarsLineUpInOneColumnBesideTheNames() {
        for (String name : List.of("showcase-terminal", "showcase-classic", "full-terminal-ar", "full-terminal-ta")) {
            for (String width : List.of("1280", "390")) {
                JsonNode skills = REPORT.get(name).get("widths").get(width).get("skills");
                assertThat(skills.size()).as("skills with levels of %s", name).isPositive();
                assertThat(skills).as("skills of %s at %s px whose level bar left the name's first line", name, width)
                        .allMatch(skill -> skill.get("besideName").asBoolean());
                assertThat(barColumns(skills)).as("where the level bars of each group start (%s, %s px)", name, width)
                        .allMatch(starts -> starts.size() == 1);
            }
        }
        JsonNode bad = REPORT.get("known-bad-terminal").get("widths").get("1280").get("skills");
        assertThat(barColumns(bad)).as("the known-bad page's level bars").anyMatch(starts -> starts.size() > 1);
    }

    @Test
    void figuresStripsLeaveNoEmptyCellAt390Pixels() {
        for (String name : List.of("showcase-terminal", "showcase-classic", "full-terminal-ar", "full-classic-ta")) {
            for (String width : List.of("1280", "390")) {
                JsonNode strips = REPORT.get(name).get("widths").get(width).get("strips");
                assertThat(strips).as("figures strips with a background of %s", name)
                        .anyMatch(strip -> strip.get("background").asBoolean());
                assertThat(strips).as("figures strips of %s at %s px with a hole in a row", name, width)
                        .filteredOn(strip -> strip.get("background").asBoolean())
                        .allMatch(strip -> strip.get("shortRows").asInt() == 0);
            }
        }
        assertThat(REPORT.get("known-bad-terminal").get("widths").get("390").get("strips"))
                .as("the known-bad page's strips at 390 px")
                .anyMatch(strip -> strip.get("background").asBoolean() && strip.get("shortRows").asInt() > 0);
    }

    /**
     * What is wrong with the fonts of a page's text in the language {@code tag}: for every element whose own text has
     * letters of the language's script, the fonts Chromium drew it with must include one the element's font-family
     * names that fontconfig lists for the language, none that fontconfig lists as monospace, and no capitals or
     * letter-spacing set by the style sheet.
     */
    private static List<String> fontFaults(String name, String tag, Set<String> scriptFonts, Set<String> monospace) {
        List<String> faults = new ArrayList<>();
        int checked = 0;
        for (JsonNode element : REPORT.get(name).get("fonts")) {
            String text = element.get("text").asString();
            if (text.codePoints().noneMatch(c -> SCRIPTS.get(tag).contains(Character.UnicodeScript.of(c)))) {
                continue;
            }
            checked++;
            Set<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (String family : element.get("family").asString().split(",")) {
                named.add(family.strip().replace("\"", ""));
            }
            List<String> used = new ArrayList<>();
            element.get("used").forEach(font -> used.add(font.get("name").asString()));
            String where = name + " '" + text + "' " + used;
            if (used.stream().noneMatch(font -> named.contains(font) && scriptFonts.contains(font))) {
                faults.add(where + ": no font of the script that the style sheet named drew it");
            }
            if (used.stream().anyMatch(monospace::contains)) {
                faults.add(where + ": drawn in a monospace font");
            }
            if (element.get("lang").asString().startsWith(tag) && (!element.get("letterSpacing").asString().equals("normal")
                    || !element.get("textTransform").asString().equals("none"))) {
                faults.add(where + ": letter-spacing " + element.get("letterSpacing").asString() + ", text-transform "
                        + element.get("textTransform").asString());
            }
        }
        System.out.printf("fonts: %s, %d elements with %s letters checked, %d faults%n", name, checked, tag, faults.size());
        assertThat(checked).as("elements with %s letters on %s", tag, name).isGreaterThan(50);
        return faults;
    }

    /** The font families fontconfig lists for a pattern (every name of each). */
    private static Set<String> fontconfig(String pattern) {
        Checkers.Result result = Checkers.run(List.of("fc-list", pattern, "family"), Path.of("."), Duration.ofSeconds(30));
        assertThat(result.exitCode()).as(result.output()).isZero();
        Set<String> families = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        result.stdout().lines().forEach(line -> List.of(line.split(",")).forEach(family -> families.add(family.strip())));
        families.remove("");
        assertThat(families).as("fonts fontconfig lists for %s (scripts/test installs them)", pattern).isNotEmpty();
        return families;
    }

    /**
     * The portfolio with every section, each text a distinct sentence in the language of {@code tag}: the pages of
     * {@link CheckedPages#writtenIn} for Arabic, Hebrew and Tamil, and Hindi and Japanese besides.
     */
    private static Portfolio writtenIn(String tag) {
        String sentence = switch (tag) {
            case "hi" -> "हिंदी में लिखा गया छोटा नमूना पाठ";
            case "ja" -> "日本語で書いた短い見本の文です";
            default -> null;
        };
        if (sentence == null) {
            return CheckedPages.writtenIn(tag);
        }
        Map<String, String> texts = new java.util.HashMap<>();
        return SamplePortfolios.full(text -> texts.computeIfAbsent(text, key -> sentence + " " + (texts.size() + 1)),
                "https://example.com/").toBuilder().language(tag).build();
    }

    private static String page(Portfolio portfolio, Theme theme, Locale locale) {
        return HtmlRenderer.builder().theme(theme).locale(locale).clock(SamplePortfolios.CLOCK).build().render(portfolio);
    }

    private static String withCss(String page, String css) {
        return page.replace("</style>", css + "\n</style>");
    }

    /** For each group of skills, the x positions where its level bars start. */
    private static List<Set<Integer>> barColumns(JsonNode skills) {
        Map<Integer, Set<Integer>> starts = new LinkedHashMap<>();
        for (JsonNode skill : skills) {
            starts.computeIfAbsent(skill.get("group").asInt(), group -> new TreeSet<>()).add(skill.get("levelStart").asInt());
        }
        return List.copyOf(starts.values());
    }

    /** The PDF CV of the showcase on a paper, written beside the printed pages. */
    private static Path cv(Paper paper) throws IOException {
        Path file = Checkers.outputDir().resolve("print").resolve("showcase-cv." + paper.id() + ".pdf").toAbsolutePath();
        try (var out = Files.newOutputStream(file)) {
            PdfRenderer.builder().paper(paper).clock(SamplePortfolios.CLOCK).build().write(CheckedPages.showcase(), out);
        }
        return file;
    }

    /** The PDF Chromium printed a page to on a paper. */
    private static Path printed(String name, Paper paper) {
        return Path.of(REPORT.get(name).get("pdfs").get(paper.id()).asString());
    }

    /** A PDF's page count, as poppler's {@code pdfinfo} reads it. */
    private static int pdfPages(Path pdf) {
        Checkers.Result result = Checkers.run(List.of("pdfinfo", pdf.toAbsolutePath().toString()), pdf.getParent(),
                Duration.ofMinutes(1));
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.stdout().lines().filter(line -> line.startsWith("Pages:"))
                .mapToInt(line -> Integer.parseInt(line.substring("Pages:".length()).strip())).findFirst()
                .orElseThrow(() -> new AssertionError("pdfinfo names no page count: " + result.output()));
    }

    /**
     * How full each printed page is: the share of the page's printable height (the paper less the 10 mm margins)
     * above its lowest inked pixel row, from poppler's 20 dpi greyscale picture of the page.
     */
    private static List<Double> fullness(String name, Paper paper) throws IOException {
        Path pdf = printed(name, paper);
        String pictureName = name + "-" + paper.id() + "-page";
        Path prefix = pdf.resolveSibling(pictureName);
        Checkers.Result result = Checkers.run(List.of("pdftoppm", "-r", "20", "-gray", pdf.toString(), prefix.toString()),
                pdf.getParent(), Duration.ofMinutes(1));
        assertThat(result.exitCode()).as(result.output()).isZero();
        List<Double> fullness = new ArrayList<>();
        try (var pictures = Files.list(pdf.getParent())) {
            for (Path picture : pictures.filter(file -> file.getFileName().toString().startsWith(pictureName + "-"))
                    .sorted().toList()) {
                fullness.add(filled(Files.readAllBytes(picture), paper));
            }
        }
        return fullness;
    }

    /** The filled share of one page from its binary PGM picture (P5: "P5 width height 255", then one byte a pixel). */
    private static double filled(byte[] pgm, Paper paper) {
        String[] header = new String(pgm, 0, 32, StandardCharsets.US_ASCII).split("\\s+", 5);
        assertThat(header[0]).isEqualTo("P5");
        int width = Integer.parseInt(header[1]);
        int height = Integer.parseInt(header[2]);
        int offset = pgm.length - width * height;
        int lowest = -1;
        for (int row = 0; row < height; row++) {
            for (int x = 0; x < width; x++) {
                if ((pgm[offset + row * width + x] & 0xff) < 200) {
                    lowest = row;
                    break;
                }
            }
        }
        double margin = height * 10.0 / paper.heightMillimetres();
        return Math.max(0, (lowest + 1 - margin) / (height - 2 * margin));
    }

    /** The last line of text of each printed page ({@code pdftotext}), trimmed. */
    private static List<String> pageFeet(String name, Paper paper) {
        Path pdf = printed(name, paper);
        Checkers.Result result = Checkers.run(List.of("pdftotext", "-layout", pdf.toString(), "-"), pdf.getParent(),
                Duration.ofMinutes(1));
        assertThat(result.exitCode()).as(result.output()).isZero();
        List<String> feet = new ArrayList<>();
        for (String text : result.stdout().split("\f")) {
            List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (!lines.isEmpty()) {
                feet.add(lines.get(lines.size() - 1));
            }
        }
        return feet;
    }

    /** Whether a page's last line is one of the page's headings (a section's, with its number, or an entry's). */
    private static boolean isHeading(String name, String foot) {
        return HEADINGS.get(name).contains(normalized(foot));
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String percent(List<Double> fullness) {
        return fullness.stream().map(filled -> Math.round(filled * 100) + "%").toList().toString();
    }
}

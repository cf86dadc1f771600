package io.github.portfoliosdk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * Tamil and Hindi are shaped as HarfBuzz shapes them: the glyphs the PDF draws for each word are the glyphs
 * {@code hb-shape} (Debian's libharfbuzz-bin, which scripts/test installs) chooses for the same font file and text,
 * conjuncts and reordered vowel signs included, each glyph where HarfBuzz places it; the text extracts as the user
 * wrote it; and the PDF stays PDF/UA-1 and PDF/A-3b with its fonts embedded (the labels of ta and hi: PdfLocaleTest).
 */
class IndicShapingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    // "technology", "computer", "software engineer" in Tamil; vowel signs before (ொ, ெ) and after their consonant
    private static final String TAMIL_NAME = "தொழில்நுட்பம் கணினி";
    private static final String TAMIL_HEADLINE = "மென்பொருள் பொறியாளர்";
    // "technology", "capacity", "software engineer" in Hindi: conjuncts (प्र, द्य, क्ष), ि before its consonant
    private static final String HINDI_NAME = "प्रौद्योगिकी क्षमता";
    private static final String HINDI_HEADLINE = "सॉफ़्टवेयर इंजीनियर";

    @Test
    void eachWordIsDrawnWithTheGlyphsHarfBuzzChoosesAndReadsBackAsWritten() throws IOException {
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name(TAMIL_NAME).headline(TAMIL_HEADLINE)
                        .summary(HINDI_NAME + " और " + HINDI_HEADLINE + ".").build())
                .addRole(Role.builder().title(HINDI_HEADLINE).summary("Go, Kafka — " + TAMIL_HEADLINE + " (பொறியாளர்).")
                        .build())
                .build();
        byte[] pdf = renderer(PdfRenderer.builder()).toBytes(portfolio);
        Path file = Poppler.save("tamil-hindi-user-text", pdf);

        Map<String, List<String>> drawn = drawnWords(pdf);
        List<String> words = List.of("தொழில்நுட்பம்", "கணினி", "மென்பொருள்", "பொறியாளர்", "प्रौद्योगिकी",
                "क्षमता", "और", "सॉफ़्टवेयर", "इंजीनियर");
        assertThat(drawn).containsKeys(words.toArray(String[]::new));
        for (String word : words) {
            String font = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.TAMIL) ? "NotoSansTamil" : "NotoSansDevanagari";
            // the name and the role's title are bold, the rest regular: each as HarfBuzz shapes it in its face
            assertThat(drawn.get(word)).as(word).isNotEmpty().allSatisfy(glyphs -> assertThat(glyphs)
                    .isIn(hbShape(font + "-Regular.ttf", word), hbShape(font + "-Bold.ttf", word)));
        }
        // a conjunct is one glyph: क्ष (three characters) is drawn as the ligature that begins the word
        assertThat(ids(drawn.get("क्षमता").get(0)).split(" ")).hasSize(4);
        assertThat(ids(drawn.get("தொழில்நுட்பம்").get(0)).split(" ")[0]).as("ெ is drawn before த")
                .isNotEqualTo(ids(hbShape("NotoSansTamil-Regular.ttf", "த")));
        // a mark HarfBuzz moves off its default place is drawn there: the anusvara (glyph 6) of इं 7 thousandths of
        // an em left of the end of इ (glyph 11, 491 wide); and a kerned pair closer than its advances (ளர், 29 closer)
        assertThat(drawn.get("इंजीनियर")).contains(hbShape("NotoSansDevanagari-Regular.ttf", "इंजीनियर"))
                .anySatisfy(glyphs -> assertThat(glyphs).startsWith("11@0,0 6@484,0 "));
        assertThat(drawn.get("மென்பொருள்")).anySatisfy(glyphs -> assertThat(glyphs).endsWith(" 140@5283,0 93@6334,0"));

        String text = Poppler.text(file).replaceAll("\\s+", " ");
        assertThat(text).contains(TAMIL_NAME, TAMIL_HEADLINE, HINDI_NAME + " और " + HINDI_HEADLINE + ".",
                "Go, Kafka — " + TAMIL_HEADLINE + " (பொறியாளர்).");
        // an extractor that reads glyph by glyph (PDFBox, as applicant tracking systems do) gets characters, in the
        // order drawn: a conjunct's or half form's own, never the private-use one the glyph is written as in the font
        String glyphByGlyph = PdfDocuments.flatText(pdf);
        assertThat(glyphByGlyph.chars().filter(c -> c >= 0xE000 && c <= 0xF8FF)).as(glyphByGlyph).isEmpty();
        assertThat(glyphByGlyph).contains("क्षमता", "Go, Kafka");
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
        assertThat(String.join("\n", Poppler.fonts(file))).contains("NotoSansTamil-Bold", "NotoSansTamil-Regular",
                "NotoSansDevanagari-Regular");
        assertThat(Poppler.fonts(file)).allSatisfy(row ->
                assertThat(row).matches(".*\\bCID TrueType\\b.*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*"));
    }

    @Test
    void theCheckTellsAWordDrawnOneGlyphPerCharacterFromAShapedOne() {
        // what openhtmltopdf drew before: each character's own glyph, in the order typed
        String unshaped = ids(hbShape("NotoSansDevanagari-Regular.ttf", "क")) + " "
                + ids(hbShape("NotoSansDevanagari-Regular.ttf", "्")) + " "
                + ids(hbShape("NotoSansDevanagari-Regular.ttf", "ष"));
        assertThat(ids(hbShape("NotoSansDevanagari-Regular.ttf", "क्ष"))).isNotEqualTo(unshaped);
    }

    /**
     * Each word drawn within a marked content sequence with an {@code /ActualText}, with the glyphs drawn in it, each
     * as its id and where it is drawn in thousandths of an em from the word's start ("46@0,0 25@556,0"), once per time
     * it is drawn.
     */
    private static Map<String, List<String>> drawnWords(byte[] pdf) throws IOException {
        Map<String, List<String>> words = new LinkedHashMap<>();
        try (PDDocument document = PdfDocuments.load(pdf)) {
            for (PDPage page : document.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                String word = null;
                PDFont font = null;
                float size = 1;
                float pen = 0;
                float rise = 0;
                StringBuilder glyphs = new StringBuilder();
                for (int t = 0; t < tokens.size(); t++) {
                    if (!(tokens.get(t) instanceof Operator operator)) {
                        continue;
                    }
                    switch (operator.getName()) {
                        case "Tf" -> {
                            font = page.getResources().getFont((COSName) tokens.get(t - 2));
                            size = ((COSNumber) tokens.get(t - 1)).floatValue();
                        }
                        case "Ts" -> rise = ((COSNumber) tokens.get(t - 1)).floatValue() * 1000 / size;
                        case "BDC" -> {
                            if (tokens.get(t - 1) instanceof COSDictionary properties
                                    && properties.getDictionaryObject(COSName.getPDFName("ActualText"))
                                            instanceof COSString actual) {
                                word = actual.getString();
                                glyphs.setLength(0);
                                pen = 0;
                            }
                        }
                        case "TJ", "Tj" -> {
                            if (word == null) {
                                continue;
                            }
                            COSArray shown = tokens.get(t - 1) instanceof COSArray array ? array : new COSArray();
                            if (tokens.get(t - 1) instanceof COSString string) {
                                shown.add(string);
                            }
                            for (COSBase element : shown) {
                                if (element instanceof COSNumber number) {
                                    pen -= number.floatValue();
                                    continue;
                                }
                                byte[] bytes = ((COSString) element).getBytes();
                                for (int b = 0; b < bytes.length; b += 2) {
                                    int glyph = (bytes[b] & 0xFF) << 8 | bytes[b + 1] & 0xFF;
                                    glyphs.append(glyphs.isEmpty() ? "" : " ").append(glyph).append('@')
                                            .append(Math.round(pen)).append(',').append(Math.round(rise));
                                    pen += font.getWidth(glyph);
                                }
                            }
                        }
                        case "EMC" -> {
                            if (word != null) {
                                words.computeIfAbsent(word, w -> new ArrayList<>()).add(glyphs.toString());
                                word = null;
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        }
        return words;
    }

    /**
     * The glyphs HarfBuzz chooses for the text in the bundled font, each as its id and where it goes in thousandths of
     * an em from the text's start ("46@0,0 25@556,0"; the fonts have 1000 units to the em).
     */
    private static String hbShape(String font, String text) {
        Path file = bundledFont(font);
        Checkers.Result result = Checkers.run(List.of("hb-shape", "--no-glyph-names", "--no-clusters",
                file.toString(), text), Path.of("."), TIMEOUT);
        assertThat(result.exitCode()).as("hb-shape (install libharfbuzz-bin: ./scripts/test does)\n%s",
                result.output()).isZero();
        // id, then @x-offset,y-offset when either is not 0, then +x-advance
        Matcher glyphs = Pattern.compile("(\\d+)(?:@(-?\\d+),(-?\\d+))?\\+(-?\\d+)").matcher(result.stdout());
        List<String> placed = new ArrayList<>();
        int pen = 0;
        while (glyphs.find()) {
            int x = glyphs.group(2) == null ? 0 : Integer.parseInt(glyphs.group(2));
            int y = glyphs.group(3) == null ? 0 : Integer.parseInt(glyphs.group(3));
            placed.add(glyphs.group(1) + "@" + (pen + x) + "," + y);
            pen += Integer.parseInt(glyphs.group(4));
        }
        assertThat(placed).as("hb-shape's output for %s", text).isNotEmpty();
        return String.join(" ", placed);
    }

    /** The glyph ids of glyphs with their places ("46@0,0 25@556,0" to "46 25"). */
    private static String ids(String placed) {
        return placed.replaceAll("@-?\\d+,-?\\d+", "");
    }

    /** The font as the renderer bundles it, saved under target/checked for hb-shape. */
    private static Path bundledFont(String font) {
        try (InputStream in = IndicShapingTest.class.getResourceAsStream(
                "/io/github/portfoliosdk/render/pdf/internal/fonts/" + font)) {
            assertThat(in).as(font).isNotNull();
            Path file = Checkers.outputDir().resolve(font).toAbsolutePath();
            if (!Files.exists(file)) {
                Files.write(file, in.readAllBytes());
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PdfRenderer renderer(PdfRenderer.Builder builder) {
        return builder.clock(SamplePortfolios.CLOCK).embedJsonResume(false).build();
    }
}

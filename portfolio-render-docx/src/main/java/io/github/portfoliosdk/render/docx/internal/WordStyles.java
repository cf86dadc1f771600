package io.github.portfoliosdk.render.docx.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Theme;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * The document's styles: Word's built-in paragraph styles by their built-in names ("Title", "heading 1",
 * "heading 2", "List Paragraph", "Hyperlink"), so Word's navigation pane, screen readers and converters know them,
 * plus two of ours ("Meta" lines, "Label" runs); fonts and the accent colour come from the theme.
 */
final class WordStyles {

    /** Style ids as paragraphs and runs refer to them. */
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String LIST = "ListParagraph";
    static final String META = "Meta";
    static final String LABEL = "Label";
    static final String HYPERLINK = "Hyperlink";

    private static final Set<String> EAST_ASIAN = Set.of("ja", "zh", "ko");
    private static final Set<String> COMPLEX = Set.of("ar", "he", "iw", "fa", "ur", "hi", "ta");

    private WordStyles() {
    }

    /** The accent colour of a theme, as hex RGB: the PDF's print accents. */
    static String accent(Theme theme) {
        return switch (theme) {
            case TERMINAL -> "0B6E3A";
            case CLASSIC -> "1F3A60";
        };
    }

    /** The styles part's content for the theme and the labels' language. */
    static CTStyles of(Theme theme, Labels labels) {
        String accent = accent(theme);
        String headingFont = theme == Theme.TERMINAL ? "Courier New" : "Arial";
        CTStyles styles = CTStyles.Factory.newInstance();
        defaults(styles.addNewDocDefaults(), labels);

        CTStyle normal = paragraph(styles, "Normal", "Normal", null);
        normal.addNewQFormat();
        spacing(normal.addNewPPr(), 0, 80);

        CTStyle title = paragraph(styles, TITLE, "Title", "Normal");
        title.addNewQFormat();
        spacing(title.addNewPPr(), 0, 60);
        run(title.addNewRPr(), headingFont, accent, 40, true);

        CTStyle subtitle = paragraph(styles, SUBTITLE, "Subtitle", "Normal");
        subtitle.addNewQFormat();
        spacing(subtitle.addNewPPr(), 0, 80);
        run(subtitle.addNewRPr(), null, null, 24, false);

        CTStyle heading1 = paragraph(styles, HEADING_1, "heading 1", "Normal");
        heading1.addNewQFormat();
        CTPPrGeneral h1 = heading1.addNewPPr();
        h1.addNewKeepNext();
        spacing(h1, 240, 80);
        var border = h1.addNewPBdr().addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(6));
        border.setSpace(BigInteger.ONE);
        border.setColor(accent);
        h1.addNewOutlineLvl().setVal(BigInteger.ZERO);
        run(heading1.addNewRPr(), headingFont, accent, 26, true);

        CTStyle heading2 = paragraph(styles, HEADING_2, "heading 2", "Normal");
        heading2.addNewQFormat();
        CTPPrGeneral h2 = heading2.addNewPPr();
        h2.addNewKeepNext();
        spacing(h2, 160, 20);
        h2.addNewOutlineLvl().setVal(BigInteger.ONE);
        run(heading2.addNewRPr(), headingFont, accent, 21, true);

        CTStyle list = paragraph(styles, LIST, "List Paragraph", "Normal");
        list.addNewQFormat();
        spacing(list.addNewPPr(), 0, 40);

        CTStyle meta = paragraph(styles, META, "Meta", "Normal");
        meta.addNewPPr().addNewKeepNext();
        run(meta.addNewRPr(), null, "444444", 18, false);

        CTStyle label = character(styles, LABEL, "Label");
        run(label.addNewRPr(), null, accent, 0, true);

        CTStyle hyperlink = character(styles, HYPERLINK, "Hyperlink");
        CTRPr link = hyperlink.addNewRPr();
        link.addNewColor().setVal(accent);
        link.addNewU().setVal(STUnderline.SINGLE);
        return styles;
    }

    private static void defaults(CTDocDefaults defaults, Labels labels) {
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        // Latin text in Arial; East Asian and complex-script text in the reader's own fonts for those scripts
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii("Arial");
        fonts.setHAnsi("Arial");
        rpr.addNewSz().setVal(BigInteger.valueOf(20));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(20));
        rpr.addNewColor().setVal("1A1A1A");
        // The language of every run, in the slot Word reads for the run's script: w:val for Latin (and Greek,
        // Cyrillic) text, w:eastAsia for Chinese and Japanese, w:bidi for complex scripts (Arabic, Hebrew, Indic).
        // Word itself writes a Japanese or Arabic document so; tagging Latin runs as Japanese would make readers
        // break English words anywhere, as they may Japanese text.
        String tag = labels.language().toLanguageTag();
        String language = labels.language().getLanguage().toLowerCase(Locale.ROOT);
        CTLanguage lang = rpr.addNewLang();
        if (EAST_ASIAN.contains(language)) {
            lang.setVal("en");
            lang.setEastAsia(tag);
        } else if (COMPLEX.contains(language)) {
            lang.setVal("en");
            lang.setBidi(tag);
        } else {
            lang.setVal(tag);
        }
        // no direction here: each paragraph takes the direction of its first letter and each run with right-to-left
        // letters is marked so (WordWriter.directions), as an Arabic CV's English paragraphs read left to right
        defaults.addNewPPrDefault().addNewPPr();
    }

    private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal(basedOn);
        } else {
            style.setDefault(true);
        }
        return style;
    }

    private static CTStyle character(CTStyles styles, String id, String name) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.CHARACTER);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        return style;
    }

    private static void spacing(CTPPrGeneral ppr, int before, int after) {
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    /** Font, colour, size in half-points (0: inherited) and weight of a style's runs. */
    private static void run(CTRPr rpr, String font, String color, int halfPoints, boolean bold) {
        if (font != null) {
            CTFonts fonts = rpr.addNewRFonts();
            fonts.setAscii(font);
            fonts.setHAnsi(font);
        }
        if (bold) {
            rpr.addNewB();
        }
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        if (halfPoints > 0) {
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        }
    }
}

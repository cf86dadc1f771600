package io.github.portfoliosdk.render.docx.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Theme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds one Word document: the only class that knows WordprocessingML. Callers add paragraphs in the document's
 * styles ({@link WordStyles}) and fill them with runs of user text, fixed words and links; user text is always a
 * run's literal text (the XML layer escapes it), a link is live only when {@link LinkPolicy} allows its URL.
 * One writer per document; not thread-safe.
 */
public final class WordWriter {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final int MARGIN_MM = 16;

    private final XWPFDocument document = new XWPFDocument();
    private final XWPFNumbering numbering;
    private final BigInteger bullets;
    private BigInteger numberedAbstract;

    /** A writer for a document in the theme's styles, on this paper, in the labels' language. */
    public WordWriter(Theme theme, Paper paper, Labels labels) {
        document.createStyles().setStyles(WordStyles.of(theme, labels));
        numbering = document.createNumbering();
        BigInteger abstractBullets = numbering.addAbstractNum(new XWPFAbstractNum(list(0, STNumberFormat.BULLET, "\u2022")));
        bullets = numbering.addNum(abstractBullets);
        page(paper);
    }

    /** Sets the core properties (title, author, subject, language, dates) and the application's name. */
    public void properties(String title, String author, String subject, String language, Instant when) {
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.setSubjectProperty(subject);
        core.getUnderlyingProperties().setLanguageProperty(language);
        core.setCreated(Optional.of(Date.from(when)));
        core.setModified(Optional.of(Date.from(when)));
        properties.getExtendedProperties().setApplication("Portfolio SDK");
    }

    /** The document's title line: the person's name. */
    public Line title() {
        return paragraph(WordStyles.TITLE);
    }

    /** The line under the title: the headline. */
    public Line subtitle() {
        return paragraph(WordStyles.SUBTITLE);
    }

    /** A section heading (level 1) or an entry's heading (level 2). */
    public Line heading(int level) {
        return paragraph(level == 1 ? WordStyles.HEADING_1 : WordStyles.HEADING_2);
    }

    /** A body paragraph. */
    public Line paragraph() {
        return paragraph(null);
    }

    /** A smaller, grey line of facts under a heading: dates, place, kind. */
    public Line meta() {
        return paragraph(WordStyles.META);
    }

    /** An item of a bulleted list (a real list: Word's numbering, not a typed bullet). */
    public Line bullet() {
        Line line = paragraph(WordStyles.LIST);
        line.paragraph.setNumID(bullets);
        line.paragraph.setNumILvl(BigInteger.ZERO);
        return line;
    }

    /** A new numbered list, counting from 1; pass its id to {@link #numbered(BigInteger)}. */
    public BigInteger numberedList() {
        if (numberedAbstract == null) {
            numberedAbstract = numbering.addAbstractNum(new XWPFAbstractNum(list(1, STNumberFormat.DECIMAL, "%1.")));
        }
        BigInteger id = numbering.addNum(numberedAbstract);
        CTNum num = numbering.getNum(id).getCTNum();
        var override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return id;
    }

    /** An item of the numbered list {@code list}. */
    public Line numbered(BigInteger list) {
        Line line = paragraph(WordStyles.LIST);
        line.paragraph.setNumID(list);
        line.paragraph.setNumILvl(BigInteger.ZERO);
        return line;
    }

    /**
     * Writes the document as a .docx package: its entries in a fixed order with the time {@code when} (in UTC),
     * so the same document and clock give the same bytes.
     *
     * @throws IOException when the output fails
     */
    public void write(OutputStream output, Instant when) throws IOException {
        directions();
        ByteArrayOutputStream packaged = new ByteArrayOutputStream(24 * 1024);
        document.write(packaged);
        document.close();
        Packages.normalized(packaged.toByteArray(), when, output);
    }

    /**
     * Sets the direction of every paragraph whose first letter is Arabic or Hebrew to right to left ({@code w:bidi}),
     * as the PDF and HTML outputs set it (the Unicode bidirectional algorithm's first strong character, HTML's
     * {@code dir="auto"}), and marks every run with such letters as right-to-left text ({@code w:rtl}), which Word
     * lays out and shapes with the complex-script font and language; a run or paragraph of English in an Arabic CV
     * stays left to right.
     */
    private void directions() {
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            if (firstStrongIsRightToLeft(paragraph.getText())) {
                CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
                        : paragraph.getCTP().addNewPPr();
                properties.addNewBidi();
            }
            for (XWPFRun run : paragraph.getRuns()) {
                String text = run.text();
                if (text != null && text.codePoints().anyMatch(WordWriter::isRightToLeft)) {
                    CTR r = run.getCTR();
                    (r.isSetRPr() ? r.getRPr() : r.addNewRPr()).addNewRtl();
                }
            }
        }
    }

    private static boolean firstStrongIsRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (isRightToLeft(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean isRightToLeft(int c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private Line paragraph(String style) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        return new Line(paragraph);
    }

    private void page(Paper paper) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(twips(paper.widthMillimetres()));
        size.setH(twips(paper.heightMillimetres()));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = twips(MARGIN_MM);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(twips(8));
        margins.setFooter(twips(8));
        margins.setGutter(BigInteger.ZERO);
    }

    private static BigInteger twips(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    private static CTAbstractNum list(int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        CTInd indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(360));
        indent.setHanging(BigInteger.valueOf(360));
        return list;
    }

    /** One paragraph being filled with runs. */
    public static final class Line {
        private final XWPFParagraph paragraph;

        private Line(XWPFParagraph paragraph) {
            this.paragraph = paragraph;
        }

        /** User text; line feeds become line breaks and tabs tabs, each in a run of its own. */
        public Line text(String text) {
            literal(text, false);
            return this;
        }

        /** Fixed words of ours ("Problem:", " · ", a date), as a plain run. */
        public Line fixed(String text) {
            if (!text.isEmpty()) {
                paragraph.createRun().setText(text);
            }
            return this;
        }

        /** A field name ("Problem:"), bold in the accent colour. */
        public Line label(String text) {
            XWPFRun run = paragraph.createRun();
            run.setStyle(WordStyles.LABEL);
            run.setText(text);
            return this;
        }

        /** User text in bold (a metric's value, an award's title). */
        public Line strong(String text) {
            literal(text, true);
            return this;
        }

        /**
         * User text that links to {@code url} when {@link LinkPolicy#isLink} allows it; plain text otherwise (no
         * URL, or one of a scheme we never link). A link's text is one line: line feeds and tabs become spaces.
         */
        public Line link(String text, String url) {
            if (url == null || !LinkPolicy.isLink(url)) {
                return text(text);
            }
            XWPFHyperlinkRun run = paragraph.createHyperlinkRun(url.strip());
            run.setStyle(WordStyles.HYPERLINK);
            run.setText(text.replace('\n', ' ').replace('\t', ' '));
            return this;
        }

        private void literal(String text, boolean bold) {
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : '\n';
                if (c != '\n' && c != '\t') {
                    continue;
                }
                if (i > start) {
                    XWPFRun run = paragraph.createRun();
                    if (bold) {
                        run.setBold(true);
                    }
                    run.setText(text.substring(start, i));
                }
                if (i < text.length()) {
                    XWPFRun run = paragraph.createRun();
                    if (c == '\n') {
                        run.addBreak();
                    } else {
                        run.addTab();
                    }
                }
                start = i + 1;
            }
        }
    }
}

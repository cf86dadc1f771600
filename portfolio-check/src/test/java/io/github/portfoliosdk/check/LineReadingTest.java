package io.github.portfoliosdk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * How the check reads a line, each rule beside a PDF that breaks it: a marked-content sequence's {@code /ActualText}
 * is the text of its glyphs, right-to-left text drawn in display order reads in the order it was written, and the
 * parts of a line drawn out of order read by their places.
 */
class LineReadingTest {

    @Test
    void glyphsWithAnActualTextReadAsThatText() throws IOException {
        // the heading's glyphs spell the word backwards, as shaped glyphs may come in another order than the letters
        CheckReport marked = CvCheck.create().check(cv((content, font) -> {
            COSDictionary properties = new COSDictionary();
            properties.setItem(COSName.getPDFName("ActualText"), new COSString("Education"));
            content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(properties));
            SamplePdfs.line(content, font, 14, 60, 640, "noitacudE");
            content.endMarkedContent();
        }));
        CheckReport unmarked = CvCheck.create().check(cv((content, font) ->
                SamplePdfs.line(content, font, 14, 60, 640, "noitacudE")));

        assertThat(marked.findings()).as(marked.toText("marked")).isEmpty();
        assertThat(unmarked.findings(Rule.UNKNOWN_HEADING)).as("without the ActualText, known bad")
                .singleElement().satisfies(f -> assertThat(f.message()).contains("\"noitacudE\""));
    }

    @Test
    void hebrewDrawnRightToLeftReadsInTheOrderItWasWritten() throws IOException {
        // "ניסיון" (experience) drawn in display order: its last letter leftmost, as PDF renderers draw it
        CheckReport visual = CvCheck.create().check(cv((content, font) ->
                SamplePdfs.line(content, font, 14, 60, 640, new StringBuilder("ניסיון").reverse().toString())));
        // the letters drawn in the order they are written: a reader (and the check) sees the word reversed
        CheckReport logical = CvCheck.create().check(cv((content, font) ->
                SamplePdfs.line(content, font, 14, 60, 640, "ניסיון")));

        assertThat(visual.findings()).as(visual.toText("visual")).isEmpty();
        assertThat(logical.findings(Rule.UNKNOWN_HEADING)).as("drawn in logical order, known bad").singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"" + new StringBuilder("ניסיון").reverse() + "\""));
    }

    @Test
    void aLinesPartsDrawnOutOfOrderReadByTheirPlaces() throws IOException {
        // "Education" drawn as "cation" first and then "Edu" in its place before it (a renderer drawing a line's
        // text in one font and then its spans in another does this)
        CheckReport byPlace = CvCheck.create().check(cv((content, font) -> {
            float edu = font.getStringWidth("Edu") / 1000 * 14;
            SamplePdfs.line(content, font, 14, 60 + edu, 640, "cation");
            SamplePdfs.line(content, font, 14, 60, 640, "Edu");
        }));
        // the same parts drawn in each other's places: a reader sees "cationEdu"
        CheckReport swapped = CvCheck.create().check(cv((content, font) -> {
            float cation = font.getStringWidth("cation") / 1000 * 14;
            SamplePdfs.line(content, font, 14, 60, 640, "cation");
            SamplePdfs.line(content, font, 14, 60 + cation, 640, "Edu");
        }));

        assertThat(byPlace.findings()).as(byPlace.toText("by place")).isEmpty();
        assertThat(swapped.findings(Rule.UNKNOWN_HEADING)).as("swapped, known bad").singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"cationEdu\""));
    }

    /** What a test draws below a CV's name, e-mail and first section. */
    interface Drawing {
        void draw(PDPageContentStream content, PDFont font) throws IOException;
    }

    /** A one-page CV in DejaVu Sans (which has Hebrew) with a dated work section, and what the test draws below. */
    private static byte[] cv(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = PDType0Font.load(document, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").toFile());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = SamplePdfs.line(content, font, 20, 60, 780, "Ada Example");
                y = SamplePdfs.line(content, font, 10, 60, y, "ada@example.org");
                y = SamplePdfs.line(content, font, 14, 60, y - 12, "Experience");
                SamplePdfs.line(content, font, 10, 60, y, "Backend Engineer, Example GmbH, Feb 2022 – Jan 2024");
                drawing.draw(content, font);
            }
            return SamplePdfs.bytes(document);
        }
    }
}

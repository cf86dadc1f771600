package io.github.portfoliosdk.check.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** The text Apache Tika's PDF parser extracts, folded as {@link SearchText} folds PDFBox's. */
final class TikaText {

    private TikaText() {
    }

    /**
     * The folded text.
     *
     * @throws IllegalArgumentException when Tika cannot read the PDF
     */
    static String of(byte[] pdf) {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = new ByteArrayInputStream(pdf)) {
            new PDFParser().parse(in, handler, new Metadata(), pageTextOnly());
        } catch (IOException | SAXException | TikaException e) {
            throw new IllegalArgumentException("Apache Tika cannot read the PDF: " + e.getMessage(), e);
        }
        return SearchText.fold(handler.toString());
    }

    /**
     * A context in which Tika reads only the pages' text, as a parser of CVs does: no link targets, no bookmarks,
     * no attached files (our CVs carry their JSON Resume export, which would otherwise be read as text), no OCR.
     */
    private static ParseContext pageTextOnly() {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractAnnotationText(false);
        config.setExtractBookmarksText(false);
        config.setExtractInlineImages(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        // each line read in the order of its places, as PDFBox's side of the check reads it (Line)
        config.setSortByPosition(true);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return false;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
                    boolean outputHtml) {
                // never called: shouldParseEmbedded says no
            }
        });
        return context;
    }

    /** The number of characters other than white space. */
    static int characters(String folded) {
        int count = 0;
        for (int i = 0; i < folded.length(); i++) {
            count += folded.charAt(i) == ' ' ? 0 : 1;
        }
        return count;
    }
}

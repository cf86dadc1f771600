package io.github.portfoliosdk.check.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
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
            new PDFParser().parse(in, handler, new Metadata(), new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            throw new IllegalArgumentException("Apache Tika cannot read the PDF: " + e.getMessage(), e);
        }
        return SearchText.fold(handler.toString());
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

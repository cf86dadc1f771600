package io.github.portfoliosdk.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Reads rendered Word documents back with Apache POI, for the tests. */
final class WordDocuments {

    private WordDocuments() {
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every paragraph in the style {@code styleId}, in document order. */
    static List<String> paragraphs(XWPFDocument document, String styleId) {
        List<String> texts = new ArrayList<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            if (styleId.equals(paragraph.getStyle())) {
                texts.add(paragraph.getText());
            }
        }
        return texts;
    }
}

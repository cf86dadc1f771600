package io.github.portfoliosdk.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads what the tests check out of a PDF with PDFBox: pages' text, link targets, bookmarks. */
final class PdfDocuments {

    private PdfDocuments() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page's text lines, blank lines left out. */
    static List<List<String>> pageLines(byte[] pdf) throws IOException {
        try (PDDocument document = load(pdf)) {
            List<List<String>> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
            }
            return pages;
        }
    }

    /** The whole text with runs of white space as one space. */
    static String flatText(byte[] pdf) throws IOException {
        try (PDDocument document = load(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The right edge of the rightmost character on any page, in points. */
    static float rightmostText(byte[] pdf) throws IOException {
        try (PDDocument document = load(pdf)) {
            float[] right = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        right[0] = Math.max(right[0], position.getXDirAdj() + position.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(document);
            return right[0];
        }
    }

    /** The URI of every link annotation, page by page. */
    static List<String> linkTargets(byte[] pdf) throws IOException {
        try (PDDocument document = load(pdf)) {
            List<String> targets = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
            return targets;
        }
    }

    /** The titles of the top-level bookmarks, in order. */
    static List<String> bookmarks(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            List<String> titles = new ArrayList<>();
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                    titles.add(item.getTitle());
                }
            }
            return titles;
        } catch (UncheckedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

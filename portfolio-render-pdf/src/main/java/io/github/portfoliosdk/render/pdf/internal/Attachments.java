package io.github.portfoliosdk.render.pdf.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Reads the embedded JSON Resume back out of a PDF. */
public final class Attachments {

    private Attachments() {
    }

    /**
     * The bytes of the file embedded as {@value Typesetter#ATTACHMENT_NAME}, or empty when the PDF has none.
     *
     * @throws IOException when the bytes are not a PDF PDFBox can read
     */
    public static Optional<byte[]> jsonResume(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> files = tree == null ? null : tree.getNames();
            PDComplexFileSpecification spec = files == null ? null : files.get(Typesetter.ATTACHMENT_NAME);
            if (spec == null) {
                return Optional.empty();
            }
            PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
            return file == null ? Optional.empty() : Optional.of(file.toByteArray());
        }
    }
}

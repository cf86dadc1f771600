package io.github.portfoliosdk.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.DateConverter;

/**
 * Typesets the CV's XHTML into a tagged PDF/UA-1 and PDF/A-3b document with openhtmltopdf (PDFBox): bundled fonts
 * only, no network access, the JDK's sRGB profile as output intent; then embeds the attachment as an associated
 * file and fixes the dates and the file identifier so the same input gives the same bytes. Thread-safe.
 */
public final class Typesetter {

    /** The name the JSON Resume export has inside the PDF. */
    public static final String ATTACHMENT_NAME = "resume.json";

    private static final String PRODUCER = "Portfolio SDK (openhtmltopdf, Apache PDFBox)";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final Pattern XMP_CREATE_DATE =
            Pattern.compile("(<xmp:CreateDate>)[^<]*(</xmp:CreateDate>)|(xmp:CreateDate=\")[^\"]*(\")");

    private static final String DC_FORMAT_END = "</dc:format>";

    private Typesetter() {
    }

    /**
     * Writes the PDF of the XHTML document to the stream; {@code attachment} (may be null) is embedded as
     * {@value #ATTACHMENT_NAME}. Dates in the PDF are {@code now}; the XMP's {@code dc:language} is {@code language}.
     */
    public static void typeset(String xhtml, byte[] attachment, Instant now, Locale language, OutputStream output)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
        builder.useColorProfile(SRGB);
        builder.withProducer(PRODUCER);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        Fonts.register(builder, xhtml.codePoints().anyMatch(Coverage::isCjk));
        builder.useUnicodeBidiSplitter(RightToLeft.INSTANCE);
        builder.useUnicodeBidiReorderer(RightToLeft.INSTANCE);
        Indic.Shaped indic = Indic.shape(xhtml);
        builder.withHtmlContent(indic.xhtml(), null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument document = renderer.getPdfDocument()) {
                indic.markActualText(document);
                Calendar date = calendar(now);
                document.getDocumentInformation().setCreationDate(date);
                fixXmp(document.getDocumentCatalog(), date, language);
                if (attachment != null) {
                    attach(document, attachment, date);
                }
                COSString id = new COSString(digest(xhtml, attachment));
                COSArray ids = new COSArray();
                ids.add(id);
                ids.add(id);
                document.getDocument().getTrailer().setItem(COSName.ID, ids);
                if (UnicodeMaps.needed(xhtml) || !indic.ligatures().isEmpty()) {
                    ByteArrayOutputStream shaped = new ByteArrayOutputStream();
                    document.save(shaped);
                    output.write(UnicodeMaps.asWritten(shaped.toByteArray(), xhtml, indic.ligatures()));
                } else {
                    document.save(output);
                }
            }
        }
    }

    private static void attach(PDDocument document, byte[] bytes, Calendar date) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes));
        file.setSubtype("application/json");
        file.setSize(bytes.length);
        file.setCreationDate(date);
        file.setModDate(date);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(ATTACHMENT_NAME);
        spec.setFileUnicode(ATTACHMENT_NAME);
        spec.setFileDescription("The portfolio as a JSON Resume document (jsonresume.org schema)");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Alternative");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(ATTACHMENT_NAME, spec));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = catalog.getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(catalog);
            catalog.setNames(names);
        }
        names.setEmbeddedFiles(tree);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    /**
     * openhtmltopdf stamps the XMP with the wall clock, and leaves out the language; the XMP must match the document
     * information's date, and says the document's language ({@code dc:language}) as the catalogue's {@code /Lang}.
     */
    private static void fixXmp(PDDocumentCatalog catalog, Calendar date, Locale language) throws IOException {
        PDMetadata metadata = catalog.getMetadata();
        if (metadata == null) {
            return;
        }
        String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        Matcher matcher = XMP_CREATE_DATE.matcher(xmp);
        String iso = DateConverter.toISO8601(date);
        StringBuilder fixed = new StringBuilder(xmp.length());
        while (matcher.find()) {
            String replacement = matcher.group(1) != null
                    ? matcher.group(1) + iso + matcher.group(2)
                    : matcher.group(3) + iso + matcher.group(4);
            matcher.appendReplacement(fixed, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(fixed);
        int format = fixed.indexOf(DC_FORMAT_END);
        if (format < 0) {
            throw new IllegalStateException("openhtmltopdf's XMP has no dc:format to put dc:language beside");
        }
        fixed.insert(format + DC_FORMAT_END.length(), "<dc:language><rdf:Bag><rdf:li>" + language.toLanguageTag()
                + "</rdf:li></rdf:Bag></dc:language>");
        metadata.importXMPMetadata(fixed.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Calendar calendar(Instant now) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(now.toEpochMilli() / 1000 * 1000);
        return calendar;
    }

    /** The file identifier: from the content, so equal documents have equal bytes. */
    private static byte[] digest(String xhtml, byte[] attachment) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(xhtml.getBytes(StandardCharsets.UTF_8));
            if (attachment != null) {
                sha.update(attachment);
            }
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}

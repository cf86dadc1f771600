package io.github.portfoliosdk.check;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import io.github.portfoliosdk.testing.Checkers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The PDFs the tests check: our showcase CV, and CVs made here with one known fault each. */
final class SamplePdfs {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
    private static Portfolio showcase;

    private SamplePdfs() {
    }

    /** The showcase portfolio ({@code examples/src/main/resources/showcase/portfolio.yaml}). */
    static synchronized Portfolio showcase() {
        if (showcase == null) {
            showcase = PortfolioFormat.yaml().read(Checkers.showcaseFile());
        }
        return showcase;
    }

    /** The showcase CV as our PDF renderer prints it. */
    static byte[] showcaseCv(Theme theme, Paper paper, Locale locale) {
        return PdfRenderer.builder().theme(theme).paper(paper).locale(locale).clock(CLOCK).build()
                .toBytes(showcase());
    }

    /** The showcase CV in the default theme, paper and language. */
    static byte[] showcaseCv() {
        return showcaseCv(Theme.CLASSIC, Paper.A4, Locale.ENGLISH);
    }

    /**
     * Each page of a PDF as a 100 dpi picture (by poppler's pdftoppm) in a new PDF: what a scan or "print as image"
     * gives.
     */
    static byte[] imageOnly(byte[] pdf) throws IOException {
        Path dir = Files.createDirectories(Checkers.outputDir().resolve("image-only")).toAbsolutePath();
        Path source = dir.resolve("source.pdf");
        Files.write(source, pdf);
        Checkers.Result result = Checkers.run(List.of("pdftoppm", "-r", "100", "-png", source.toString(),
                dir.resolve("page").toString()), dir, Duration.ofSeconds(60));
        if (result.exitCode() != 0) {
            throw new IOException("pdftoppm failed: " + result.output());
        }
        try (PDDocument original = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            for (int i = 0; i < original.getNumberOfPages(); i++) {
                PDPage page = new PDPage(original.getPage(i).getMediaBox());
                scan.addPage(page);
                String name = String.format("page-%0" + Integer.toString(original.getNumberOfPages()).length()
                        + "d.png", i + 1);
                PDImageXObject picture = PDImageXObject.createFromFile(dir.resolve(name).toString(), scan);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    PDRectangle box = page.getMediaBox();
                    content.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            return bytes(scan);
        }
    }

    /**
     * A one-column CV set in Helvetica whose e-mail address is only in the page footer.
     *
     * @param footer the footer line
     */
    static byte[] footerContact(String footer) throws IOException {
        return helveticaPage((content, regular, bold) -> {
            float y = line(content, bold, 20, 60, 780, "Ada Example");
            y = line(content, regular, 10, 60, y, "Backend engineer, Berlin");
            y = line(content, bold, 14, 60, y - 12, "Experience");
            y = line(content, regular, 10, 60, y, "Backend Engineer, Example GmbH, Mar 2022 - present");
            y = line(content, regular, 10, 60, y, "Built the payment service that settles 2 million orders a day.");
            y = line(content, bold, 14, 60, y - 12, "Education");
            line(content, regular, 10, 60, y, "BSc Computer Science, Example University, 2018 - 2021");
            line(content, regular, 8, 60, 30, footer);
        });
    }

    /** What a test draws on a page, in Helvetica and Helvetica Bold. */
    interface PageContent {
        void draw(PDPageContentStream content, PDFont regular, PDFont bold) throws IOException;
    }

    /** A one-page A4 PDF with what the test draws. */
    static byte[] helveticaPage(PageContent drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            }
            return bytes(document);
        }
    }

    /** A line of text with its baseline at y (from the bottom); the next line's baseline. */
    static float line(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - size * 1.6f;
    }

    /** A short CV whose words "profile" and "office" are set with the DejaVu ligature glyphs "ﬁ" and "ﬃ". */
    static byte[] ligatures() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = PDType0Font.load(document, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").toFile());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = line(content, font, 20, 60, 780, "Ada Example");
                y = line(content, font, 10, 60, y, "ada@example.org");
                line(content, font, 10, 60, y, "Pro\uFB01le: back-end engineer at the o\uFB03ce of Example GmbH");
            }
            return bytes(document);
        }
    }

    /** A two-column CV page printed by Chromium ({@code --print-to-pdf}) from {@code two-columns.html}. */
    static byte[] chromiumTwoColumns() throws IOException {
        Path dir = Checkers.outputDir();
        Path html = dir.resolve("two-columns.html");
        try (var in = SamplePdfs.class.getResourceAsStream("two-columns.html")) {
            Files.write(html, in.readAllBytes());
        }
        Path pdf = dir.resolve("two-columns.pdf");
        Files.deleteIfExists(pdf);
        Checkers.Result result = Checkers.run(List.of(Checkers.chromium().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + dir.resolve("chromium-profile").toAbsolutePath(),
                "--print-to-pdf=" + pdf.toAbsolutePath(), html.toAbsolutePath().toUri().toString()),
                dir, Duration.ofSeconds(90));
        if (!Files.isRegularFile(pdf)) {
            throw new IOException("Chromium printed no PDF: " + result.output());
        }
        return Files.readAllBytes(pdf);
    }

    static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}

package io.github.portfoliosdk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.testing.Checkers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Debian's poppler-utils ({@code pdftotext}, {@code pdffonts}, {@code pdfinfo}, {@code pdfdetach}), which scripts/test installs. */
final class Poppler {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Poppler() {
    }

    /** Saves the PDF under target/checked to run the tools on (and to look at). */
    static Path save(String name, byte[] pdf) throws IOException {
        Path file = Checkers.outputDir().resolve(name + ".pdf");
        Files.write(file, pdf);
        return file.toAbsolutePath();
    }

    /** The text as {@code pdftotext} reads it, in reading order. */
    static String text(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /**
     * The text as {@code pdftotext} reads it, without the directional formatting characters it puts around each
     * right-to-left line and each left-to-right run in one (U+202A to U+202C): the characters the user wrote.
     */
    static String logicalText(Path pdf) {
        return text(pdf).replaceAll("[\u202A-\u202E]", "");
    }

    /** {@code pdfinfo}'s "Key: value" lines. */
    static String info(Path pdf) {
        return run("pdfinfo", "-isodates", pdf.toString());
    }

    /** {@code pdffonts}' table rows (header lines dropped). */
    static List<String> fonts(Path pdf) {
        List<String> rows = new ArrayList<>(run("pdffonts", pdf.toString()).lines().toList());
        return rows.subList(2, rows.size());
    }

    /** The attachments {@code pdfdetach -list} names. */
    static String attachments(Path pdf) {
        return run("pdfdetach", "-list", pdf.toString());
    }

    /** The bytes of the named attachment, as {@code pdfdetach -savefile} writes them. */
    static byte[] detach(Path pdf, String name) throws IOException {
        Path out = Files.createTempFile(Checkers.outputDir(), "detached", ".json");
        run("pdfdetach", "-savefile", name, "-o", out.toString(), pdf.toString());
        byte[] bytes = Files.readAllBytes(out);
        Files.delete(out);
        return bytes;
    }

    private static String run(String... command) {
        Checkers.Result result = Checkers.run(List.of(command), Path.of("."), TIMEOUT);
        assertThat(result.exitCode()).as("%s (install poppler-utils: ./scripts/test does)\n%s",
                String.join(" ", command), result.output()).isZero();
        return result.stdout();
    }
}

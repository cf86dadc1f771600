package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.PortfolioReader;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.ReadResult;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import java.util.List;

/**
 * The {@code pdf} {@link PortfolioReader}: a CV made by {@link PdfRenderer} carries the portfolio's JSON Resume as an
 * associated file ({@code resume.json}); this takes it out and reads it with the {@code json-resume} reader, so a PDF
 * reads back into an equal portfolio. Problems in the embedded document name their source {@code cv.pdf!resume.json}.
 */
public final class PdfReader implements PortfolioReader {

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

    /** The reader; ServiceLoader makes it. */
    public PdfReader() {
    }

    @Override
    public String format() {
        return PdfRenderer.FORMAT;
    }

    @Override
    public Fit fit(byte[] content, String source) {
        if (content.length < MAGIC.length) {
            return Fit.NONE;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (content[i] != MAGIC[i]) {
                return Fit.NONE;
            }
        }
        return Fit.CERTAIN;
    }

    @Override
    public ReadResult read(byte[] content, String source, ReadOptions options) {
        byte[] embedded;
        try {
            embedded = PdfRenderer.embeddedJsonResume(content)
                    .orElseThrow(() -> refused(source, "this PDF has no embedded resume.json: only a CV made by "
                            + "Portfolio SDK can be read back"));
        } catch (IllegalArgumentException unreadable) {
            throw refused(source, unreadable.getMessage());
        }
        ReadResult read = PortfolioFiles.read(embedded, source + "!resume.json", "json-resume", options);
        return new ReadResult(read.portfolio(), format(), read.warnings());
    }

    private static InvalidPortfolioException refused(String source, String message) {
        return new InvalidPortfolioException(List.of(new Problem(source, 0, 0, "", message)));
    }
}

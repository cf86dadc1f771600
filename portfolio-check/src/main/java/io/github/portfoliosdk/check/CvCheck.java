package io.github.portfoliosdk.check;

import io.github.portfoliosdk.check.internal.Checker;
import io.github.portfoliosdk.model.Portfolio;
import java.util.Objects;

/**
 * Checks a CV PDF the way applicant-tracking systems read it: extracts its text with PDFBox and, independently,
 * with Apache Tika, and reports with page and position what would keep a parser from it (no text layer, columns,
 * contact details only in a header or footer, unknown headings, unmapped glyphs, mixed date forms, size) and,
 * given the portfolio, each of its facts a parser would not find in order. Immutable and thread-safe; prints
 * nothing.
 *
 * <pre>{@code
 * CheckReport report = CvCheck.create().check(pdfBytes, portfolio);
 * if (!report.clean()) System.err.print(report.toText("cv.pdf"));
 * }</pre>
 */
public final class CvCheck {

    /** The largest file most applicant-tracking systems accept: 2.5 MB. */
    public static final long DEFAULT_MAX_BYTES = 2_500_000;

    private final long maxBytes;

    private CvCheck(Builder builder) {
        this.maxBytes = builder.maxBytes;
    }

    /** A check with the defaults. */
    public static CvCheck create() {
        return builder().build();
    }

    /** A builder, to change the size limit. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a PDF on its own: everything but the portfolio's facts.
     *
     * @throws IllegalArgumentException when the bytes are not a PDF that PDFBox and Tika can read
     */
    public CheckReport check(byte[] pdf) {
        return Checker.check(Objects.requireNonNull(pdf, "pdf"), null, maxBytes);
    }

    /**
     * Checks a PDF and that it holds the portfolio's name, titles, organisations, dates, e-mail and URLs, in order.
     *
     * @throws IllegalArgumentException when the bytes are not a PDF that PDFBox and Tika can read
     */
    public CheckReport check(byte[] pdf, Portfolio portfolio) {
        return Checker.check(Objects.requireNonNull(pdf, "pdf"), Objects.requireNonNull(portfolio, "portfolio"),
                maxBytes);
    }

    /** Builds a {@link CvCheck}; not thread-safe. */
    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;

        private Builder() {
        }

        /** The largest file size not reported, in bytes; default {@link #DEFAULT_MAX_BYTES}. */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /** The check. */
        public CvCheck build() {
            return new CvCheck(this);
        }
    }
}

package io.github.portfoliosdk.json.internal;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.PortfolioReader;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.ReadResult;
import java.io.ByteArrayInputStream;

/**
 * The {@code native} {@link PortfolioReader}: our own YAML or JSON format. It takes any content as a fallback,
 * so that a file no other reader is sure of gets our located errors; YAML or JSON is told by the file name's
 * extension, else by whether the text starts with {@code '{'}. It has no lenient mode.
 */
public final class NativeReader implements PortfolioReader {

    /** The format name. */
    public static final String FORMAT = "native";

    /** The reader; ServiceLoader makes it. */
    public NativeReader() {
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Fit fit(byte[] content, String source) {
        return Fit.FALLBACK;
    }

    @Override
    public ReadResult read(byte[] content, String source, ReadOptions options) {
        PortfolioFormat format = PortfolioFormat.forFileName(source)
                .orElseGet(() -> startsWithBrace(content) ? PortfolioFormat.json() : PortfolioFormat.yaml());
        ReadResult read = format.read(new ByteArrayInputStream(content), source, options.language());
        return new ReadResult(read.portfolio(), FORMAT, read.warnings());
    }

    /** Whether the first character after white space and a byte order mark is {@code '{'}. */
    private static boolean startsWithBrace(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) {
            i++;
        }
        return i < content.length && content[i] == '{';
    }
}

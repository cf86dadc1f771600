package io.github.portfoliosdk.model;

/**
 * Reads the files of one portfolio format into a validated {@link Portfolio}: the service that
 * {@link PortfolioFiles} finds with {@link java.util.ServiceLoader} and picks by content. A format module provides
 * one ({@code provides io.github.portfoliosdk.model.PortfolioReader with ...} and a
 * {@code META-INF/services} entry for the class path); a reader of a container format (a PDF with an embedded
 * document, say) takes out the document and hands its bytes back to {@link PortfolioFiles#read(byte[], String,
 * ReadOptions)}, so no format module depends on another.
 * <p>Implementations have a public no-argument constructor and are immutable and thread-safe.
 */
public interface PortfolioReader {

    /** The format's name, as {@code --from} takes it: {@code "native"}, {@code "json-resume"}. */
    String format();

    /**
     * How surely these bytes are in this reader's format, judged from their start and, when the format is told by
     * name, the source's file name. Cheap, never throws: broken content is the business of {@link #read}.
     *
     * @param source the file name or other name of the input, as problems will give it
     */
    Fit fit(byte[] content, String source);

    /**
     * Reads and validates the portfolio these bytes describe.
     *
     * @param source the name problems give as their source ("resume.json")
     * @return the portfolio, with the warnings of a lenient read
     * @throws InvalidPortfolioException listing every problem, each with its path and line:column
     */
    ReadResult read(byte[] content, String source, ReadOptions options);

    /** How surely content is in a reader's format. */
    enum Fit {
        /** Not this format. */
        NONE,
        /** Perhaps this format: read with it when no other reader is sure. */
        FALLBACK,
        /** This format. */
        CERTAIN
    }
}

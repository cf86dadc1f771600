package io.github.portfoliosdk.model;

/**
 * A {@link java.util.ServiceLoader} service that makes a renderer module discoverable by format name, with the file
 * name its output gets in a folder; see {@link PortfolioRenderers}. A module on the class path or module path that
 * provides one joins every front door's list of formats ({@code -f all} included) without further wiring.
 */
public interface PortfolioRendererProvider {

    /** The format this provider renders, as {@link PortfolioRenderer#format()}. */
    String format();

    /** A renderer with the format's default options. */
    PortfolioRenderer create();

    /**
     * A renderer with these shared options applied as far as they mean something to the format (a text format has
     * no paper); the format's own options keep their defaults. The default implementation, for providers written
     * before options existed, ignores them and returns {@link #create()}.
     */
    default PortfolioRenderer create(RenderOptions options) {
        return create();
    }

    /**
     * The name of the file the output gets in an output folder, such as {@code index.html} or {@code cv.pdf}; by
     * default {@code portfolio.<format>}.
     */
    default String fileName() {
        return "portfolio." + format();
    }
}

package io.github.portfoliosdk.model;

/**
 * A {@link java.util.ServiceLoader} service that makes a renderer module discoverable by format name;
 * see {@link PortfolioRenderers}.
 */
public interface PortfolioRendererProvider {

    /** The format this provider renders, as {@link PortfolioRenderer#format()}. */
    String format();

    /** A renderer with the format's default options. */
    PortfolioRenderer create();
}

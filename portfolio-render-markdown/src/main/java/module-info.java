/**
 * Renders portfolios as Markdown (a GitHub profile README or portable CommonMark) and updates the generated
 * part of a README in place.
 */
module io.github.portfoliosdk.render.markdown {
    requires transitive io.github.portfoliosdk.model;

    exports io.github.portfoliosdk.render.markdown;

    provides io.github.portfoliosdk.model.PortfolioRendererProvider
            with io.github.portfoliosdk.render.markdown.internal.MarkdownRendererProvider;
}

/**
 * Renders portfolios as HTML pages and fragments.
 */
module io.github.portfoliosdk.render.html {
    requires transitive io.github.portfoliosdk.model;

    exports io.github.portfoliosdk.render.html;

    provides io.github.portfoliosdk.model.PortfolioRendererProvider
            with io.github.portfoliosdk.render.html.internal.HtmlRendererProvider;
}

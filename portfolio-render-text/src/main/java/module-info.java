/**
 * Renders portfolios as plain text to paste into application forms: 80 columns by display width, the CV's sections in
 * order, no markup.
 */
module io.github.portfoliosdk.render.text {
    requires transitive io.github.portfoliosdk.model;
    requires com.ibm.icu;

    exports io.github.portfoliosdk.render.text;

    provides io.github.portfoliosdk.model.PortfolioRendererProvider
            with io.github.portfoliosdk.render.text.internal.PlainTextRendererProvider;
}

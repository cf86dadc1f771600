/**
 * Renders portfolios as HTML pages and fragments.
 */
module io.github.portfoliosdk.render.html {
    requires transitive io.github.portfoliosdk.model;
}

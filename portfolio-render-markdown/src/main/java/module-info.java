/**
 * Renders portfolios as Markdown (GitHub and CommonMark).
 */
module io.github.portfoliosdk.render.markdown {
    requires transitive io.github.portfoliosdk.model;
}

/**
 * Renders portfolios as a Word CV (.docx) with Apache POI: one column, Word's heading styles and numbered lists,
 * live links, the document's language and core properties set.
 */
module io.github.portfoliosdk.render.docx {
    requires transitive io.github.portfoliosdk.model;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;

    exports io.github.portfoliosdk.render.docx;

    provides io.github.portfoliosdk.model.PortfolioRendererProvider
            with io.github.portfoliosdk.render.docx.internal.DocxRendererProvider;
}

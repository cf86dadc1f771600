/**
 * Renders portfolios as a PDF CV: tagged (PDF/UA-1), archival (PDF/A-3b), with bundled fonts and the portfolio's
 * JSON Resume export embedded as an associated file.
 */
module io.github.portfoliosdk.render.pdf {
    requires transitive io.github.portfoliosdk.model;
    requires java.desktop;
    requires java.xml;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.apache.xmpbox;
    requires java.logging;
    requires com.ibm.icu;
    // PDFBox logs through Commons Logging but, an automatic module, cannot require it: named here so that it is
    // resolved on the module path (else NoClassDefFoundError: org/apache/commons/logging/LogFactory)
    requires org.apache.commons.logging;
    // openhtmltopdf's drawing of text (an automatic module too): named so that tools that split a module path from a
    // class path (Maven's plugins among them) put it on the module path, where java -p ... -m ... finds it
    requires de.rototor.pdfbox.graphics2d;
    // PDFBox unmaps its memory-mapped buffers with sun.misc.Unsafe; without this module resolved it cannot, and
    // says so at SEVERE
    requires jdk.unsupported;

    exports io.github.portfoliosdk.render.pdf;

    provides io.github.portfoliosdk.model.PortfolioRendererProvider
            with io.github.portfoliosdk.render.pdf.internal.PdfRendererProvider;
    provides io.github.portfoliosdk.model.PortfolioReader
            with io.github.portfoliosdk.render.pdf.internal.PdfReader;
}

/**
 * The optional Chinese and Japanese fonts of the PDF renderer (Noto Sans JP and SC); a package of font resources,
 * opened so that {@code io.github.portfoliosdk.render.pdf} can read them.
 */
module io.github.portfoliosdk.render.pdf.fonts.cjk {
    exports io.github.portfoliosdk.render.pdf.fonts.cjk;
    opens io.github.portfoliosdk.render.pdf.fonts.cjk;
}

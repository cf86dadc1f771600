package io.github.portfoliosdk.render.pdf.fonts.cjk;

import java.util.List;

/**
 * The Chinese and Japanese fonts of the PDF renderer: Noto Sans JP and Noto Sans SC, regular and bold, as resources
 * of this package (with their licence, the SIL Open Font License 1.1). {@code portfolio-render-pdf} finds them when
 * this artifact is on the class path or the module path and embeds the glyphs a CV uses as subsets; without it, the
 * PDF refuses Chinese and Japanese text and names this artifact. Nothing here needs to be called.
 */
public final class CjkFonts {

    /** The font files, resources of this package. */
    public static final List<String> FILES = List.of("NotoSansJP-Regular.ttf", "NotoSansJP-Bold.ttf",
            "NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf");

    private CjkFonts() {
    }
}

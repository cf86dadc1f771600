package io.github.portfoliosdk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.render.pdf.TypesetLines.Line;
import io.github.portfoliosdk.render.pdf.internal.CvLayout;
import io.github.portfoliosdk.render.pdf.internal.Fonts;
import io.github.portfoliosdk.render.pdf.internal.Typesetter;
import io.github.portfoliosdk.render.pdf.internal.XhtmlWriter;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypographyTest {

    @Test
    void look() throws IOException {
        for (Theme theme : Theme.values()) {
            for (Paper paper : Paper.values()) {
                byte[] pdf = typeset(Showcase.load(), theme, paper, "");
                Poppler.save("typography-" + theme.id() + "-" + paper.id(), pdf);
                List<List<Line>> pages = TypesetLines.of(pdf);
                System.out.println("=== " + theme + " " + paper + " pages " + pages.size());
                for (List<Line> page : pages) {
                    System.out.println("--- page");
                    for (Line line : page) {
                        System.out.printf(Locale.ROOT, "%5.1f %6.1f %6.1f %6.1f %3d %s%n", line.size(), line.left(),
                                line.right(), line.baseline(), line.text().length(), line.text());
                    }
                }
            }
        }
    }

    /** The CV as {@link PdfRenderer} typesets it, with more CSS after the layout's own (empty for none). */
    static byte[] typeset(Portfolio portfolio, Theme theme, Paper paper, String css) throws IOException {
        Labels labels = Labels.of(Locale.ENGLISH);
        CvLayout layout = new CvLayout(null, Map.of(), Map.of(), theme.id(), paper, SamplePortfolios.CLOCK, labels);
        XhtmlWriter writer = new XhtmlWriter(Fonts.coverage(), false);
        layout.write(portfolio, writer);
        String xhtml = writer.document().replace("</style>", css + "</style>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Typesetter.typeset(xhtml, null, SamplePortfolios.CLOCK.instant(), Locale.ENGLISH, out);
        return out.toByteArray();
    }
}

package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.Portfolio;

import java.util.List;

/** The "about me" paragraphs. */
final class AboutSection implements CvSection {

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        List<String> about = portfolio.person().about();
        for (int i = 0; i < about.size(); i++) {
            Blocks.paragraph(w, "body", "person.about[" + i + "]", about.get(i));
        }
    }
}

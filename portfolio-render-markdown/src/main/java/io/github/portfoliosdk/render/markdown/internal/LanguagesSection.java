package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Language;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** Spoken languages and fluency. */
final class LanguagesSection implements MarkdownSectionRenderer {

    static final LanguagesSection INSTANCE = new LanguagesSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.languages().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (Language language : portfolio.languages()) {
            w.startBulletItem();
            w.strong(language.language());
            if (Blocks.present(language.fluency())) {
                w.text(Blocks.present(language.language()) ? " — " : "");
                w.text(language.fluency());
            }
            w.end();
        }
        w.endList();
    }
}

package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.Portfolio;

import java.util.List;
import java.util.function.Function;

/**
 * A section that is a plain list of short items (certificates, awards, languages...): one bullet each, written by
 * a function of the item, its path and the context.
 *
 * @param <T> the item type
 */
final class ListSection<T> implements CvSection {

    /** Writes one item's content inside its list item. */
    interface ItemWriter<T> {
        void write(T item, String path, CvContext context);
    }

    private final Function<Portfolio, List<T>> items;
    private final String path;
    private final ItemWriter<T> item;

    ListSection(Function<Portfolio, List<T>> items, String path, ItemWriter<T> item) {
        this.items = items;
        this.path = path;
        this.item = item;
    }

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        w.start("ul", "class", "items");
        List<T> list = items.apply(portfolio);
        for (int i = 0; i < list.size(); i++) {
            w.start("li");
            item.write(list.get(i), path + "[" + i + "]", context);
            w.end();
        }
        w.end();
    }
}

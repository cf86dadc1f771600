package io.github.portfoliosdk.render.text.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The texts of periods and dates in one catalogue's words and locale, each made once and kept: ICU's formatting of a
 * date costs more than writing the rest of its line. Holds at most {@value #MAX} texts (CVs share their months), and
 * starts again when full. Thread-safe; one per renderer.
 */
final class DateTexts {

    static final int MAX = 4096;

    private final Labels labels;
    private final Map<Object, String> texts = new ConcurrentHashMap<>();

    DateTexts(Labels labels) {
        this.labels = labels;
    }

    /** {@link Labels#period}: "Feb 2026 – present", "2024"; null without a period or a date. */
    String period(Period period) {
        return period == null ? null : text(period, () -> labels.period(period));
    }

    /** The date in the labels' locale ({@link PartialDate#format}), or null. */
    String date(PartialDate date) {
        return date == null ? null : text(date, () -> date.format(labels.locale()));
    }

    private String text(Object key, Supplier<String> made) {
        String text = texts.get(key);
        if (text == null) {
            text = made.get();
            if (text != null) {
                if (texts.size() >= MAX) {
                    texts.clear();
                }
                texts.put(key, text);
            }
        }
        return text;
    }
}

package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a {@link CustomSection}: a talk, a patent, an open-source contribution.
 *
 * @param title what it is ("Caching at the edge"), or null
 * @param subtitle where or with whom ("JavaLand 2025"), or null
 * @param date when, at any precision, or null
 * @param url where to see it, or null
 * @param summary a sentence or two, or null
 * @param highlights points worth a bullet each
 */
public record CustomEntry(
        @CleanText String title,
        @CleanText String subtitle,
        PartialDate date,
        @WebUrl String url,
        @CleanText String summary,
        List<@NotBlank @CleanText String> highlights) {

    /** Copies the highlights (null becomes empty), so the record stays immutable. */
    public CustomEntry {
        highlights = Lists.copy(highlights, "highlights");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this entry's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.subtitle = subtitle;
        b.date = date;
        b.url = url;
        b.summary = summary;
        b.highlights.addAll(highlights);
        return b;
    }

    /** Builds a {@link CustomEntry} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String title;
        private String subtitle;
        private PartialDate date;
        private String url;
        private String summary;
        private final ArrayList<String> highlights = new ArrayList<>();

        private Builder() {
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets the subtitle. */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /** Sets the date. */
        public Builder date(PartialDate date) {
            this.date = date;
            return this;
        }

        /** Sets the url. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Sets the summary. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Replaces the highlights with these. */
        public Builder highlights(List<String> highlights) {
            Lists.replace(this.highlights, highlights, "highlights");
            return this;
        }

        /** Adds to the highlights. */
        public Builder addHighlight(String highlight) {
            Lists.add(this.highlights, highlight, "highlights");
            return this;
        }

        /** Builds the entry; checked when the portfolio holding it is validated. */
        public CustomEntry build() {
            return new CustomEntry(title, subtitle, date, url, summary, highlights);
        }
    }
}

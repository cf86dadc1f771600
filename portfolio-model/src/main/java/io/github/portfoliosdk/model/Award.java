package io.github.portfoliosdk.model;


/**
 * An award received.
 *
 * @param title award title, or null
 * @param date when it was received, or null
 * @param awarder who gave it, or null
 * @param summary what it was for, or null
 */
public record Award(
        @CleanText String title,
        PartialDate date,
        @CleanText String awarder,
        @CleanText String summary) {

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this award's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.date = date;
        b.awarder = awarder;
        b.summary = summary;
        return b;
    }

    /** Builds a {@link Award} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String title;
        private PartialDate date;
        private String awarder;
        private String summary;

        private Builder() {
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets the date. */
        public Builder date(PartialDate date) {
            this.date = date;
            return this;
        }

        /** Sets the awarder. */
        public Builder awarder(String awarder) {
            this.awarder = awarder;
            return this;
        }

        /** Sets the summary. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Builds the award; checked when the portfolio holding it is validated. */
        public Award build() {
            return new Award(title, date, awarder, summary);
        }
    }
}

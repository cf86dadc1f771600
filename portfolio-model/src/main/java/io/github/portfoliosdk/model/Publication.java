package io.github.portfoliosdk.model;


/**
 * A publication (article, paper, talk).
 *
 * @param name title, or null
 * @param publisher publisher, or null
 * @param releaseDate when it was published, or null
 * @param url where to read it, or null
 * @param summary a summary, or null
 */
public record Publication(
        @CleanText String name,
        @CleanText String publisher,
        PartialDate releaseDate,
        @WebUrl String url,
        @CleanText String summary) {

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this publication's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.publisher = publisher;
        b.releaseDate = releaseDate;
        b.url = url;
        b.summary = summary;
        return b;
    }

    /** Builds a {@link Publication} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String name;
        private String publisher;
        private PartialDate releaseDate;
        private String url;
        private String summary;

        private Builder() {
        }

        /** Sets the name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the publisher. */
        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        /** Sets the releaseDate. */
        public Builder releaseDate(PartialDate releaseDate) {
            this.releaseDate = releaseDate;
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

        /** Builds the publication; checked when the portfolio holding it is validated. */
        public Publication build() {
            return new Publication(name, publisher, releaseDate, url, summary);
        }
    }
}

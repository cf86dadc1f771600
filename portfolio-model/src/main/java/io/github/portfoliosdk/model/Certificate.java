package io.github.portfoliosdk.model;


/**
 * A certificate earned.
 *
 * @param name certificate name, or null
 * @param date when it was issued, or null
 * @param url where it can be verified, or null
 * @param issuer who issued it, or null
 */
public record Certificate(
        @CleanText String name,
        PartialDate date,
        @WebUrl String url,
        @CleanText String issuer) {

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this certificate's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.date = date;
        b.url = url;
        b.issuer = issuer;
        return b;
    }

    /** Builds a {@link Certificate} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String name;
        private PartialDate date;
        private String url;
        private String issuer;

        private Builder() {
        }

        /** Sets the name. */
        public Builder name(String name) {
            this.name = name;
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

        /** Sets the issuer. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Builds the certificate; checked when the portfolio holding it is validated. */
        public Certificate build() {
            return new Certificate(name, date, url, issuer);
        }
    }
}

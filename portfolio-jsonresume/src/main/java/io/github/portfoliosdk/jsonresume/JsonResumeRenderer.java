package io.github.portfoliosdk.jsonresume;

import io.github.portfoliosdk.jsonresume.internal.Exporter;
import io.github.portfoliosdk.jsonresume.internal.JsonWriter;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.TextRenderer;
import io.github.portfoliosdk.model.PortfolioValidator;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a portfolio as a <a href="https://jsonresume.org/schema">JSON Resume</a> document: valid against the
 * official schema, pretty-printed, the same bytes for the same portfolio, ending with a newline. What JSON Resume
 * has no property for goes into {@code x-portfolio} objects and the portfolio's extensions go back to their
 * pointers, so {@link JsonResumeImporter} gives back an equal portfolio.
 * <p>Immutable and thread-safe; build one with {@link #builder()} and share it.
 */
public final class JsonResumeRenderer implements TextRenderer {

    /** The format name: {@value}. */
    public static final String FORMAT = "json-resume";

    private final boolean portfolioProperties;
    private final Set<String> tags;

    private JsonResumeRenderer(Builder builder) {
        this.portfolioProperties = builder.portfolioProperties;
        this.tags = builder.tags;
    }

    /** A builder with the default options. */
    public static Builder builder() {
        return new Builder();
    }

    /** A renderer with the default options (every {@code x-portfolio} property written). */
    public static JsonResumeRenderer create() {
        return builder().build();
    }

    /** Returns {@value #FORMAT}. */
    @Override
    public String format() {
        return FORMAT;
    }

    /** {@code application/json}. */
    @Override
    public String mediaType() {
        return "application/json";
    }

    /**
     * Writes the portfolio's JSON Resume document (UTF-8 text) to the output.
     *
     * @throws io.github.portfoliosdk.model.InvalidPortfolioException when the portfolio breaks a rule of the model
     *     ({@link PortfolioValidator#checkOnce}), before anything is written
     * @throws IllegalArgumentException when one of its extensions cannot be placed or is not JSON, or no item carries
     *     a tag of {@link Builder#tags(Set)}
     * @throws java.io.UncheckedIOException when the output fails
     */
    @Override
    public void render(Portfolio portfolio, Appendable output) {
        PortfolioValidator.checkOnce(portfolio);
        JsonWriter.writePretty(Exporter.export(portfolio.tailored(tags), portfolioProperties), output);
    }

    /** Configures a {@link JsonResumeRenderer}; not thread-safe, use one per thread. */
    public static final class Builder {
        private boolean portfolioProperties = true;
        private Set<String> tags = Set.of();

        private Builder() {
        }

        /**
         * Whether to write the {@code x-portfolio} objects and the portfolio's extensions (default true). Without
         * them the document holds only standard JSON Resume properties, and importing it loses what they held.
         */
        public Builder portfolioProperties(boolean portfolioProperties) {
            this.portfolioProperties = portfolioProperties;
            return this;
        }

        /**
         * Renders a tailored variant: only the items tagged with any of these tags, and untagged ones
         * ({@link Portfolio#tailored(Set)}); empty (the whole portfolio) by default. Rendering a portfolio in which no
         * item carries one of the tags throws {@link IllegalArgumentException}, saying which tag is closest.
         */
        public Builder tags(Set<String> tags) {
            this.tags = Set.copyOf(Objects.requireNonNull(tags, "tags"));
            return this;
        }

        /**
         * Applies the options every format shares that change a JSON Resume document: the tags. Its labels are JSON
         * keys, its dates ISO and its look a theme's business, so the locale, theme, paper, sections and clock do not.
         */
        public Builder options(RenderOptions options) {
            return tags(options.tags());
        }

        /** The renderer with these options. */
        public JsonResumeRenderer build() {
            return new JsonResumeRenderer(this);
        }
    }
}

package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the portfolio is about: identity, the hero of the page, contact details and current focus.
 *
 * @param name full name; required
 * @param headline professional headline ("Python Backend Engineer"), or null
 * @param tagline one-line tagline ("Building scalable systems and APIs."), or null
 * @param summary a short introduction shown under the tagline, or null
 * @param about the "about me" text, one entry a paragraph
 * @param keywords short descriptors shown in the hero ("Chennai", "Backend Eng", "Python")
 * @param location where the person is based, or null
 * @param contact email, phone and website, or null
 * @param profiles social and code-hosting profiles
 * @param image URL of a portrait image, or null
 * @param imageDark URL of the portrait for dark themes, or null; shown instead of {@code image} where the reader's
 *        theme is dark, so it needs {@code image}
 * @param availability current status ("Employed", "Open to work"), or null
 * @param metrics headline figures ("200K+" / "Users Served")
 * @param focus what the person is currently focused on
 */
@ValidPortrait
public record Person(
        @NotBlank @CleanText String name,
        @CleanText String headline,
        @CleanText String tagline,
        @CleanText String summary,
        List<@NotBlank @CleanText String> about,
        List<@NotBlank @CleanText String> keywords,
        @Valid Location location,
        @Valid Contact contact,
        List<@Valid Profile> profiles,
        @WebUrl String image,
        @WebUrl String imageDark,
        @CleanText String availability,
        List<@Valid Metric> metrics,
        List<@Valid FocusItem> focus) {

    /** Copies the lists (null becomes empty), so the record stays immutable. */
    public Person {
        about = Lists.copy(about, "about");
        keywords = Lists.copy(keywords, "keywords");
        profiles = Lists.copy(profiles, "profiles");
        metrics = Lists.copy(metrics, "metrics");
        focus = Lists.copy(focus, "focus");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this person's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.headline = headline;
        b.tagline = tagline;
        b.summary = summary;
        b.about.addAll(about);
        b.keywords.addAll(keywords);
        b.location = location;
        b.contact = contact;
        b.profiles.addAll(profiles);
        b.image = image;
        b.imageDark = imageDark;
        b.availability = availability;
        b.metrics.addAll(metrics);
        b.focus.addAll(focus);
        return b;
    }

    /** Builds a {@link Person} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String name;
        private String headline;
        private String tagline;
        private String summary;
        private final ArrayList<String> about = new ArrayList<>();
        private final ArrayList<String> keywords = new ArrayList<>();
        private Location location;
        private Contact contact;
        private final ArrayList<Profile> profiles = new ArrayList<>();
        private String image;
        private String imageDark;
        private String availability;
        private final ArrayList<Metric> metrics = new ArrayList<>();
        private final ArrayList<FocusItem> focus = new ArrayList<>();

        private Builder() {
        }

        /** Sets the name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the headline. */
        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        /** Sets the tagline. */
        public Builder tagline(String tagline) {
            this.tagline = tagline;
            return this;
        }

        /** Sets the summary. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Replaces the about with these. */
        public Builder about(List<String> about) {
            Lists.replace(this.about, about, "about");
            return this;
        }

        /** Adds to the about. */
        public Builder addAboutParagraph(String aboutParagraph) {
            Lists.add(this.about, aboutParagraph, "about");
            return this;
        }

        /** Replaces the keywords with these. */
        public Builder keywords(List<String> keywords) {
            Lists.replace(this.keywords, keywords, "keywords");
            return this;
        }

        /** Adds to the keywords. */
        public Builder addKeyword(String keyword) {
            Lists.add(this.keywords, keyword, "keywords");
            return this;
        }

        /** Sets the location. */
        public Builder location(Location location) {
            this.location = location;
            return this;
        }

        /** Sets the contact. */
        public Builder contact(Contact contact) {
            this.contact = contact;
            return this;
        }

        /** Replaces the profiles with these. */
        public Builder profiles(List<Profile> profiles) {
            Lists.replace(this.profiles, profiles, "profiles");
            return this;
        }

        /** Adds to the profiles. */
        public Builder addProfile(Profile profile) {
            Lists.add(this.profiles, profile, "profiles");
            return this;
        }

        /** Sets the image. */
        public Builder image(String image) {
            this.image = image;
            return this;
        }

        /** Sets the portrait for dark themes; it needs {@link #image(String)}. */
        public Builder imageDark(String imageDark) {
            this.imageDark = imageDark;
            return this;
        }

        /** Sets the availability. */
        public Builder availability(String availability) {
            this.availability = availability;
            return this;
        }

        /** Replaces the metrics with these. */
        public Builder metrics(List<Metric> metrics) {
            Lists.replace(this.metrics, metrics, "metrics");
            return this;
        }

        /** Adds to the metrics. */
        public Builder addMetric(Metric metric) {
            Lists.add(this.metrics, metric, "metrics");
            return this;
        }

        /** Replaces the focus with these. */
        public Builder focus(List<FocusItem> focus) {
            Lists.replace(this.focus, focus, "focus");
            return this;
        }

        /** Adds to the focus. */
        public Builder addFocusItem(FocusItem focusItem) {
            Lists.add(this.focus, focusItem, "focus");
            return this;
        }

        /** Builds the person; checked when the portfolio holding it is validated. */
        public Person build() {
            return new Person(name, headline, tagline, summary, about, keywords, location, contact, profiles, image,
                    imageDark, availability, metrics, focus);
        }
    }
}

package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * An education entry.
 *
 * @param institution school or university, or null
 * @param url its website, or null
 * @param area field of study, or null
 * @param studyType degree or kind of study ("Bachelor"), or null
 * @param period when, or null
 * @param score grade or GPA, or null
 * @param courses notable courses
 */
public record Education(
        @CleanText String institution,
        @WebUrl String url,
        @CleanText String area,
        @CleanText String studyType,
        @Valid Period period,
        @CleanText String score,
        List<@NotBlank @CleanText String> courses) {

    /** Copies the lists (null becomes empty), so the record stays immutable. */
    public Education {
        courses = Lists.copy(courses, "courses");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this education's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.institution = institution;
        b.url = url;
        b.area = area;
        b.studyType = studyType;
        b.period = period;
        b.score = score;
        b.courses.addAll(courses);
        return b;
    }

    /** Builds a {@link Education} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String institution;
        private String url;
        private String area;
        private String studyType;
        private Period period;
        private String score;
        private final ArrayList<String> courses = new ArrayList<>();

        private Builder() {
        }

        /** Sets the institution. */
        public Builder institution(String institution) {
            this.institution = institution;
            return this;
        }

        /** Sets the url. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Sets the area. */
        public Builder area(String area) {
            this.area = area;
            return this;
        }

        /** Sets the studyType. */
        public Builder studyType(String studyType) {
            this.studyType = studyType;
            return this;
        }

        /** Sets the period. */
        public Builder period(Period period) {
            this.period = period;
            return this;
        }

        /** Sets the score. */
        public Builder score(String score) {
            this.score = score;
            return this;
        }

        /** Replaces the courses with these. */
        public Builder courses(List<String> courses) {
            Lists.replace(this.courses, courses, "courses");
            return this;
        }

        /** Adds to the courses. */
        public Builder addCourse(String course) {
            Lists.add(this.courses, course, "courses");
            return this;
        }

        /** Builds the education; checked when the portfolio holding it is validated. */
        public Education build() {
            return new Education(institution, url, area, studyType, period, score, courses);
        }
    }
}

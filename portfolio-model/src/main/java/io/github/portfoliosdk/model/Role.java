package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * A role held: a job, an internship or volunteering. It needs a title or an organization name ({@link ValidRole}).
 *
 * @param id stable identifier that projects can refer to, or null
 * @param kind what kind of role this is; never null (default {@link RoleKind#JOB})
 * @param organization where the role was held, or null
 * @param title job title ("Backend Engineer"), or null
 * @param location where the work happened ("Singapore"), or null
 * @param workMode on-site, remote or hybrid, or null when not said
 * @param period when, or null when not said
 * @param technologies technologies used, shown as tags
 * @param summary a short summary, or null
 * @param highlights achievements, one sentence each
 * @param metrics figures for this role
 * @param tags free tags for tailored variants of a portfolio
 */
@ValidRole
public record Role(
        @CleanText String id,
        RoleKind kind,
        @Valid Organization organization,
        @CleanText String title,
        @CleanText String location,
        WorkMode workMode,
        @Valid Period period,
        List<@NotBlank @CleanText String> technologies,
        @CleanText String summary,
        List<@NotBlank @CleanText String> highlights,
        List<@Valid Metric> metrics,
        List<@NotBlank @CleanText String> tags) {

    /** Copies the lists (null becomes empty), so the record stays immutable. */
    public Role {
        technologies = Lists.copy(technologies, "technologies");
        highlights = Lists.copy(highlights, "highlights");
        metrics = Lists.copy(metrics, "metrics");
        tags = Lists.copy(tags, "tags");
        kind = kind == null ? RoleKind.JOB : kind;
    }

    /**
     * How a project names the role it came from ("At: Acme"): the organization's {@link Organization#displayName()},
     * else the title; may be null.
     */
    public String organizationOrTitle() {
        String organizationName = organization == null ? null : organization.displayName();
        return organizationName != null && !organizationName.isBlank() ? organizationName : title;
    }

    /** Location and work mode as one line, "Singapore (Remote)"; empty when neither is known. */
    public String locationLine() {
        return locationLine(WorkMode::displayName);
    }

    /** Location and work mode as one line, the mode named by {@code modeName} (a renderer's label for it). */
    public String locationLine(java.util.function.Function<WorkMode, String> modeName) {
        String place = location == null ? "" : location.strip();
        if (workMode == null) {
            return place;
        }
        String mode = modeName.apply(workMode);
        return place.isEmpty() ? mode : place + " (" + mode + ")";
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this role's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.organization = organization;
        b.title = title;
        b.location = location;
        b.workMode = workMode;
        b.period = period;
        b.technologies.addAll(technologies);
        b.summary = summary;
        b.highlights.addAll(highlights);
        b.metrics.addAll(metrics);
        b.tags.addAll(tags);
        return b;
    }

    /** Builds a {@link Role} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String id;
        private RoleKind kind;
        private Organization organization;
        private String title;
        private String location;
        private WorkMode workMode;
        private Period period;
        private final ArrayList<String> technologies = new ArrayList<>();
        private String summary;
        private final ArrayList<String> highlights = new ArrayList<>();
        private final ArrayList<Metric> metrics = new ArrayList<>();
        private final ArrayList<String> tags = new ArrayList<>();

        private Builder() {
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the kind. */
        public Builder kind(RoleKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets the organization. */
        public Builder organization(Organization organization) {
            this.organization = organization;
            return this;
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets the location. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** Sets the workMode. */
        public Builder workMode(WorkMode workMode) {
            this.workMode = workMode;
            return this;
        }

        /** Sets the period. */
        public Builder period(Period period) {
            this.period = period;
            return this;
        }

        /** Replaces the technologies with these. */
        public Builder technologies(List<String> technologies) {
            Lists.replace(this.technologies, technologies, "technologies");
            return this;
        }

        /** Adds to the technologies. */
        public Builder addTechnology(String technology) {
            Lists.add(this.technologies, technology, "technologies");
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

        /** Replaces the tags with these. */
        public Builder tags(List<String> tags) {
            Lists.replace(this.tags, tags, "tags");
            return this;
        }

        /** Adds to the tags. */
        public Builder addTag(String tag) {
            Lists.add(this.tags, tag, "tags");
            return this;
        }

        /** Builds the role; checked when the portfolio holding it is validated. */
        public Role build() {
            return new Role(id, kind, organization, title, location, workMode, period, technologies, summary, highlights, metrics, tags);
        }
    }
}

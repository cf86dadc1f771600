package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * A project shipped: the problem, the solution, its architecture and its impact.
 *
 * @param id stable identifier (slug) used for anchors and references, or null
 * @param name project name, or null
 * @param period when; a single year is a period starting and ending that year; or null
 * @param categories categories shown as tags ("AI", "Civic tech")
 * @param badge a short badge ("200K+ USERS"), or null
 * @param description a one-paragraph description, or null
 * @param problem the problem it solved, or null
 * @param solution how it was solved, or null
 * @param architecture the architecture as a flow diagram, or null
 * @param techStack technologies used
 * @param impact the impact in words, or null
 * @param impactMetrics the impact in figures
 * @param highlights highlights, one sentence each
 * @param url the project's main URL, or null
 * @param links further links (source, demo, write-up)
 * @param roles the person's roles in the project ("Team lead")
 * @param entity the organization or context it was done for, as free text, or null
 * @param type the kind of project ("application", "talk"), or null
 * @param roleId the {@link Role#id()} of the role it came from, or null
 * @param tags free tags for tailored variants of a portfolio
 */
public record Project(
        @CleanText String id,
        @CleanText String name,
        @Valid Period period,
        List<@NotBlank @CleanText String> categories,
        @CleanText String badge,
        @CleanText String description,
        @CleanText String problem,
        @CleanText String solution,
        @Valid Flow architecture,
        List<@NotBlank @CleanText String> techStack,
        @CleanText String impact,
        List<@Valid Metric> impactMetrics,
        List<@NotBlank @CleanText String> highlights,
        @WebUrl String url,
        List<@Valid Link> links,
        List<@NotBlank @CleanText String> roles,
        @CleanText String entity,
        @CleanText String type,
        @CleanText String roleId,
        List<@NotBlank @CleanText String> tags) {

    /** Copies the lists (null becomes empty), so the record stays immutable. */
    public Project {
        categories = Lists.copy(categories, "categories");
        techStack = Lists.copy(techStack, "techStack");
        impactMetrics = Lists.copy(impactMetrics, "impactMetrics");
        highlights = Lists.copy(highlights, "highlights");
        links = Lists.copy(links, "links");
        roles = Lists.copy(roles, "roles");
        tags = Lists.copy(tags, "tags");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this project's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.period = period;
        b.categories.addAll(categories);
        b.badge = badge;
        b.description = description;
        b.problem = problem;
        b.solution = solution;
        b.architecture = architecture;
        b.techStack.addAll(techStack);
        b.impact = impact;
        b.impactMetrics.addAll(impactMetrics);
        b.highlights.addAll(highlights);
        b.url = url;
        b.links.addAll(links);
        b.roles.addAll(roles);
        b.entity = entity;
        b.type = type;
        b.roleId = roleId;
        b.tags.addAll(tags);
        return b;
    }

    /** Builds a {@link Project} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String id;
        private String name;
        private Period period;
        private final ArrayList<String> categories = new ArrayList<>();
        private String badge;
        private String description;
        private String problem;
        private String solution;
        private Flow architecture;
        private final ArrayList<String> techStack = new ArrayList<>();
        private String impact;
        private final ArrayList<Metric> impactMetrics = new ArrayList<>();
        private final ArrayList<String> highlights = new ArrayList<>();
        private String url;
        private final ArrayList<Link> links = new ArrayList<>();
        private final ArrayList<String> roles = new ArrayList<>();
        private String entity;
        private String type;
        private String roleId;
        private final ArrayList<String> tags = new ArrayList<>();

        private Builder() {
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the period. */
        public Builder period(Period period) {
            this.period = period;
            return this;
        }

        /** Replaces the categories with these. */
        public Builder categories(List<String> categories) {
            Lists.replace(this.categories, categories, "categories");
            return this;
        }

        /** Adds to the categories. */
        public Builder addCategory(String category) {
            Lists.add(this.categories, category, "categories");
            return this;
        }

        /** Sets the badge. */
        public Builder badge(String badge) {
            this.badge = badge;
            return this;
        }

        /** Sets the description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets the problem. */
        public Builder problem(String problem) {
            this.problem = problem;
            return this;
        }

        /** Sets the solution. */
        public Builder solution(String solution) {
            this.solution = solution;
            return this;
        }

        /** Sets the architecture. */
        public Builder architecture(Flow architecture) {
            this.architecture = architecture;
            return this;
        }

        /** Replaces the techStack with these. */
        public Builder techStack(List<String> techStack) {
            Lists.replace(this.techStack, techStack, "techStack");
            return this;
        }

        /** Adds to the techStack. */
        public Builder addTech(String tech) {
            Lists.add(this.techStack, tech, "techStack");
            return this;
        }

        /** Sets the impact. */
        public Builder impact(String impact) {
            this.impact = impact;
            return this;
        }

        /** Replaces the impactMetrics with these. */
        public Builder impactMetrics(List<Metric> impactMetrics) {
            Lists.replace(this.impactMetrics, impactMetrics, "impactMetrics");
            return this;
        }

        /** Adds to the impactMetrics. */
        public Builder addImpactMetric(Metric impactMetric) {
            Lists.add(this.impactMetrics, impactMetric, "impactMetrics");
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

        /** Sets the url. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Replaces the links with these. */
        public Builder links(List<Link> links) {
            Lists.replace(this.links, links, "links");
            return this;
        }

        /** Adds to the links. */
        public Builder addLink(Link link) {
            Lists.add(this.links, link, "links");
            return this;
        }

        /** Replaces the roles with these. */
        public Builder roles(List<String> roles) {
            Lists.replace(this.roles, roles, "roles");
            return this;
        }

        /** Adds to the roles. */
        public Builder addRole(String role) {
            Lists.add(this.roles, role, "roles");
            return this;
        }

        /** Sets the entity. */
        public Builder entity(String entity) {
            this.entity = entity;
            return this;
        }

        /** Sets the type. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Sets the roleId. */
        public Builder roleId(String roleId) {
            this.roleId = roleId;
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

        /** Builds the project; checked when the portfolio holding it is validated. */
        public Project build() {
            return new Project(id, name, period, categories, badge, description, problem, solution, architecture, techStack, impact, impactMetrics, highlights, url, links, roles, entity, type, roleId, tags);
        }
    }
}

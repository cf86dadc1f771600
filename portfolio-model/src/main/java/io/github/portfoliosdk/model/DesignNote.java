package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * A system-design note: paragraphs, flow diagrams, labelled callouts, numbered points and where it was used.
 *
 * @param id stable identifier (slug); required
 * @param category category ("EVENT-DRIVEN SYSTEMS"), or null
 * @param title title; required
 * @param body the note's paragraphs
 * @param flows flow diagrams
 * @param callouts labelled callouts ("WHY ASYNC" and its text)
 * @param pointsTitle heading over the numbered points ("How the system works"), or null
 * @param points numbered points, in order
 * @param usedIn where the pattern was used
 * @param tags free tags for tailored variants of a portfolio
 */
public record DesignNote(
        @NotBlank @CleanText String id,
        @CleanText String category,
        @NotBlank @CleanText String title,
        List<@NotBlank @CleanText String> body,
        List<@Valid Flow> flows,
        List<@Valid Callout> callouts,
        @CleanText String pointsTitle,
        List<@Valid Point> points,
        List<@Valid UsedIn> usedIn,
        List<@NotBlank @CleanText String> tags) {

    /** Copies the lists (null becomes empty), so the record stays immutable. */
    public DesignNote {
        body = Lists.copy(body, "body");
        flows = Lists.copy(flows, "flows");
        callouts = Lists.copy(callouts, "callouts");
        points = Lists.copy(points, "points");
        usedIn = Lists.copy(usedIn, "usedIn");
        tags = Lists.copy(tags, "tags");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this designNote's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.category = category;
        b.title = title;
        b.body.addAll(body);
        b.flows.addAll(flows);
        b.callouts.addAll(callouts);
        b.pointsTitle = pointsTitle;
        b.points.addAll(points);
        b.usedIn.addAll(usedIn);
        b.tags.addAll(tags);
        return b;
    }

    /** Builds a {@link DesignNote} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String id;
        private String category;
        private String title;
        private final ArrayList<String> body = new ArrayList<>();
        private final ArrayList<Flow> flows = new ArrayList<>();
        private final ArrayList<Callout> callouts = new ArrayList<>();
        private String pointsTitle;
        private final ArrayList<Point> points = new ArrayList<>();
        private final ArrayList<UsedIn> usedIn = new ArrayList<>();
        private final ArrayList<String> tags = new ArrayList<>();

        private Builder() {
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the category. */
        public Builder category(String category) {
            this.category = category;
            return this;
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Replaces the body with these. */
        public Builder body(List<String> body) {
            Lists.replace(this.body, body, "body");
            return this;
        }

        /** Adds to the body. */
        public Builder addParagraph(String paragraph) {
            Lists.add(this.body, paragraph, "body");
            return this;
        }

        /** Replaces the flows with these. */
        public Builder flows(List<Flow> flows) {
            Lists.replace(this.flows, flows, "flows");
            return this;
        }

        /** Adds to the flows. */
        public Builder addFlow(Flow flow) {
            Lists.add(this.flows, flow, "flows");
            return this;
        }

        /** Replaces the callouts with these. */
        public Builder callouts(List<Callout> callouts) {
            Lists.replace(this.callouts, callouts, "callouts");
            return this;
        }

        /** Adds to the callouts. */
        public Builder addCallout(Callout callout) {
            Lists.add(this.callouts, callout, "callouts");
            return this;
        }

        /** Sets the pointsTitle. */
        public Builder pointsTitle(String pointsTitle) {
            this.pointsTitle = pointsTitle;
            return this;
        }

        /** Replaces the points with these. */
        public Builder points(List<Point> points) {
            Lists.replace(this.points, points, "points");
            return this;
        }

        /** Adds to the points. */
        public Builder addPoint(Point point) {
            Lists.add(this.points, point, "points");
            return this;
        }

        /** Replaces the usedIn with these. */
        public Builder usedIn(List<UsedIn> usedIn) {
            Lists.replace(this.usedIn, usedIn, "usedIn");
            return this;
        }

        /** Adds to the usedIn. */
        public Builder addUsedIn(UsedIn usedIn) {
            Lists.add(this.usedIn, usedIn, "usedIn");
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

        /** Builds the designNote; checked when the portfolio holding it is validated. */
        public DesignNote build() {
            return new DesignNote(id, category, title, body, flows, callouts, pointsTitle, points, usedIn, tags);
        }
    }
}

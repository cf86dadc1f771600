package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.Arrays;
import java.util.List;

/**
 * One step of a {@link Flow}: one node, or several nodes side by side, optionally with a label on the edge leading into it.
 *
 * @param edgeLabel label on the arrow from the previous stage ("MISS"), or null
 * @param nodes the nodes of this stage; at least one
 */
public record Stage(
        @CleanText String edgeLabel,
        @NotEmpty List<@Valid Node> nodes) {

    /** Copies the lists (null becomes empty), so the record stays immutable. */
    public Stage {
        nodes = Lists.copy(nodes, "nodes");
    }

    /** A stage of these nodes with an unlabelled incoming edge. */
    public static Stage of(Node... nodes) {
        return new Stage(null, Arrays.asList(nodes));
    }

    /** A stage whose incoming edge carries a label. */
    public static Stage labelled(String edgeLabel, Node... nodes) {
        return new Stage(edgeLabel, Arrays.asList(nodes));
    }
}

package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A titled diagram: an ordered list of stages, read left to right (or top to bottom).
 * <p>A stage holds one or more nodes, so fan-in and fan-out are expressible.
 *
 * @param title the diagram's title ("Request flow"), or null
 * @param stages the stages, in order; at least one
 */
public record Flow(
        @CleanText String title,
        @NotEmpty List<@Valid Stage> stages) {

    /** Copies the lists (null becomes empty), so the record stays immutable. */
    public Flow {
        stages = Lists.copy(stages, "stages");
    }

    /** A flow from its stages. */
    public static Flow of(String title, Stage... stages) {
        return new Flow(title, Arrays.asList(stages));
    }

    /** A linear flow where every stage is a single node without caption. */
    public static Flow chain(String title, String... nodeNames) {
        List<Stage> stages = new ArrayList<>();
        for (String name : nodeNames) {
            stages.add(Stage.of(Node.of(name)));
        }
        return new Flow(title, stages);
    }
}

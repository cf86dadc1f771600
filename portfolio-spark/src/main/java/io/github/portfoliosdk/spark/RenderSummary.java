package io.github.portfoliosdk.spark;

import java.util.Locale;

/**
 * How a job went, member by member: how many were rendered (every format written), refused (nothing written; their
 * problems are in the problems output) and, of the rendered ones, warned (a lenient read repaired their document).
 *
 * @param rendered members whose every output was made
 * @param refused members with no output, for the errors in the problems output
 * @param warned rendered members whose document a lenient read repaired, with warnings in the problems output
 */
public record RenderSummary(long rendered, long refused, long warned) {

    /** Checks the counts. */
    public RenderSummary {
        if (rendered < 0 || refused < 0 || warned < 0 || warned > rendered) {
            throw new IllegalArgumentException("counts out of range: " + rendered + ", " + refused + ", " + warned);
        }
    }

    /** Every member the job was given. */
    public long members() {
        return rendered + refused;
    }

    /** One line, as the job prints it: {@code 10,120 members: 10,112 rendered (3 with warnings), 8 refused}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d members: %,d rendered (%,d with warnings), %,d refused",
                members(), rendered, warned, refused);
    }
}

package io.github.portfoliosdk.spark.internal;

import io.github.portfoliosdk.model.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What became of one member: its outputs, in the order of the formats, or the errors that refused it; and the
 * warnings of a lenient read.
 *
 * @param id the member's id (null when the row had none)
 * @param outputs the rendered files; empty when refused
 * @param errors why the member was refused; empty when rendered
 * @param warnings what a lenient read repaired
 */
public record MemberResult(String id, List<Output> outputs, List<Problem> errors, List<Problem> warnings) {

    /** Copies the lists; a result is rendered or refused, never both. */
    public MemberResult {
        outputs = List.copyOf(outputs);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (outputs.isEmpty() == errors.isEmpty()) {
            throw new IllegalArgumentException("a member is either rendered or refused");
        }
    }

    /** A member refused for these problems. */
    static MemberResult refused(String id, List<Problem> errors) {
        return new MemberResult(id, List.of(), errors, List.of());
    }

    /** Whether the member was rendered. */
    public boolean rendered() {
        return errors.isEmpty();
    }

    /**
     * One rendered file.
     *
     * @param format its format's name ({@code html}, {@code pdf}...)
     * @param fileName its name in the member's folder, the one its renderer's provider gives ({@code index.html}...)
     * @param bytes its complete content
     */
    public record Output(String format, String fileName, byte[] bytes) {
        /** Checks that all are there. */
        public Output {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(bytes, "bytes");
        }
    }
}

package io.github.portfoliosdk.spark.internal;

import java.io.Serial;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * What each task does with its share of the members (rows of id, source, document): renders each with its
 * executor's {@link MemberRenderer} and either keeps the outputs in the result rows or writes them to the member
 * folders and keeps only the member's status and problems. Members are taken one at a time, so a task holds one
 * member's outputs at once, whatever the partition's size.
 */
public final class RenderPartition implements MapPartitionsFunction<Row, Row> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final JobOptions options;
    private final String output;
    private final HadoopConfiguration configuration;

    private RenderPartition(JobOptions options, String output, HadoopConfiguration configuration) {
        this.options = options;
        this.output = output;
        this.configuration = configuration;
    }

    /** Rendering into the result rows. */
    public static RenderPartition toRows(JobOptions options) {
        return new RenderPartition(options, null, null);
    }

    /** Rendering into member folders under the output path. */
    public static RenderPartition toFolders(JobOptions options, String output, HadoopConfiguration configuration) {
        return new RenderPartition(options, output, configuration);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> members) {
        MemberRenderer renderer = MemberRenderer.forOptions(options);
        MemberFolders folders = output == null ? null : MemberFolders.at(output, configuration.get());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return members.hasNext();
            }

            @Override
            public Row next() {
                Row member = members.next();
                MemberResult result = renderer.render(member.getString(0), member.getString(1),
                        member.isNullAt(2) ? null : (byte[]) member.get(2));
                if (folders == null) {
                    return Rows.member(result, true);
                }
                if (result.rendered()) {
                    folders.replace(result.id(), result.outputs());
                }
                return Rows.member(result, false);
            }
        };
    }
}

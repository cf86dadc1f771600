package io.github.portfoliosdk.spark.internal;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.ReadResult;
import io.github.portfoliosdk.model.RenderOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads one member's document and renders it to every format asked for, exactly as {@code portfolio render} does
 * with the same options: the renderers the same providers make ({@link PortfolioRendererProvider#create(RenderOptions)}
 * with the same shared options), each output under its provider's file name, so the files and bytes are the same.
 * All or nothing: a member whose document is invalid, or that a renderer refuses, gets its located problems and no
 * output.
 * <p>Immutable and thread-safe; {@link #forOptions} keeps one per set of options in each JVM (each executor), so the
 * renderers are built once per executor, not once per member or per task.
 */
public final class MemberRenderer {

    /** A member id is a folder name on every file system: letters, digits, '.', '_' and '-', not starting with '.' or '_'. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    /** One per set of options in this JVM: what makes the renderers per executor rather than per row. */
    private static final Map<JobOptions, MemberRenderer> BUILT = new ConcurrentHashMap<>();

    /** The format the PDF's provider renders; its typesetter is made quiet before it is built. */
    private static final String PDF = "pdf";

    /** One format's renderer and the file it writes. */
    private record Format(String name, String fileName, PortfolioRenderer renderer) {
    }

    private final List<Format> formats;
    private final ReadOptions readOptions;
    private final List<String> tags;

    private MemberRenderer(JobOptions options) {
        RenderOptions shared = options.renderOptions();
        List<Format> built = new ArrayList<>();
        for (PortfolioRendererProvider provider : PortfolioRenderers.providers(String.join(",", options.formats()))) {
            if (PDF.equals(provider.format())) {
                QuietLibraries.pdf();
            }
            PortfolioRenderer renderer;
            try {
                renderer = provider.create(shared);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(provider.format() + ": " + e.getMessage(), e);
            }
            built.add(new Format(provider.format(), provider.fileName(), renderer));
        }
        this.formats = List.copyOf(built);
        this.readOptions = options.lenient() ? ReadOptions.LENIENT : ReadOptions.STRICT;
        this.tags = options.tags();
    }

    /**
     * The member renderer of these options in this JVM, built on first use.
     *
     * @throws IllegalArgumentException when an option is refused (a format not on the class path, an unknown theme, a
     *         locale the PDF cannot typeset), saying which
     */
    public static MemberRenderer forOptions(JobOptions options) {
        return BUILT.computeIfAbsent(options, MemberRenderer::new);
    }

    /**
     * Reads and renders one member.
     *
     * @param id the member's id, its folder's name
     * @param source the document's name in problems (its file, or the id)
     * @param document the document's bytes, or null when the row has none
     */
    public MemberResult render(String id, String source, byte[] document) {
        if (id == null || !ID.matcher(id).matches()) {
            return MemberResult.refused(id, List.of(new Problem(source, 0, 0, "id",
                    "'" + id + "' cannot name a folder: use 1 to 200 letters, digits, '.', '_' or '-', starting with a letter or digit")));
        }
        if (document == null) {
            return MemberResult.refused(id, List.of(new Problem(source, 0, 0, "", "the member has no document")));
        }
        ReadResult read;
        Portfolio portfolio;
        try {
            read = PortfolioFiles.read(document, source, readOptions);
            portfolio = read.portfolio().tailored(new LinkedHashSet<>(tags));
        } catch (InvalidPortfolioException e) {
            return MemberResult.refused(id, e.problems());
        } catch (IllegalArgumentException e) {
            // a requested tag that no item of this member carries: the command line refuses it too, writing nothing
            return MemberResult.refused(id, List.of(new Problem(source, 0, 0, "", "--" + e.getMessage())));
        }
        List<MemberResult.Output> outputs = new ArrayList<>(formats.size());
        List<Problem> refusals = new ArrayList<>();
        for (Format format : formats) {
            try {
                outputs.add(new MemberResult.Output(format.name(), format.fileName(), format.renderer().toBytes(portfolio)));
            } catch (IllegalArgumentException e) {
                // in the command line's words: the PDF's fonts lack a script, an extension JSON Resume cannot hold...
                refusals.add(new Problem(source, 0, 0, "", "the " + format.name()
                        + " format cannot render it (the portfolio is valid): " + e.getMessage()));
            }
        }
        if (!refusals.isEmpty()) {
            return MemberResult.refused(id, refusals);
        }
        return new MemberResult(id, outputs, List.of(), read.warnings());
    }
}

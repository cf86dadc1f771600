package io.github.portfoliosdk.spark.internal;

import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.ReadResult;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads one member's document and renders it to every format asked for, exactly as {@code portfolio render} does
 * with the same options: the same renderers, built the same way, so the bytes are the same. All or nothing: a
 * member whose document is invalid, or that a renderer refuses, gets its located problems and no output.
 * <p>Immutable and thread-safe; {@link #forOptions} keeps one per set of options in each JVM (each executor), so the
 * renderers are built once per executor, not once per member or per task.
 */
public final class MemberRenderer {

    /** A member id is a folder name on every file system: letters, digits, '.', '_' and '-', not starting with '.' or '_'. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    /** One per set of options in this JVM: what makes the renderers per executor rather than per row. */
    private static final Map<JobOptions, MemberRenderer> BUILT = new ConcurrentHashMap<>();

    private final Map<OutputKind, PortfolioRenderer> renderers;
    private final ReadOptions readOptions;
    private final List<String> tags;

    private MemberRenderer(JobOptions options) {
        Locale locale = Labels.localeOf(options.locale());
        Clock clock = Clock.fixed(options.now(), ZoneOffset.UTC);
        Theme theme = options.theme() == null ? null : Theme.fromName(options.theme()).orElseThrow(() ->
                new IllegalArgumentException("theme: '" + options.theme() + "' is not one of terminal, classic"));
        Paper paper = options.paper() == null ? null : Paper.fromName(options.paper()).orElseThrow(() ->
                new IllegalArgumentException("paper: '" + options.paper() + "' is not one of a4, letter"));
        Map<OutputKind, PortfolioRenderer> built = new LinkedHashMap<>();
        for (OutputKind kind : options.formats()) {
            built.put(kind, switch (kind) {
                case HTML -> html(clock, locale, theme);
                case MARKDOWN -> MarkdownRenderer.builder().locale(locale).flavor(Flavor.GITHUB).headingOffset(0)
                        .clock(clock).badges(false).mermaid(true).build();
                case JSON_RESUME -> JsonResumeRenderer.builder().build();
                case PDF -> pdf(clock, locale, theme, paper);
            });
        }
        this.renderers = built;
        this.readOptions = options.lenient() ? ReadOptions.LENIENT : ReadOptions.STRICT;
        this.tags = options.tags();
    }

    private static PortfolioRenderer html(Clock clock, Locale locale, Theme theme) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder().fragment(false).clock(clock).locale(locale);
        if (theme != null) {
            builder.theme(theme);
        }
        return builder.build();
    }

    private static PortfolioRenderer pdf(Clock clock, Locale locale, Theme theme, Paper paper) {
        QuietLibraries.pdf();
        // the PDF embeds the same JSON Resume document the json-resume output is, as the command line's does
        PdfRenderer.Builder builder = PdfRenderer.builder().clock(clock).locale(locale)
                .jsonResume(JsonResumeRenderer.builder().build());
        if (paper != null) {
            builder.paper(paper);
        }
        if (theme != null) {
            builder.theme(theme);
        }
        return builder.build();
    }

    /**
     * The member renderer of these options in this JVM, built on first use.
     *
     * @throws IllegalArgumentException when an option is refused (an unknown theme; a locale the PDF cannot typeset)
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
        List<MemberResult.Output> outputs = new ArrayList<>(renderers.size());
        for (Map.Entry<OutputKind, PortfolioRenderer> renderer : renderers.entrySet()) {
            try {
                outputs.add(new MemberResult.Output(renderer.getKey(), renderer.getValue().toBytes(portfolio)));
            } catch (IllegalArgumentException e) {
                // as the command line says it: the PDF's fonts lack a script, an extension JSON Resume cannot hold...
                return MemberResult.refused(id, List.of(new Problem(source, 0, 0, "",
                        "cannot render as " + renderer.getKey().format() + ": " + e.getMessage())));
            }
        }
        return new MemberResult(id, outputs, List.of(), read.warnings());
    }
}

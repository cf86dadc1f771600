package io.github.portfoliosdk.render.markdown;

import io.github.portfoliosdk.model.internal.output.Outputs;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes Markdown block by block; the one place that knows Markdown's special characters. Every string
 * passed in is user text and comes out literally: escaped for its context (inline text, table cell, HTML
 * attribute, Mermaid label), with only http(s) links (and mailto where a link may be one), and never raw HTML.
 * <p>Blocks are opened with a {@code start…} method (or written whole, as {@link #paragraph(String)}),
 * filled with inline calls ({@link #text(String)}, {@link #strong(String)}, {@link #link(String, String)}) and
 * closed with {@link #end()}; blank lines, block-quote markers and list indentation are written for you.
 * Consecutive list items of the same kind form one list. Output reaches the {@link Appendable} at the end of
 * each line (and in {@link #finish()}). Not thread-safe: one writer per rendering.
 */
public final class MarkdownWriter {

    /** The kinds of GitHub alert ({@code > [!NOTE]}); in CommonMark an alert is a plain block quote. */
    public enum Alert {
        /** Useful information. */
        NOTE,
        /** Advice. */
        TIP,
        /** Key information. */
        IMPORTANT,
        /** Needs attention. */
        WARNING,
        /** Risks. */
        CAUTION
    }

    private enum Mode { NONE, PARAGRAPH, HEADING, CELL }

    private enum ListKind { NONE, BULLET, ORDERED }

    private static final Pattern INFO_STRING = Pattern.compile("[A-Za-z0-9_+-]*");
    private static final List<String> DIRECTIONS = List.of("LR", "RL", "TB", "TD", "BT");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** ASCII characters that mean nothing to Markdown in running text; the rest are backslash-escaped or encoded. */
    private static final boolean[] PLAIN = new boolean[128];
    /**
     * For every {@code char}, whether it can be written as it is in running text ({@link #TEXT}: {@link #PLAIN}, the
     * space and all beyond ASCII) and in a quoted Mermaid label ({@link #LABEL}): a scan of user text is one look-up
     * per character.
     */
    private static final byte[] PLAIN_IN = new byte[Character.MAX_VALUE + 1];
    private static final byte TEXT = 1;
    private static final byte LABEL = 2;

    static {
        for (char c = 0x21; c < 0x7f; c++) {
            PLAIN[c] = "\\`*_[]<>|~$&#".indexOf(c) < 0;
        }
        for (char c = 0; c < 128; c++) {
            boolean text = c == ' ' || PLAIN[c];
            boolean label = c >= ' ' && c < 0x7f && "\"#;%`<>&|\\".indexOf(c) < 0;
            PLAIN_IN[c] = (byte) ((text ? TEXT : 0) | (label ? LABEL : 0));
        }
        Arrays.fill(PLAIN_IN, 128, PLAIN_IN.length, (byte) (TEXT | LABEL));
    }

    /** What a writer made for {@link #forString(Flavor)} holds before it grows. */
    private static final int STRING_CAPACITY = 24 * 1024;
    /** What a writer made for {@link #streaming(Appendable, Flavor)} holds before it grows. */
    private static final int STREAM_CAPACITY = 4 * 1024;
    /** How much output a streaming writer collects before passing it on at a line end. */
    private static final int STREAM_FLUSH_AT = 3 * 1024;

    /** Where the output goes; null when it is kept for {@link #text()}. */
    private final Appendable out;
    /** The buffered length at which a line end passes the output on to {@link #out}. */
    private final int flushAt;
    private final Flavor flavor;
    /** The output not yet passed on: {@code length} characters. */
    private char[] buffer;
    private int length;
    /** What starts every line inside the open quotes and list items: {@code prefixLength} characters. */
    private char[] prefix = new char[32];
    private int prefixLength;
    private final int[] prefixMarks = new int[64];
    private int depth;
    private boolean lineStart = true;
    private boolean contentStart;
    private boolean blankPending;
    private boolean itemOpen;
    private ListKind list = ListKind.NONE;
    private ListKind endedList = ListKind.NONE;
    private Mode mode = Mode.NONE;
    private boolean inFlowchart;
    private int openDetails;
    /** Spaces of user text not written yet: plain if more text follows on the line, the last one encoded at a line end. */
    private int pendingSpaces;

    /**
     * A writer appending to {@code out} in the given flavour; each line reaches {@code out} when it ends.
     *
     * @throws NullPointerException when either is null
     */
    public MarkdownWriter(Appendable out, Flavor flavor) {
        this(Objects.requireNonNull(out, "out"), flavor, 256, 0);
    }

    private MarkdownWriter(Appendable out, Flavor flavor, int capacity, int flushAt) {
        this.out = out;
        this.flavor = Objects.requireNonNull(flavor, "flavor");
        this.buffer = new char[capacity];
        this.flushAt = flushAt;
    }

    /** A writer that keeps its whole output, for {@link #text()}. */
    static MarkdownWriter forString(Flavor flavor) {
        return new MarkdownWriter(null, flavor, STRING_CAPACITY, Integer.MAX_VALUE);
    }

    /** A writer that passes its output on to {@code out} in pieces of some thousand characters, and in {@link #finish()}. */
    static MarkdownWriter streaming(Appendable out, Flavor flavor) {
        return new MarkdownWriter(Objects.requireNonNull(out, "out"), flavor, STREAM_CAPACITY, STREAM_FLUSH_AT);
    }

    /** The flavour this writer writes; HTML elements and alerts are only written in {@link Flavor#GITHUB}. */
    public Flavor flavor() {
        return flavor;
    }

    // ---------------------------------------------------------------- blocks

    /** Writes an ATX heading of this level (1 to 6) with the text; a line break in the text becomes a space. */
    public void heading(int level, String text) {
        startHeading(level);
        text(text);
        end();
    }

    /** Starts an ATX heading of this level (1 to 6); fill it with inline calls and {@link #end()} it. */
    public void startHeading(int level) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level + " is not between 1 and 6");
        }
        openBlock(ListKind.NONE);
        writePrefix();
        for (int i = 0; i < level; i++) {
            write('#');
        }
        write(' ');
        mode = Mode.HEADING;
        contentStart = true;
    }

    /** Writes a paragraph of this text; nothing when it is null or empty. */
    public void paragraph(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        startParagraph();
        text(text);
        end();
    }

    /** Starts a paragraph; line breaks in its text become hard line breaks. */
    public void startParagraph() {
        openBlock(ListKind.NONE);
        writePrefix();
        mode = Mode.PARAGRAPH;
        contentStart = true;
    }

    /** Starts an item of a bullet list ({@code - }); its text may span lines, which stay inside the item. */
    public void startBulletItem() {
        startItem(ListKind.BULLET, "- ");
    }

    /** Starts an item of an ordered list with this number ({@code 1. }). */
    public void startOrderedItem(int number) {
        if (number < 0 || number > 999_999_999) {
            throw new IllegalArgumentException("list number " + number + " is not between 0 and 999999999");
        }
        startItem(ListKind.ORDERED, number + ". ");
    }

    /** Writes a bullet list item of this text. */
    public void bulletItem(String text) {
        startBulletItem();
        text(text);
        end();
    }

    /** Ends the current list, so that the next item starts a new one. */
    public void endList() {
        requireNoInline();
        if (list != ListKind.NONE) {
            endedList = list;
        }
        list = ListKind.NONE;
    }

    /** Ends the open heading, paragraph or list item. */
    public void end() {
        if (mode == Mode.NONE || mode == Mode.CELL) {
            throw new IllegalStateException("no heading, paragraph or list item is open");
        }
        newLine();
        mode = Mode.NONE;
        if (itemOpen) {
            pop();
            itemOpen = false;
        }
        blankPending = true;
    }

    /** Starts a block quote; the blocks written until {@link #endQuote()} are quoted. */
    public void startQuote() {
        openBlock(ListKind.NONE);
        push("> ");
        blankPending = false;
    }

    /** Starts a GitHub alert ({@code > [!NOTE]}); in CommonMark flavour, a plain block quote. End with {@link #endQuote()}. */
    public void startAlert(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        startQuote();
        if (flavor == Flavor.GITHUB) {
            writePrefix();
            write("[!");
            write(alert.name());
            write(']');
            newLine();
        }
    }

    /** Ends the block quote or alert started last. */
    public void endQuote() {
        requireNoInline();
        if (depth == 0 || !isQuoteOnTop()) {
            throw new IllegalStateException("no block quote is open");
        }
        pop();
        list = ListKind.NONE;
        blankPending = true;
    }

    /**
     * Writes a GFM table: a header row and body rows with as many cells each. Cell text is escaped
     * ({@code |} included); a line break becomes {@code <br>} in GitHub flavour and a space in CommonMark.
     *
     * @param centered whether the columns are centred rather than left-aligned
     * @throws IllegalArgumentException when the header is empty or a row has another number of cells
     */
    public void table(List<String> header, List<List<String>> rows, boolean centered) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a table row has " + row.size() + " cells, the header " + header.size());
            }
        }
        openBlock(ListKind.NONE);
        row(header);
        writePrefix();
        write('|');
        for (int i = 0; i < header.size(); i++) {
            write(centered ? " :-: |" : " --- |");
        }
        newLine();
        for (List<String> row : rows) {
            row(row);
        }
        blankPending = true;
    }

    private void row(List<String> cells) {
        writePrefix();
        write('|');
        mode = Mode.CELL;
        for (String cell : cells) {
            write(' ');
            if (cell != null && !cell.isEmpty()) {
                contentStart = true;
                escape(cell, false);
                flushSpacesAsEntity();
                write(' ');
            }
            write('|');
        }
        mode = Mode.NONE;
        newLine();
    }

    /**
     * Writes a fenced code block with this info string (a language word such as {@code text}) and literal
     * content; the fence is made longer than any run of backticks in the content.
     */
    public void codeBlock(String info, String literal) {
        if (info == null || !INFO_STRING.matcher(info).matches()) {
            throw new IllegalArgumentException("code block info must be a language word, not '" + info + "'");
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < literal.length(); i++) {
            run = literal.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        openBlock(ListKind.NONE);
        writePrefix();
        write(fence);
        write(info);
        newLine();
        String body = literal.replace("\r\n", "\n").replace('\r', '\n');
        int from = 0;
        while (from < body.length()) {
            int to = body.indexOf('\n', from);
            if (to < 0) {
                to = body.length();
            }
            writePrefix();
            write(body, from, to);
            newLine();
            from = to + 1;
        }
        writePrefix();
        write(fence);
        newLine();
        blankPending = true;
    }

    /** Writes a thematic break ({@code ---}). */
    public void thematicBreak() {
        openBlock(ListKind.NONE);
        writePrefix();
        write("---");
        newLine();
        blankPending = true;
    }

    // ---------------------------------------------------------------- GitHub HTML

    /**
     * Starts a collapsed {@code <details>} block whose {@code <summary>} shows the title in bold and an
     * optional note after it, both HTML-escaped; GitHub flavour only. End with {@link #endDetails()}.
     *
     * @throws IllegalStateException in CommonMark flavour, which has no HTML
     */
    public void startDetails(String title, String note) {
        requireGithub("<details>");
        openBlock(ListKind.NONE);
        writePrefix();
        write("<details>");
        newLine();
        writePrefix();
        write("<summary><strong>");
        html(title);
        write("</strong>");
        if (note != null && !note.isBlank()) {
            write(" · ");
            html(note);
        }
        write("</summary>");
        newLine();
        openDetails++;
        blankPending = true;
    }

    /** Ends the {@code <details>} block started last. */
    public void endDetails() {
        if (openDetails == 0) {
            throw new IllegalStateException("no <details> block is open");
        }
        openBlock(ListKind.NONE);
        writePrefix();
        write("</details>");
        newLine();
        openDetails--;
        blankPending = true;
    }

    /**
     * Writes an image floated to the right ({@code <img align="right">}) as its own block; GitHub flavour only.
     * Nothing is written when the URL is not http(s).
     *
     * @throws IllegalStateException in CommonMark flavour, which has no HTML
     */
    public void floatingImage(String url, String alt, int width) {
        requireGithub("<img>");
        String destination = safeHtmlUrl(url);
        if (destination == null) {
            return;
        }
        openBlock(ListKind.NONE);
        writePrefix();
        img(destination, alt, width, true);
        newLine();
        blankPending = true;
    }

    /**
     * Writes a {@code <picture>} that shows one image in GitHub's light theme and another in its dark theme, as its
     * own block; GitHub flavour only. Nothing is written when either URL is not http(s).
     *
     * @throws IllegalStateException in CommonMark flavour, which has no HTML
     */
    public void picture(String lightUrl, String darkUrl, String alt, int width) {
        picture(lightUrl, darkUrl, alt, width, false);
    }

    /**
     * Writes a {@link #picture(String, String, String, int) picture} whose image floats to the right
     * ({@code <img align="right">}), as {@link #floatingImage(String, String, int)} does for one image; GitHub flavour
     * only. Nothing is written when either URL is not http(s).
     *
     * @throws IllegalStateException in CommonMark flavour, which has no HTML
     */
    public void floatingPicture(String lightUrl, String darkUrl, String alt, int width) {
        picture(lightUrl, darkUrl, alt, width, true);
    }

    private void picture(String lightUrl, String darkUrl, String alt, int width, boolean floating) {
        requireGithub("<picture>");
        String light = safeHtmlUrl(lightUrl);
        String dark = safeHtmlUrl(darkUrl);
        if (light == null || dark == null) {
            return;
        }
        openBlock(ListKind.NONE);
        writePrefix();
        write("<picture>");
        newLine();
        writePrefix();
        write("<source media=\"(prefers-color-scheme: dark)\" srcset=\"");
        html(dark);
        write("\">");
        newLine();
        writePrefix();
        img(light, alt, width, floating);
        newLine();
        writePrefix();
        write("</picture>");
        newLine();
        blankPending = true;
    }

    /** An {@code <img>} of a safe URL, its alt text escaped, at least 1 pixel wide; floated right if asked. */
    private void img(String safeUrl, String alt, int width, boolean floating) {
        write("<img src=\"");
        html(safeUrl);
        write("\" alt=\"");
        html(alt);
        write("\" width=\"");
        write(Integer.toString(Math.max(1, width)));
        write(floating ? "\" align=\"right\">" : "\">");
    }

    // ---------------------------------------------------------------- Mermaid

    /**
     * Starts a Mermaid flowchart in a {@code ```mermaid} code block.
     *
     * @param direction {@code LR}, {@code RL}, {@code TB}, {@code TD} or {@code BT}
     */
    public void startFlowchart(String direction) {
        if (!DIRECTIONS.contains(direction)) {
            throw new IllegalArgumentException("flowchart direction must be one of " + DIRECTIONS + ", not " + direction);
        }
        openBlock(ListKind.NONE);
        writePrefix();
        write("```mermaid");
        newLine();
        writePrefix();
        write("flowchart ");
        write(direction);
        newLine();
        inFlowchart = true;
    }

    /**
     * Writes a flowchart node with a quoted, escaped label: the name, and the caption on a second line.
     *
     * @param id the node's id, chosen by the caller, never user text: a few lower-case letters then digits ("n12")
     */
    public void flowchartNode(String id, String name, String caption) {
        requireFlowchart();
        checkDiagramId(id);
        writePrefix();
        write("  ");
        write(id);
        write("[\"");
        mermaid(name);
        if (caption != null && !caption.isBlank()) {
            write("<br>");
            mermaid(caption);
        }
        write("\"]");
        newLine();
    }

    /** Writes an arrow between two nodes written before, with an optional quoted, escaped label. */
    public void flowchartEdge(String fromId, String toId, String label) {
        requireFlowchart();
        checkDiagramId(fromId);
        checkDiagramId(toId);
        writePrefix();
        write("  ");
        write(fromId);
        write(" -->");
        if (label != null && !label.isBlank()) {
            write("|\"");
            mermaid(label);
            write("\"|");
        }
        write(' ');
        write(toId);
        newLine();
    }

    /** Ends the flowchart's code block. */
    public void endFlowchart() {
        requireFlowchart();
        writePrefix();
        write("```");
        newLine();
        inFlowchart = false;
        blankPending = true;
    }

    // ---------------------------------------------------------------- inline

    /**
     * Writes text literally: Markdown punctuation is backslash-escaped, leading and trailing spaces kept, a
     * line break becomes a hard line break (a space in a heading); leading and trailing line breaks are dropped.
     * Null writes nothing.
     */
    public void text(String text) {
        requireInline();
        if (text != null) {
            escape(text, false);
        }
    }

    /** Writes text in bold ({@code **…**}), escaped as {@link #text(String)}; null or empty writes nothing. */
    public void strong(String text) {
        requireInline();
        if (text == null || text.isEmpty()) {
            return;
        }
        contentStart = false;
        write("**");
        escape(text, true);
        flushSpacesAsEntity();
        write("**");
    }

    /**
     * Writes a link; the label (or the URL when the label is blank) is escaped text. A URL that is not
     * http(s) or, when {@code mailto} links are wanted, mailto writes the label as plain text.
     */
    public void link(String label, String url) {
        requireInline();
        String shown = label == null || label.isBlank() ? url : label;
        String destination = safeUrl(url, true);
        if (destination == null) {
            if (shown != null) {
                escape(shown, false);
            }
            return;
        }
        contentStart = false;
        write('[');
        escape(shown, false);
        write("](");
        write(destination);
        write(')');
    }

    /** Writes an image ({@code ![alt](url)}) with escaped alt text; nothing when the URL is not http(s). */
    public void image(String alt, String url) {
        requireInline();
        String destination = safeUrl(url, false);
        if (destination == null) {
            return;
        }
        contentStart = false;
        write("![");
        escape(alt == null ? "" : alt, false);
        write("](");
        write(destination);
        write(')');
    }

    /** Writes a hard line break in a paragraph or list item. */
    public void lineBreak() {
        if (mode != Mode.PARAGRAPH) {
            throw new IllegalStateException("a line break needs an open paragraph or list item");
        }
        breakLine();
    }

    /**
     * Passes the output written so far on and checks that every block opened was closed; the renderer calls it at
     * the end.
     *
     * @throws IllegalStateException naming what is still open
     */
    public void finish() {
        flush();
        if (mode != Mode.NONE) {
            throw new IllegalStateException("a heading, paragraph or list item was not ended");
        }
        if (inFlowchart) {
            throw new IllegalStateException("a flowchart was not ended");
        }
        if (depth != 0) {
            throw new IllegalStateException("a block quote was not ended");
        }
        if (openDetails != 0) {
            throw new IllegalStateException("a <details> block was not ended");
        }
    }

    // ---------------------------------------------------------------- URLs

    /**
     * The URL as a link destination if it is safe: http or https with a host, or mailto when allowed;
     * characters that could end or confuse the destination are percent-encoded. Null when not safe.
     */
    static String safeUrl(String url, boolean allowMailto) {
        return safeUrl(url, allowMailto, true);
    }

    /**
     * The URL for an HTML attribute this writer writes itself ({@code <img src>}, {@code <source srcset>}): as
     * {@link #safeUrl(String, boolean)} without mailto, but with no Markdown backslash escapes, since the attribute
     * is HTML, where the HTML escaping ({@code &amp;}) alone applies. Null when not safe.
     */
    static String safeHtmlUrl(String url) {
        return safeUrl(url, false, false);
    }

    private static String safeUrl(String url, boolean allowMailto, boolean markdownDestination) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        int colon = u.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        boolean web = (isScheme(u, colon, "http") || isScheme(u, colon, "https")) && u.startsWith("//", colon + 1)
                && u.length() > colon + 3;
        boolean mail = allowMailto && isScheme(u, colon, "mailto") && u.length() > colon + 1;
        if (!web && !mail) {
            return null;
        }
        boolean entityRisk = markdownDestination && u.indexOf(';') >= 0;
        int first = 0;
        while (first < u.length() && !isEncodedInUrl(u.charAt(first)) && !(u.charAt(first) == '&' && entityRisk)) {
            first++;
        }
        if (first == u.length()) {
            return u;
        }
        StringBuilder result = new StringBuilder(u.length() + 8).append(u, 0, first);
        byte[] utf8 = null;
        for (int i = first; i < u.length(); i++) {
            char c = u.charAt(i);
            if (isEncodedInUrl(c)) {
                if (c >= 0x7f && Character.isHighSurrogate(c) && i + 1 < u.length()) {
                    utf8 = u.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                } else {
                    utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                }
                for (byte b : utf8) {
                    result.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
            } else if (c == '&' && entityRisk) {
                result.append("\\&");
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** Whether the scheme, the text before {@code colon}, is this lower-case one in any ASCII case. */
    private static boolean isScheme(String url, int colon, String scheme) {
        if (colon != scheme.length()) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != scheme.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a link destination percent-encodes this character: controls, space, non-ASCII and what could end it. */
    private static boolean isEncodedInUrl(char c) {
        return c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '(' || c == ')' || c == '\\'
                || c == '"' || c == '\'' || c == '`';
    }

    // ---------------------------------------------------------------- escaping

    private void escape(String s, boolean strongEdges) {
        int start = 0;
        int end = s.length();
        while (start < end && isLineEnd(s.charAt(start))) {
            start++;
        }
        while (end > start && isLineEnd(s.charAt(end - 1))) {
            end--;
        }
        int i = start;
        while (i < end) {
            if (contentStart && isSafeAtLineStart(s.charAt(i))) {
                contentStart = false;
            }
            if (!contentStart && !(strongEdges && i == start)) {
                int run = plainRun(s, i, strongEdges ? end - 1 : end);
                if (run > i) {
                    i = run;
                    continue;
                }
            }
            i = escapeOne(s, i, start, end, strongEdges);
        }
    }

    /** Whether the character cannot start a block (list, heading, quote, code, setext underline) at a line's start. */
    private static boolean isSafeAtLineStart(char c) {
        return c >= 128 ? !isWhitespace(c) : PLAIN[c] && c != '-' && c != '+' && c != '=' && (c < '0' || c > '9');
    }

    /**
     * Writes the run of characters from {@code from} that need no escaping where they stand, and returns its end;
     * the spaces at the end of the run are left pending, as they may end a line.
     */
    private int plainRun(String s, int from, int limit) {
        int end = from;
        while (end < limit && (PLAIN_IN[s.charAt(end)] & TEXT) != 0) {
            end++;
        }
        int text = end;
        while (text > from && s.charAt(text - 1) == ' ') {
            text--;
        }
        if (text > from) {
            write(s, from, text);
        }
        pendingSpaces += end - text;
        return end;
    }

    /** Escapes the character at {@code i} for where it stands; returns the index of the next one. */
    private int escapeOne(String s, int i, int start, int end, boolean strongEdges) {
        char c = s.charAt(i);
        if (c < 128 && PLAIN[c] && !contentStart) {
            write(c); // as the first and last characters of most strong text
            return i + 1;
        }
        if (c == '\r') {
            if (s.charAt(i + 1) == '\n') {
                return i + 1;
            }
            c = '\n';
        }
        if (c == '\n') {
            breakLine();
            return i + 1;
        }
        if (c == ' ' && !contentStart && !(strongEdges && i == start)) {
            pendingSpaces++;
            return i + 1;
        }
        if (c == ' ' || (strongEdges && (i == start || i == end - 1) && isWhitespace(c))) {
            contentStart = false;
            write("&#");
            write(Integer.toString(c));
            write(';');
            return i + 1;
        }
        if (c == '\t') {
            contentStart = false;
            write("&#9;");
            return i + 1;
        }
        if (c < 0x20 || c == 0x7f) {
            contentStart = false;
            write('\uFFFD');
            return i + 1;
        }
        if (contentStart) {
            contentStart = false;
            if (c == '-' || c == '+' || c == '=') {
                write('\\');
                write(c);
                return i + 1;
            }
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                if (j < end && (s.charAt(j) == '.' || s.charAt(j) == ')')) {
                    write(s, i, j);
                    write('\\');
                    write(s.charAt(j));
                    return j + 1;
                }
            }
        }
        if (c < 128 && !PLAIN[c]) {
            write('\\');
        }
        write(c);
        return i + 1;
    }

    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    private void breakLine() {
        switch (mode) {
            case PARAGRAPH -> {
                flushSpacesAsEntity();
                write('\\');
                newLine();
                writePrefix();
                contentStart = true;
            }
            case CELL -> write(flavor == Flavor.GITHUB ? "<br>" : " ");
            default -> write(' ');
        }
    }

    /** HTML text and attribute escaping for the elements this writer writes itself. */
    private void html(String s) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> write("&amp;");
                case '<' -> write("&lt;");
                case '>' -> write("&gt;");
                case '"' -> write("&quot;");
                case '\'' -> write("&#39;");
                case '\n', '\r', '\t' -> write(' ');
                default -> write(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
            }
        }
    }

    /** Mermaid label escaping: the label is always quoted, so only what could end it or be read as syntax is encoded. */
    private void mermaid(String s) {
        if (s == null) {
            return;
        }
        int i = 0;
        while (i < s.length()) {
            int run = i;
            while (run < s.length() && (PLAIN_IN[s.charAt(run)] & LABEL) != 0) {
                run++;
            }
            if (run > i) {
                write(s, i, run);
                i = run;
                continue;
            }
            char c = s.charAt(i++);
            switch (c) {
                case '"' -> write("#quot;");
                case '#' -> write("#35;");
                case ';' -> write("#59;");
                case '%' -> write("#37;");
                case '`' -> write("#96;");
                case '<' -> write("#lt;");
                case '>' -> write("#gt;");
                case '&' -> write("#amp;");
                case '|' -> write("#124;");
                case '\\' -> write("#92;");
                case '\n' -> write("<br>");
                case '\r' -> {
                    if (i >= s.length() || s.charAt(i) != '\n') {
                        write("<br>");
                    }
                }
                case '\t' -> write(' ');
                default -> write(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
            }
        }
    }

    // ---------------------------------------------------------------- structure

    private void startItem(ListKind kind, String marker) {
        if (kind == endedList && list == ListKind.NONE) {
            throw new IllegalStateException("a list right after an ended list of the same kind would join it in Markdown;"
                    + " write another block between them");
        }
        openBlock(kind);
        writePrefix();
        write(marker);
        push(' ', marker.length());
        mode = Mode.PARAGRAPH;
        itemOpen = true;
        contentStart = true;
    }

    private void openBlock(ListKind kind) {
        requireNoInline();
        if (inFlowchart) {
            throw new IllegalStateException("end the flowchart first");
        }
        if (blankPending && !(kind != ListKind.NONE && kind == list)) {
            writePrefixStripped();
            newLine();
        }
        blankPending = false;
        endedList = ListKind.NONE;
        list = kind;
    }

    private void push(String part) {
        push(part.length());
        part.getChars(0, part.length(), prefix, prefixLength - part.length());
    }

    private void push(char c, int count) {
        push(count);
        Arrays.fill(prefix, prefixLength - count, prefixLength, c);
    }

    /** Makes room for a part of {@code length} characters at the end of the prefix. */
    private void push(int length) {
        if (depth == prefixMarks.length) {
            throw new IllegalStateException("blocks are nested too deeply");
        }
        prefixMarks[depth++] = prefixLength;
        prefixLength += length;
        if (prefixLength > prefix.length) {
            prefix = Arrays.copyOf(prefix, Math.max(prefixLength, prefix.length * 2));
        }
    }

    private void pop() {
        prefixLength = prefixMarks[--depth];
    }

    private boolean isQuoteOnTop() {
        int top = prefixMarks[depth - 1];
        return prefixLength - top == 2 && prefix[top] == '>' && prefix[top + 1] == ' ';
    }

    private void requireInline() {
        if (mode == Mode.NONE) {
            throw new IllegalStateException("start a heading, paragraph or list item first");
        }
    }

    private void requireNoInline() {
        if (mode != Mode.NONE) {
            throw new IllegalStateException("end() the open heading, paragraph or list item first");
        }
    }

    private void requireFlowchart() {
        if (!inFlowchart) {
            throw new IllegalStateException("start a flowchart first");
        }
    }

    private void requireGithub(String what) {
        if (flavor != Flavor.GITHUB) {
            throw new IllegalStateException(what + " is HTML, which " + flavor + " flavour does not allow");
        }
    }

    private static void checkDiagramId(String id) {
        if (!isDiagramId(id)) {
            throw new IllegalArgumentException("a diagram id is a few lower-case letters then digits, like n12, not '" + id + "'");
        }
    }

    /** A few lower-case letters then digits: never a Mermaid keyword such as {@code end} or {@code click}. */
    private static boolean isDiagramId(String id) {
        if (id == null || id.length() > 14) {
            return false;
        }
        int i = 0;
        while (i < id.length() && id.charAt(i) >= 'a' && id.charAt(i) <= 'z') {
            i++;
        }
        int letters = i;
        while (i < id.length() && id.charAt(i) >= '0' && id.charAt(i) <= '9') {
            i++;
        }
        return letters >= 1 && letters <= 8 && i > letters && i - letters <= 6 && i == id.length();
    }

    private void writePrefix() {
        if (lineStart) {
            lineStart = false;
            if (prefixLength > 0) {
                write(prefix, 0, prefixLength);
            }
        }
    }

    private void writePrefixStripped() {
        int end = prefixLength;
        while (end > 0 && prefix[end - 1] == ' ') {
            end--;
        }
        if (end > 0) {
            write(prefix, 0, end);
        }
    }

    private void newLine() {
        flushSpacesAsEntity();
        write('\n');
        lineStart = true;
        if (length >= flushAt) {
            flush();
        }
    }

    private void flushSpacesAsEntity() {
        if (pendingSpaces > 0) {
            int spaces = pendingSpaces;
            pendingSpaces = 0;
            for (int i = 1; i < spaces; i++) {
                write(' ');
            }
            write("&#32;");
        }
    }

    // ---------------------------------------------------------------- output

    // Each write is a check and a copy; pending spaces and a full buffer are left to makeRoom.

    private void write(char c) {
        if (pendingSpaces > 0 || length == buffer.length) {
            makeRoom(1);
        }
        buffer[length++] = c;
    }

    private void write(String s) {
        write(s, 0, s.length());
    }

    private void write(String s, int from, int to) {
        if (pendingSpaces > 0 || length + to - from > buffer.length) {
            makeRoom(to - from);
        }
        s.getChars(from, to, buffer, length);
        length += to - from;
    }

    private void write(char[] chars, int from, int to) {
        if (pendingSpaces > 0 || length + to - from > buffer.length) {
            makeRoom(to - from);
        }
        System.arraycopy(chars, from, buffer, length, to - from);
        length += to - from;
    }

    /** Writes the pending spaces as they are, as more text follows them on their line, and makes room for more. */
    private void makeRoom(int more) {
        ensureCapacity(length + pendingSpaces + more);
        while (pendingSpaces > 0) {
            buffer[length++] = ' ';
            pendingSpaces--;
        }
    }

    private void ensureCapacity(int capacity) {
        if (capacity > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(capacity, buffer.length * 2));
        }
    }

    /** Passes the buffered output on to {@link #out}, if there is one. */
    private void flush() {
        if (out == null || length == 0) {
            return;
        }
        Outputs.write(out, buffer, length);
        length = 0;
    }

    /** The output of a writer made for {@link #forString(Flavor)}. */
    String text() {
        return new String(buffer, 0, length);
    }
}

package io.github.portfoliosdk.render.markdown;

import io.github.portfoliosdk.model.internal.output.Outputs;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes Markdown block by block; the one place that knows Markdown's special characters. Every string
 * passed in is user text and comes out literally: escaped for its context (inline text, table cell, HTML
 * attribute, Mermaid label); only URLs that {@link io.github.portfoliosdk.model.LinkPolicy#isLink(String)} accepts
 * become links (images only http(s) ones), and never raw HTML.
 * <p>Blocks are opened with a {@code start…} method (or written whole, as {@link #paragraph(String)}),
 * filled with inline calls ({@link #text(String)}, {@link #strong(String)}, {@link #link(String, String)}) and
 * closed with {@link #end()}; blank lines, block-quote markers and list indentation are written for you.
 * Consecutive list items of the same kind form one list. Output reaches the {@link Appendable} at the end of
 * each line (and in {@link #finish()}). Every writing method returns this writer, so calls chain as
 * {@code HtmlWriter}'s do. Mermaid flowcharts, GitHub's HTML elements and URLs are handled by package-private helpers
 * beside this class; there is no way to write raw Markdown. Not thread-safe: one writer per rendering.
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
    /** ASCII characters that mean nothing to Markdown in running text; the rest are backslash-escaped or encoded. */
    private static final boolean[] PLAIN = new boolean[128];
    /**
     * For every {@code char}, whether it can be written as it is in running text ({@link #PLAIN}, the space and all
     * beyond ASCII): a scan of user text is one look-up per character, measured faster than the comparisons.
     */
    private static final boolean[] PLAIN_IN_TEXT = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c = 0x21; c < 0x7f; c++) {
            PLAIN[c] = "\\`*_[]<>|~$&#".indexOf(c) < 0;
        }
        for (char c = 0; c < 128; c++) {
            PLAIN_IN_TEXT[c] = c == ' ' || PLAIN[c];
        }
        Arrays.fill(PLAIN_IN_TEXT, 128, PLAIN_IN_TEXT.length, true);
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
    private final GithubHtml github = new GithubHtml(this);
    private final MermaidFlowchart flowchart = new MermaidFlowchart(this);
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
    public MarkdownWriter heading(int level, String text) {
        startHeading(level);
        text(text);
        end();
        return this;
    }

    /** Starts an ATX heading of this level (1 to 6); fill it with inline calls and {@link #end()} it. */
    public MarkdownWriter startHeading(int level) {
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
        return this;
    }

    /** Writes a paragraph of this text; nothing when it is null or empty. */
    public MarkdownWriter paragraph(String text) {
        if (text == null || text.isEmpty()) {
            return this;
        }
        startParagraph();
        text(text);
        end();
        return this;
    }

    /** Starts a paragraph; line breaks in its text become hard line breaks. */
    public MarkdownWriter startParagraph() {
        openBlock(ListKind.NONE);
        writePrefix();
        mode = Mode.PARAGRAPH;
        contentStart = true;
        return this;
    }

    /** Starts an item of a bullet list ({@code - }); its text may span lines, which stay inside the item. */
    public MarkdownWriter startBulletItem() {
        startItem(ListKind.BULLET, "- ");
        return this;
    }

    /** Starts an item of an ordered list with this number ({@code 1. }). */
    public MarkdownWriter startOrderedItem(int number) {
        if (number < 0 || number > 999_999_999) {
            throw new IllegalArgumentException("list number " + number + " is not between 0 and 999999999");
        }
        startItem(ListKind.ORDERED, number + ". ");
        return this;
    }

    /** Writes a bullet list item of this text. */
    public MarkdownWriter bulletItem(String text) {
        startBulletItem();
        text(text);
        end();
        return this;
    }

    /** Ends the current list, so that the next item starts a new one. */
    public MarkdownWriter endList() {
        requireNoInline();
        if (list != ListKind.NONE) {
            endedList = list;
        }
        list = ListKind.NONE;
        return this;
    }

    /** Ends the open heading, paragraph or list item. */
    public MarkdownWriter end() {
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
        return this;
    }

    /** Starts a block quote; the blocks written until {@link #endQuote()} are quoted. */
    public MarkdownWriter startQuote() {
        openBlock(ListKind.NONE);
        push("> ");
        blankPending = false;
        return this;
    }

    /** Starts a GitHub alert ({@code > [!NOTE]}); in CommonMark flavour, a plain block quote. End with {@link #endQuote()}. */
    public MarkdownWriter startAlert(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        startQuote();
        if (flavor == Flavor.GITHUB) {
            writePrefix();
            write("[!");
            write(alert.name());
            write(']');
            newLine();
        }
        return this;
    }

    /** Ends the block quote or alert started last. */
    public MarkdownWriter endQuote() {
        requireNoInline();
        if (depth == 0 || !isQuoteOnTop()) {
            throw new IllegalStateException("no block quote is open");
        }
        pop();
        list = ListKind.NONE;
        blankPending = true;
        return this;
    }

    /**
     * Writes a GFM table: a header row and body rows with as many cells each. Cell text is escaped
     * ({@code |} included); a line break becomes {@code <br>} in GitHub flavour and a space in CommonMark.
     *
     * @param centered whether the columns are centred rather than left-aligned
     * @throws IllegalArgumentException when the header is empty or a row has another number of cells
     */
    public MarkdownWriter table(List<String> header, List<List<String>> rows, boolean centered) {
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
        return this;
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
    public MarkdownWriter codeBlock(String info, String literal) {
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
        return this;
    }

    /** Writes a thematic break ({@code ---}). */
    public MarkdownWriter thematicBreak() {
        openBlock(ListKind.NONE);
        writePrefix();
        write("---");
        newLine();
        blankPending = true;
        return this;
    }

    // ---------------------------------------------------------------- GitHub HTML

    /**
     * Starts a collapsed {@code <details>} block whose {@code <summary>} shows the title in bold and an
     * optional note after it, both HTML-escaped; GitHub flavour only. End with {@link #endDetails()}.
     *
     * @throws IllegalStateException in CommonMark flavour, which has no HTML
     */
    public MarkdownWriter startDetails(String title, String note) {
        github.startDetails(title, note);
        return this;
    }

    /** Ends the {@code <details>} block started last. */
    public MarkdownWriter endDetails() {
        github.endDetails();
        return this;
    }

    /**
     * Writes an image floated to the right ({@code <img align="right">}) as its own block; GitHub flavour only.
     * Nothing is written when the URL is not http(s).
     *
     * @throws IllegalStateException in CommonMark flavour, which has no HTML
     */
    public MarkdownWriter floatingImage(String url, String alt, int width) {
        github.floatingImage(url, alt, width);
        return this;
    }

    /**
     * Writes a {@code <picture>} that shows one image in GitHub's light theme and another in its dark theme, as its
     * own block; GitHub flavour only. Nothing is written when either URL is not http(s).
     *
     * @throws IllegalStateException in CommonMark flavour, which has no HTML
     */
    public MarkdownWriter picture(String lightUrl, String darkUrl, String alt, int width) {
        github.picture(lightUrl, darkUrl, alt, width, false);
        return this;
    }

    /**
     * Writes a {@link #picture(String, String, String, int) picture} whose image floats to the right
     * ({@code <img align="right">}), as {@link #floatingImage(String, String, int)} does for one image; GitHub flavour
     * only. Nothing is written when either URL is not http(s).
     *
     * @throws IllegalStateException in CommonMark flavour, which has no HTML
     */
    public MarkdownWriter floatingPicture(String lightUrl, String darkUrl, String alt, int width) {
        github.picture(lightUrl, darkUrl, alt, width, true);
        return this;
    }

    // ---------------------------------------------------------------- Mermaid

    /**
     * Starts a Mermaid flowchart in a {@code ```mermaid} code block.
     *
     * @param direction {@code LR}, {@code RL}, {@code TB}, {@code TD} or {@code BT}
     */
    public MarkdownWriter startFlowchart(String direction) {
        flowchart.start(direction);
        return this;
    }

    /**
     * Writes a flowchart node with a quoted, escaped label: the name, and the caption on a second line.
     *
     * @param id the node's id, chosen by the caller, never user text: a few lower-case letters then digits ("n12")
     */
    public MarkdownWriter flowchartNode(String id, String name, String caption) {
        flowchart.node(id, name, caption);
        return this;
    }

    /** Writes an arrow between two nodes written before, with an optional quoted, escaped label. */
    public MarkdownWriter flowchartEdge(String fromId, String toId, String label) {
        flowchart.edge(fromId, toId, label);
        return this;
    }

    /** Ends the flowchart's code block. */
    public MarkdownWriter endFlowchart() {
        flowchart.end();
        return this;
    }

    // ---------------------------------------------------------------- inline

    /**
     * Writes text literally: Markdown punctuation is backslash-escaped, leading and trailing spaces kept, a
     * line break becomes a hard line break (a space in a heading); leading and trailing line breaks are dropped.
     * Null writes nothing.
     */
    public MarkdownWriter text(String text) {
        requireInline();
        if (text != null) {
            escape(text, false);
        }
        return this;
    }

    /** Writes text in bold ({@code **…**}), escaped as {@link #text(String)}; null or empty writes nothing. */
    public MarkdownWriter strong(String text) {
        requireInline();
        if (text == null || text.isEmpty()) {
            return this;
        }
        contentStart = false;
        write("**");
        escape(text, true);
        flushSpacesAsEntity();
        write("**");
        return this;
    }

    /**
     * Starts a run of inline text in another direction than the paragraph's, isolated up to {@link #endIsolate()}:
     * the user's English text after a label on a README whose labels are Arabic, which would otherwise lose its order
     * (a sentence's full stop thrown to its left). GitHub flavour writes {@code <span dir="ltr" lang="en">}; CommonMark,
     * which has no HTML, the Unicode isolate {@code U+2066} (left to right) or {@code U+2067} (right to left).
     *
     * @param rightToLeft the run's direction
     * @param language the run's BCP 47 language tag, or null to leave it unsaid
     * @throws IllegalArgumentException when the tag has other characters than letters, digits and hyphens
     */
    public MarkdownWriter startIsolate(boolean rightToLeft, String language) {
        requireInline();
        if (language != null && !language.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not a language tag: " + language);
        }
        contentStart = false;
        if (flavor == Flavor.GITHUB) {
            write("<span dir=\"" + (rightToLeft ? "rtl" : "ltr") + "\"" + (language == null ? "" : " lang=\"" + language + "\"") + ">");
        } else {
            write(rightToLeft ? '\u2067' : '\u2066');
        }
        return this;
    }

    /** Ends the run started by {@link #startIsolate(boolean, String)}. */
    public MarkdownWriter endIsolate() {
        requireInline();
        if (flavor == Flavor.GITHUB) {
            write("</span>");
        } else {
            write('\u2069');
        }
        return this;
    }

    /**
     * Writes a link; the label (or the URL when the label is blank) is escaped text. A URL that
     * {@link io.github.portfoliosdk.model.LinkPolicy#isLink(String)} does not accept writes the label as plain text.
     */
    public MarkdownWriter link(String label, String url) {
        requireInline();
        String shown = label == null || label.isBlank() ? url : label;
        String destination = MarkdownUrls.safeUrl(url, false);
        if (destination == null) {
            if (shown != null) {
                escape(shown, false);
            }
            return this;
        }
        contentStart = false;
        write('[');
        escape(shown, false);
        write("](");
        write(destination);
        write(')');
        return this;
    }

    /** Writes an image ({@code ![alt](url)}) with escaped alt text; nothing when the URL is not http(s). */
    public MarkdownWriter image(String alt, String url) {
        requireInline();
        String destination = MarkdownUrls.safeUrl(url, true);
        if (destination == null) {
            return this;
        }
        contentStart = false;
        write("![");
        escape(alt == null ? "" : alt, false);
        write("](");
        write(destination);
        write(')');
        return this;
    }

    /** Writes a hard line break in a paragraph or list item. */
    public MarkdownWriter lineBreak() {
        if (mode != Mode.PARAGRAPH) {
            throw new IllegalStateException("a line break needs an open paragraph or list item");
        }
        breakLine();
        return this;
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
        if (flowchart.isOpen()) {
            throw new IllegalStateException("a flowchart was not ended");
        }
        if (depth != 0) {
            throw new IllegalStateException("a block quote was not ended");
        }
        if (github.detailsOpen()) {
            throw new IllegalStateException("a <details> block was not ended");
        }
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
        while (end < limit && PLAIN_IN_TEXT[s.charAt(end)]) {
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

    /** Opens a block of the writer's own (HTML, a flowchart) after a blank line when one is due. */
    void openBlock() {
        openBlock(ListKind.NONE);
    }

    private void openBlock(ListKind kind) {
        requireNoInline();
        if (flowchart.isOpen()) {
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

    /** Refuses HTML ({@code what}) in CommonMark flavour. */
    void requireGithub(String what) {
        if (flavor != Flavor.GITHUB) {
            throw new IllegalStateException(what + " is HTML, which " + flavor + " flavour does not allow");
        }
    }

    /** Writes the quote and list prefix when at the start of a line. */
    void writePrefix() {
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

    /** Ends the line. */
    void newLine() {
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

    /** Makes the next block start after a blank line. */
    void blankLineNext() {
        blankPending = true;
    }

    void write(char c) {
        if (pendingSpaces > 0 || length == buffer.length) {
            makeRoom(1);
        }
        buffer[length++] = c;
    }

    void write(String s) {
        write(s, 0, s.length());
    }

    void write(String s, int from, int to) {
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

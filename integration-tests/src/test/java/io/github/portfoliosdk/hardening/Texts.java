package io.github.portfoliosdk.hardening;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the text that goes into every text field of a generated portfolio: words, every script (right-to-left,
 * CJK, emoji with surrogate pairs and joiners, combining marks), markup and syntax that means something in HTML,
 * Markdown, Mermaid, YAML, JSON and templates, and the valid whitespace (line feed, tab). Every string it returns is
 * valid {@code @CleanText}: no control characters but line feed and tab, and no unpaired surrogates.
 */
final class Texts {

    /** Plain words, so that most text reads like a portfolio. */
    static final List<String> WORDS = List.of(
            "Backend", "engineer", "Django", "REST", "APIs", "Chennai", "scalable", "systems", "PostgreSQL", "Redis",
            "shipped", "200K+", "users", "99.9%", "uptime", "C#", "C++", "Node.js", "a", "I", "2+", "v1.0");

    /** Samples of scripts from all over Unicode, including right-to-left ones and characters outside the BMP. */
    static final List<String> SCRIPTS = List.of(
            "Łódź Ærøskøbing", "Ελληνικά", "Русский текст", "Հայերեն", "עברית", "العربية", "اردو", "ފާރިސީ",
            "हिन्दी", "বাংলা", "தமிழ்", "తెలుగు", "ไทย", "ລາວ", "ქართული", "한국어", "中文字符", "日本語のテキスト",
            "カタカナ", "ᐃᓄᒃᑎᑐᑦ", "አማርኛ", "བོད་ཡིག", "ᠮᠣᠩᠭᠣᠯ", "𐌰𐌱𐌲", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎𠜱𠝹", "ß ẞ ǅ",
            "😀", "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇮🇳🇸🇬", "👍🏽", "❤️", "Z̴͉a̷l̵g̶o", "e\u0301", "\u0915\u094D\u0937",
            "א\u05B0ב", "ﷺ", "﷽");

    /** Invisible and layout characters that are not control characters, so the model accepts them. */
    static final List<String> INVISIBLE = List.of(
            "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
            "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "\u00AD", "\u00A0", "\u2003", "\u3000", "\u2028",
            "\u2029", "\uFEFF", "\u2060", "\uFFFC", "\uFFFD");

    /** Text that is markup, syntax or an attack somewhere: HTML, Markdown, Mermaid, YAML, JSON, templates. */
    static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>", "</script>", "<script", "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "javascript:alert(1)",
            "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "<!--", "-->", "<![CDATA[x]]>", "]]>",
            "<style>*{}</style>", "<iframe src=//x>", "<b>bold</b>", "&amp;", "&lt;", "&#60;", "&#x3C;", "&nbsp;",
            "&", "<", ">", "\"", "'", "`", "``", "```", "~~~", "\\", "\\\\", "*", "**", "_", "__", "*_[]()#|",
            "[link](javascript:alert(1))", "[x]: https://example.com", "![img](https://example.com/x.png)",
            "<https://example.com>", "https://example.com/auto", "www.example.com", "foo@example.com",
            "~~strike~~", "| a | b |", "|---|", "---", "===", "***", "- [ ] task", "@mention", "#123", ":smile:",
            "{{7*7}}", "{{", "}}", "${7*7}", "#{7*7}", "<%= 7*7 %>", "%%", "%%{init: {'theme':'dark'}}%%",
            "-->|x|", "[(x)]", "((x))", "{x}", "A-->B", "end", "subgraph", "click A call alert()", "#quot;",
            "${jndi:ldap://example.com/a}", "!!java.lang.ProcessBuilder", "&anchor", "*alias", "? key", ": value",
            " #comment", "key: value", "%YAML 1.2", "...", "~", "null", "true", "no", "off", "0x1F", "0777",
            "1e3", ".inf", "-.NaN", "2024-01-01", "12:30:00", "\"quoted\"", "'single'", "{\"json\": [1, 2]}",
            "\\u0000", "\\n", "%s %d %n", "%00", "..\\..\\etc\\passwd", "../../etc/passwd", "' OR '1'='1",
            "Robert'); DROP TABLE students;--", "\u0060\u0060\u0060mermaid");

    /** Text that changes the meaning of a Markdown line when it comes first. */
    static final List<String> LINE_STARTS = List.of(
            "- ", "* ", "+ ", "1. ", "1) ", "> ", "# ", "###### ", "    ", "\t", "```", "~~~", "<div>", "<!-- ",
            "| ", "=== ", "--- ", "[^1]: ", "[ref]: ", "2. ", "10) ", ">>", "#hashtag", "-", "1.");

    /** The whitespace the model allows: space, tab and line feed, alone and in runs. */
    static final List<String> WHITESPACE = List.of(" ", "  ", "\t", "\n", "\n\n", " \n ", "\t\t", "\n\n\n", "   \n");

    private final SplittableRandom random;

    Texts(SplittableRandom random) {
        this.random = random;
    }

    /**
     * A text of one to six pieces, from any category, possibly with leading or trailing whitespace; sometimes exactly
     * one piece of markup, as a whole value ("~", "null", "0777") means something else in YAML than inside a text.
     */
    String text() {
        if (random.nextInt(12) == 0) {
            return pick(MARKUP);
        }
        StringBuilder text = new StringBuilder();
        if (random.nextInt(6) == 0) {
            text.append(pick(LINE_STARTS));
        }
        int pieces = 1 + random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            text.append(piece());
            if (random.nextInt(3) > 0) {
                text.append(random.nextInt(5) == 0 ? pick(WHITESPACE) : " ");
            }
        }
        return text.toString();
    }

    /** A text that is not blank by the model's rule ({@link String#isBlank()}): something but whitespace in it. */
    String nonBlank() {
        String text = text();
        return text.isBlank() ? text + pick(WORDS) : text;
    }

    /** A short word or phrase, as an id-like or label-like value. */
    String shortText() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(WORDS);
            case 1 -> pick(MARKUP);
            case 2 -> pick(SCRIPTS);
            default -> pick(WORDS) + pick(INVISIBLE) + pick(SCRIPTS);
        };
    }

    private String piece() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> pick(WORDS);
            case 3, 4 -> pick(SCRIPTS);
            case 5, 6 -> pick(MARKUP);
            case 7 -> pick(INVISIBLE);
            case 8 -> pick(WHITESPACE);
            default -> anyCodePoints();
        };
    }

    /** One to four code points from anywhere in Unicode but the control characters and lone surrogates. */
    private String anyCodePoints() {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(4);
        while (count > 0) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x20, 0x110000) : random.nextInt(0x20, 0x3000);
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
                continue;
            }
            text.appendCodePoint(codePoint);
            count--;
        }
        return text.toString();
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}

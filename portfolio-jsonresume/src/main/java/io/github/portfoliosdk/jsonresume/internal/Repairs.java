package io.github.portfoliosdk.jsonresume.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lenient import makes of the values people write where JSON Resume wants something stricter: dates
 * such as {@code May 2019} or {@code Present}, URLs without a scheme. Pure functions; the same rules tell, on
 * export, whether a kept original is the form of the value the model writes.
 */
public final class Repairs {

    /** The words for "still going" in the end date of a current role, in the languages resumes are often in. */
    private static final Set<String> OPEN_END = Set.of("present", "current", "currently", "now", "today", "ongoing",
            "till date", "to date", "till now", "until now", "actual", "actualidad", "actualmente", "presente", "atual",
            "atualmente", "heute", "aktuell", "jetzt", "bis heute", "en cours", "présent", "aujourd'hui", "maintenant",
            "attuale", "oggi", "in corso", "heden", "nu", "huidig", "obecnie", "nadal", "н.в.", "настоящее время",
            "сейчас", "至今", "现在", "今", "現在", "present day");

    private static final Map<String, Integer> MONTHS = months();

    private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})(?:[T ]\\d{2}:\\d{2}|\\s+//).*");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern NAMED_MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?[,'/\\s-]*(\\d{4})");
    private static final Pattern DAY_NAMED_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern NAMED_MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("(.*\\d)[-/.]+");
    /** Words around one year, and no other digit: a season ("Spring 2025"), "early 2019", "2019 (expected)". */
    private static final Pattern WORDS_AND_YEAR = Pattern.compile("[^\\d]*?\\b((?:19|20)\\d{2})\\b[^\\d]*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern YEAR_NAMED_MONTH = Pattern.compile("(\\d{4})[,'/.\\s-]*(\\p{L}+)\\.?");
    private static final Pattern SLASHED_DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DATE_AND_NOTE = Pattern.compile("(.*?\\d)\\s*([（(].*[)）])");
    private static final Pattern ISO = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
    private static final Pattern HOST_FIRST = Pattern.compile("(?:www\\.)?[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)+(?::\\d+)?(?:[/?#].*)?",
            Pattern.DOTALL);

    /** A relative file name such as {@code me.jpg}, which is not a host. */
    private static final Pattern FILE_NAME = Pattern.compile("[^/]+\\.(?i:jpe?g|png|gif|svg|webp|avif|pdf|html?|json|md|txt)");

    private Repairs() {
    }

    /** Whether the text says an end date is still open ("Present", "Current", "now", "heute", ...). */
    public static boolean isOpenEnd(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (OPEN_END.contains(t)) {
            return true;
        }
        for (String word : OPEN_END) {
            if (word.length() > 1 && t.startsWith(word) && !Character.isLetterOrDigit(t.codePointAt(word.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the text says "still going" ("2019 - present"), which a year alone would hide. */
    private static boolean mentionsOpenEnd(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && OPEN_END.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date read from what was written: its JSON Resume form, and what the reading did beyond rewriting the
     * form ({@code ""}, or a clause such as {@code ": the note \"(1 year)\" dropped"}).
     *
     * @param value the date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @param note what was dropped or left out, starting with {@code ": "}, or empty
     */
    public record ReadDate(String value, String note) {
    }

    /**
     * The JSON Resume form ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}) of a date written another way:
     * {@code May 2019}, {@code 2019/05}, {@code 05/2019}, {@code 12-2019}, {@code 2019.05}, {@code 2019-5},
     * {@code 2017-12-24T15:53:00}, {@code 2019-12-01 // a note}, {@code Mar-2022}, {@code 3 May 2019},
     * {@code May 3, 2019}, {@code 2020-JUL}, {@code 25/12/2020}, {@code 2015-03 (1.5 years)}; a day that does not
     * exist ({@code 2020-06-00}) is dropped. Empty when it is none of these.
     */
    public static Optional<String> date(String text) {
        return readDate(text).map(ReadDate::value);
    }

    /** Like {@link #date(String)}, with what the reading dropped or left out. */
    public static Optional<ReadDate> readDate(String text) {
        Matcher m = DATE_AND_NOTE.matcher(text.strip());
        if (m.matches()) {
            String note = ": the note " + quote(m.group(2)) + " dropped";
            String leading = m.group(1);
            Optional<ReadDate> read = ISO.matcher(leading).matches() ? Optional.of(new ReadDate(leading, "")) : readDate(leading);
            return read.map(d -> withoutImpossibleDay(new ReadDate(d.value(), d.note() + note)));
        }
        return form(text).map(Repairs::withoutImpossibleDay);
    }

    private static Optional<ReadDate> form(String text) {
        String t = text.strip();
        Matcher m;
        if ((m = TRAILING_SEPARATOR.matcher(t)).matches()) {
            return form(m.group(1));
        }
        if ((m = ISO_DATE_TIME.matcher(t)).matches()) {
            return form(m.group(1));
        }
        if ((m = YEAR_MONTH_DAY.matcher(t)).matches()) {
            return read(m.group(1) + "-" + two(m.group(2)) + "-" + two(m.group(3)));
        }
        if ((m = YEAR_MONTH.matcher(t)).matches()) {
            return read(m.group(1) + "-" + two(m.group(2)));
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            return read(m.group(2) + "-" + two(m.group(1)));
        }
        if ((m = SLASHED_DAY_MONTH_YEAR.matcher(t)).matches()) {
            return dayMonthOrMonthDay(m.group(1), m.group(2), m.group(3));
        }
        if ((m = NAMED_MONTH_YEAR.matcher(t)).matches() && month(m.group(1)) > 0) {
            return read(m.group(2) + "-" + two(String.valueOf(month(m.group(1)))));
        }
        if ((m = YEAR_NAMED_MONTH.matcher(t)).matches() && month(m.group(2)) > 0) {
            return read(m.group(1) + "-" + two(String.valueOf(month(m.group(2)))));
        }
        if ((m = DAY_NAMED_MONTH_YEAR.matcher(t)).matches() && month(m.group(2)) > 0) {
            return read(m.group(3) + "-" + two(String.valueOf(month(m.group(2)))) + "-" + two(m.group(1)));
        }
        if ((m = NAMED_MONTH_DAY_YEAR.matcher(t)).matches() && month(m.group(1)) > 0) {
            return read(m.group(3) + "-" + two(String.valueOf(month(m.group(1)))) + "-" + two(m.group(2)));
        }
        if (!t.equals(text) && YEAR.matcher(t).matches()) {
            return read(t);
        }
        if ((m = WORDS_AND_YEAR.matcher(t)).matches() && !mentionsOpenEnd(t)) {
            return Optional.of(new ReadDate(m.group(1), ": only the year could be read, so the date is shown as " + m.group(1)));
        }
        return Optional.empty();
    }

    /** {@code DD/MM/YYYY} or {@code MM/DD/YYYY}: certain when one number cannot be a month, else the year only. */
    private static Optional<ReadDate> dayMonthOrMonthDay(String first, String second, String year) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        if (a > 12 && b >= 1 && b <= 12) {
            return Optional.of(new ReadDate(year + "-" + two(second) + "-" + two(first), ": day/month/year, as " + a + " is no month"));
        }
        if (b > 12 && a >= 1 && a <= 12) {
            return Optional.of(new ReadDate(year + "-" + two(first) + "-" + two(second), ": month/day/year, as " + b + " is no month"));
        }
        if (a >= 1 && a <= 12 && b >= 1 && b <= 12) {
            return Optional.of(new ReadDate(year, ": " + first + "/" + second + " may be day/month or month/day, so only the year is kept"));
        }
        return Optional.empty();
    }

    /** The date at month precision when its day does not exist in its month ({@code 2020-06-00}, {@code 2024-09-31}). */
    private static ReadDate withoutImpossibleDay(ReadDate date) {
        String v = date.value();
        if (v.length() != 10) {
            return date;
        }
        int month = Integer.parseInt(v.substring(5, 7));
        int day = Integer.parseInt(v.substring(8));
        if (month < 1 || month > 12 || YearMonth.of(Integer.parseInt(v.substring(0, 4)), month).isValidDay(day)) {
            return date;
        }
        String yearMonth = v.substring(0, 7);
        return new ReadDate(yearMonth, date.note() + ": the day was dropped, " + yearMonth + " has no day " + v.substring(8));
    }

    private static Optional<ReadDate> read(String value) {
        return Optional.of(new ReadDate(value, ""));
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    /**
     * The absolute URL meant by one written without a scheme ({@code www.example.com}, {@code github.com/me},
     * {@code //example.com}) or with spaces around it: https, since that is what browsers try first. Empty when
     * the text is not of that kind.
     */
    public static Optional<String> url(String text) {
        String t = text.strip();
        if (t.startsWith("//") && HOST_FIRST.matcher(t.substring(2)).matches()) {
            return Optional.of("https:" + t);
        }
        if (HOST_FIRST.matcher(t).matches() && !t.contains(" ") && !t.contains("@") && !FILE_NAME.matcher(t).matches()) {
            return Optional.of("https://" + t);
        }
        return t.equals(text) || t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** The text with each line break written as CR LF or CR written as LF. */
    public static String lineFeeds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Whether the text holds no letter and no digit ("----", "-"): a placeholder for a value not given. */
    public static boolean isPlaceholder(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Whether a lenient import reads this original text as the written text: a date, URL or open end repaired, or the same text in other case. */
    public static boolean readsAs(String original, String written) {
        return original.equalsIgnoreCase(written) || lineFeeds(original).equals(written)
                || date(original).filter(written::equals).isPresent()
                || url(original).filter(written::equals).isPresent();
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static String two(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }

    private static Map<String, Integer> months() {
        List<List<String>> names = List.of(
                List.of("january", "jan", "januar", "janvier", "enero", "ene", "janeiro", "gennaio", "januari", "jänner"),
                List.of("february", "feb", "februar", "février", "fevrier", "febrero", "fevereiro", "fev", "febbraio", "februari"),
                List.of("march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart"),
                List.of("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
                List.of("may", "mai", "mayo", "maio", "maggio", "mei"),
                List.of("june", "jun", "juni", "juin", "junio", "junho", "giugno"),
                List.of("july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio"),
                List.of("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
                List.of("september", "sep", "sept", "septembre", "septiembre", "setembro", "set", "settembre"),
                List.of("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott"),
                List.of("november", "nov", "novembre", "noviembre", "novembro"),
                List.of("december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dic", "dezembro", "dicembre"));
        java.util.HashMap<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (String name : names.get(i)) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }
}

package io.github.portfoliosdk.check.internal;

import io.github.portfoliosdk.check.Finding;
import io.github.portfoliosdk.check.Location;
import io.github.portfoliosdk.check.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds month dates and the form each is written in; a CV whose dates take more than one form ("02/2021" beside
 * "Mar 2022") is reported at each date of the less common forms, since parsers read one form per CV best.
 */
final class Dates {

    private enum Form {
        NAME("month name and year, like \"Mar 2022\""),
        NUMERIC("month/year, like \"03/2022\""),
        ISO("year-month, like \"2022-03\""),
        FULL("day.month.year, like \"01.03.2022\"");

        private final String description;

        Form(String description) {
            this.description = description;
        }
    }

    private static final Map<Form, Pattern> PATTERNS = patterns();

    private Dates() {
    }

    private record Found(Form form, String text, Line line) {
    }

    static List<Finding> find(List<List<Line>> pages) {
        List<Found> found = new ArrayList<>();
        for (List<Line> lines : pages) {
            for (Line line : lines) {
                String text = line.text().toLowerCase(java.util.Locale.ROOT);
                for (Map.Entry<Form, Pattern> pattern : PATTERNS.entrySet()) {
                    Matcher matcher = pattern.getValue().matcher(text);
                    while (matcher.find()) {
                        found.add(new Found(pattern.getKey(), line.text().substring(matcher.start(), matcher.end()), line));
                    }
                }
            }
        }
        Map<Form, Integer> counts = new LinkedHashMap<>();
        found.forEach(f -> counts.merge(f.form(), 1, Integer::sum));
        List<Finding> findings = new ArrayList<>();
        if (counts.size() < 2) {
            return findings;
        }
        Form usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (Found f : found) {
            if (f.form() != usual) {
                findings.add(new Finding(Rule.MIXED_DATES, Location.of(f.line().page(), f.line().x(), f.line().y()),
                        "the date \"" + f.text() + "\" is written as " + f.form().description + ", but most dates "
                                + "of the CV as " + usual.description + ": write every date in one form"));
            }
        }
        return findings;
    }

    private static Map<Form, Pattern> patterns() {
        Map<Form, Pattern> patterns = new LinkedHashMap<>();
        patterns.put(Form.NAME, Pattern.compile("(?<![\\p{L}])(" + Months.alternation() + ")\\.?\\s+(19|20)\\d\\d\\b"));
        patterns.put(Form.FULL, Pattern.compile("\\b\\d{1,2}[./]\\d{1,2}[./](19|20)\\d\\d\\b"));
        patterns.put(Form.NUMERIC, Pattern.compile("(?<![\\d./])(0?[1-9]|1[0-2])[./](19|20)\\d\\d\\b"));
        patterns.put(Form.ISO, Pattern.compile("\\b(19|20)\\d\\d-(0[1-9]|1[0-2])\\b(?!-\\d)"));
        return patterns;
    }
}

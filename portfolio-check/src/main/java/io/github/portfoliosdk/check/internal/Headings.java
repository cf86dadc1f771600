package io.github.portfoliosdk.check.internal;

import io.github.portfoliosdk.check.Finding;
import io.github.portfoliosdk.check.Location;
import io.github.portfoliosdk.check.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the section headings (short lines set larger than the body text, at the size most such lines share; the
 * name at the top is larger still) and reports those in which no word is one parsers take for a CV section
 * ({@code section-words.txt}).
 */
final class Headings {

    private static final List<String> WORDS = load();

    private Headings() {
    }

    static List<Finding> find(List<List<Line>> pages) {
        List<Line> all = new ArrayList<>();
        pages.forEach(all::addAll);
        float body = bodySize(all);
        Map<Float, List<Line>> bySize = new TreeMap<>();
        int first = afterTitle(pages.isEmpty() ? List.of() : pages.get(0), body);
        for (Line line : all.subList(first, all.size())) {
            if (line.size() >= body * 1.15f && isHeadingLike(line.text())) {
                bySize.computeIfAbsent(Math.round(line.size() * 2) / 2f, k -> new ArrayList<>()).add(line);
            }
        }
        List<Line> sections = List.of();
        for (List<Line> lines : bySize.values()) {
            if (lines.size() >= 2 && lines.size() >= sections.size()) {
                sections = lines;
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Line heading : sections) {
            if (!recognised(heading.text())) {
                findings.add(new Finding(Rule.UNKNOWN_HEADING, Location.of(heading.page(), heading.x(), heading.y()),
                        "the heading \"" + heading.text() + "\" is not a section name parsers know (such as "
                                + "Experience, Education, Skills, Projects): its content may be filed under the "
                                + "section before it"));
            }
        }
        return findings;
    }

    /** Whether a word of the heading starts with a section word, or the heading holds a section phrase. */
    static boolean recognised(String heading) {
        String folded = heading.toLowerCase(Locale.ROOT).replace('’', '\'');
        String[] words = folded.split("[^\\p{L}\\p{M}']+");
        for (String word : WORDS) {
            if (word.contains(" ") || word.codePoints().anyMatch(Headings::unspaced)) {
                if (folded.contains(word)) {
                    return true;
                }
                continue;
            }
            for (String w : words) {
                if (w.startsWith(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a character is of a script written without spaces between words (Han, Kana), where a word is found in place. */
    private static boolean unspaced(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * The index of the first line after the CV's title block: the name (the largest text of page 1) and the large
     * lines right below it (a headline), which are not section headings.
     */
    private static int afterTitle(List<Line> first, float body) {
        int name = -1;
        for (int i = 0; i < first.size(); i++) {
            if (name < 0 || first.get(i).size() > first.get(name).size()) {
                name = i;
            }
        }
        if (name < 0) {
            return 0;
        }
        int next = name + 1;
        while (next < first.size() && first.get(next).size() >= body * 1.15f) {
            next++;
        }
        return next;
    }

    private static boolean isHeadingLike(String text) {
        int words = text.split("\\s+").length;
        return words <= 6 && text.chars().anyMatch(Character::isLetter) && !text.endsWith(".") && !text.endsWith(",");
    }

    /** The font size most characters have. */
    private static float bodySize(List<Line> lines) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            counts.merge(Math.round(line.size() * 2) / 2f, line.text().length(), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    private static List<String> load() {
        List<String> words = new ArrayList<>();
        try (InputStream in = Headings.class.getResourceAsStream("section-words.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String word : line.substring(line.indexOf(':') + 1).split(",")) {
                    words.add(word.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }
}

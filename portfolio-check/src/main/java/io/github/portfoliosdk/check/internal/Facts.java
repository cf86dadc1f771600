package io.github.portfoliosdk.check.internal;

import io.github.portfoliosdk.check.Finding;
import io.github.portfoliosdk.check.Location;
import io.github.portfoliosdk.check.Rule;
import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for the portfolio's facts in the extracted text: the name; each role's title, organisation and dates, in
 * the portfolio's order (work and volunteering each in their own order); each education's institution and dates;
 * the e-mail address, website and profile URLs anywhere. Reports each fact missing, out of order, or found by
 * PDFBox but not by Tika.
 */
final class Facts {

    private record Fact(String path, String value, Pattern pattern, boolean compact) {
    }

    /** What the search gave: the findings and how many facts were looked for and found in order. */
    record Result(List<Finding> findings, int facts, int found) {
    }

    private Facts() {
    }

    static Result find(Portfolio portfolio, SearchText pdfbox, String tika) {
        List<Finding> findings = new ArrayList<>();
        SearchText.Compact compact = pdfbox.compact();
        String tikaCompact = tika.replace(" ", "");
        int[] counts = new int[2];
        List<List<Fact>> person = List.of(List.of(text("person.name", portfolio.person().name())));
        List<List<Fact>> work = new ArrayList<>();
        List<List<Fact>> volunteer = new ArrayList<>();
        for (int i = 0; i < portfolio.roles().size(); i++) {
            Role role = portfolio.roles().get(i);
            String at = "roles[" + i + "].";
            List<Fact> facts = new ArrayList<>();
            addText(facts, at + "title", role.title());
            addText(facts, at + "organization.name", role.organization() == null ? null : role.organization().name());
            addPeriod(facts, at + "period", role.period());
            (role.kind() == RoleKind.VOLUNTEER ? volunteer : work).add(facts);
        }
        List<List<Fact>> education = new ArrayList<>();
        for (int i = 0; i < portfolio.education().size(); i++) {
            Education entry = portfolio.education().get(i);
            List<Fact> facts = new ArrayList<>();
            addText(facts, "education[" + i + "].institution", entry.institution());
            addPeriod(facts, "education[" + i + "].period", entry.period());
            education.add(facts);
        }
        for (List<List<Fact>> group : List.of(person, work, education, volunteer)) {
            inOrder(group, pdfbox, compact, tika, tikaCompact, findings, counts);
        }
        List<List<Fact>> anywhere = new ArrayList<>();
        Contact contact = portfolio.person().contact();
        if (contact != null) {
            addAddress(anywhere, "person.contact.email", contact.email());
            addAddress(anywhere, "person.contact.website", contact.website());
        }
        List<Profile> profiles = portfolio.person().profiles();
        for (int i = 0; i < profiles.size(); i++) {
            addAddress(anywhere, "person.profiles[" + i + "].url", profiles.get(i).url());
        }
        for (List<Fact> one : anywhere) {
            inOrder(List.of(one), pdfbox, compact, tika, tikaCompact, findings, counts);
        }
        return new Result(findings, counts[0], counts[1]);
    }

    private static void inOrder(List<List<Fact>> entries, SearchText pdfbox, SearchText.Compact compact, String tika,
            String tikaCompact, List<Finding> findings, int[] counts) {
        int anchor = 0;
        for (List<Fact> entry : entries) {
            int entryStart = Integer.MAX_VALUE;
            for (Fact fact : entry) {
                counts[0]++;
                String haystack = fact.compact() ? compact.text() : pdfbox.text();
                int from = fact.compact() ? compactIndex(compact, anchor) : anchor;
                Matcher matcher = fact.pattern().matcher(haystack);
                int at = -1;
                boolean ordered = false;
                if (matcher.find(from)) {
                    at = matcher.start();
                    ordered = true;
                } else if (matcher.find(0)) {
                    at = matcher.start();
                }
                if (at < 0) {
                    findings.add(new Finding(Rule.MISSING_FACT, Location.FILE,
                            fact.path() + " \"" + fact.value() + "\" is not in the text a parser reads"));
                    continue;
                }
                int offset = fact.compact() ? compact.offsets()[at] : at;
                Glyph glyph = pdfbox.glyphAt(offset);
                Location location = Location.of(glyph.page(), glyph.x(), glyph.y());
                if (ordered) {
                    counts[1]++;
                    entryStart = Math.min(entryStart, offset);
                } else {
                    findings.add(new Finding(Rule.FACT_ORDER, location, fact.path() + " \"" + fact.value()
                            + "\" is found only before the entry it belongs to: a parser puts it in the wrong entry"));
                }
                if (!fact.pattern().matcher(fact.compact() ? tikaCompact : tika).find()) {
                    findings.add(new Finding(Rule.EXTRACTORS_DISAGREE, location, fact.path() + " \"" + fact.value()
                            + "\" is in PDFBox's text but not in Apache Tika's"));
                }
            }
            if (entryStart != Integer.MAX_VALUE) {
                anchor = entryStart;
            }
        }
    }

    private static int compactIndex(SearchText.Compact compact, int offset) {
        int[] offsets = compact.offsets();
        for (int i = 0; i < compact.text().length(); i++) {
            if (offsets[i] >= offset) {
                return i;
            }
        }
        return compact.text().length();
    }

    private static Fact text(String path, String value) {
        return new Fact(path, value, Pattern.compile(Pattern.quote(SearchText.fold(value))), false);
    }

    private static void addText(List<Fact> facts, String path, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(text(path, value));
        }
    }

    private static void addAddress(List<List<Fact>> facts, String path, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String bare = SearchText.fold(value).replaceFirst("^(https?://|mailto:)", "").replaceFirst("/$", "")
                .replace(" ", "");
        facts.add(List.of(new Fact(path, value, Pattern.compile(Pattern.quote(bare)), true)));
    }

    private static void addPeriod(List<Fact> facts, String path, Period period) {
        if (period == null) {
            return;
        }
        addDate(facts, path + ".start", period.start());
        addDate(facts, path + ".end", period.end());
    }

    private static void addDate(List<Fact> facts, String path, PartialDate date) {
        if (date == null) {
            return;
        }
        String year = Integer.toString(date.year());
        String pattern;
        if (date.month() == 0) {
            pattern = "(?<!\\d)" + year + "(?!\\d)";
        } else {
            String names = String.join("|", Months.names(date.month()).stream().map(Pattern::quote).toList());
            String mm = String.format("%02d", date.month());
            pattern = "(?<![\\p{L}])(" + names + ")\\.?\\s*" + year + "(?!\\d)|(?<![\\d.])0?" + date.month()
                    + "[./]" + year + "(?!\\d)|" + year + "-" + mm + "(?!\\d)|" + asRendered(date);
        }
        facts.add(new Fact(path, date.toString(), Pattern.compile(pattern), false));
    }

    /**
     * The date as our renderers write it in each language they have labels for (CLDR's month and year: "fev. de 2026",
     * "2026年2月"), with any spaces between its characters (an extractor puts one where the font changes, or drops it),
     * so that a CV of ours in any of them is read; a right-to-left date also with its words the other way round, as
     * PDFBox and Tika read it in a line that starts with left-to-right text.
     */
    private static String asRendered(PartialDate date) {
        java.util.Set<String> forms = new java.util.TreeSet<>();
        for (String tag : io.github.portfoliosdk.model.Labels.bundledLocales()) {
            String form = date.format(java.util.Locale.forLanguageTag(tag)).toLowerCase(java.util.Locale.ROOT);
            forms.add(form);
            if (java.text.Bidi.requiresBidi(form.toCharArray(), 0, form.length())) {
                // drawn right to left in a line that starts left to right, "أكتوبر 2025" reads year first
                List<String> words = new ArrayList<>(List.of(form.split("\\s+")));
                java.util.Collections.reverse(words);
                forms.add(String.join(" ", words));
            }
        }
        return String.join("|", forms.stream().map(form -> form.replaceAll("\\s+", "").codePoints()
                .mapToObj(c -> Pattern.quote(Character.toString(c))).collect(java.util.stream.Collectors.joining("\\s*")))
                .toList());
    }
}

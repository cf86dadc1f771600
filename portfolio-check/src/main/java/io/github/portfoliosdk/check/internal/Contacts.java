package io.github.portfoliosdk.check.internal;

import io.github.portfoliosdk.check.Finding;
import io.github.portfoliosdk.check.Location;
import io.github.portfoliosdk.check.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses and phone numbers and where they are: parsers skip page headers and footers (the top
 * 6% and bottom 8% of a page), and cannot read contact details drawn as an image.
 */
final class Contacts {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()./-]{7,}\\d");
    static final float HEADER = 0.06f;
    static final float FOOTER = 0.92f;

    private Contacts() {
    }

    private record Found(String text, Line line, String margin) {

        boolean inMargin() {
            return margin != null;
        }
    }

    static List<Finding> find(List<Page> pages, List<List<Line>> lines) {
        List<Found> found = new ArrayList<>();
        for (Page page : pages) {
            for (Line line : lines.get(page.number() - 1)) {
                String inMargin = line.y() < page.height() * HEADER ? "header"
                        : line.y() > page.height() * FOOTER ? "footer" : null;
                collect(EMAIL.matcher(line.text()), line, inMargin, found);
                Matcher phone = PHONE.matcher(line.text());
                while (phone.find()) {
                    if (phone.group().replaceAll("\\D", "").length() >= 8 && !looksLikeDates(phone.group())) {
                        found.add(new Found(phone.group(), line, inMargin));
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (!found.isEmpty() && found.stream().allMatch(Found::inMargin)) {
            for (Found f : found) {
                findings.add(new Finding(Rule.CONTACT_PLACEMENT, Location.of(f.line().page(), f.line().x(), f.line().y()),
                        "\"" + f.text() + "\" is only in a page " + f.margin()
                                + ", which parsers skip: put the contact details in the body, under the name"));
            }
        }
        if (found.isEmpty() && pages.stream().anyMatch(p -> p.images() > 0)) {
            Page first = pages.stream().filter(p -> p.images() > 0).findFirst().orElseThrow();
            findings.add(new Finding(Rule.CONTACT_PLACEMENT, Location.page(first.number()),
                    "no e-mail address or phone number in the text, and the page has images: contact details in an"
                            + " image are invisible to parsers"));
        }
        return findings;
    }

    private static void collect(Matcher matcher, Line line, String inMargin, List<Found> found) {
        while (matcher.find()) {
            found.add(new Found(matcher.group(), line, inMargin));
        }
    }

    /** "2019 - 2023" and "03/2021 - 05/2022" are periods, not phone numbers. */
    private static boolean looksLikeDates(String text) {
        return text.matches("[\\d/.]*(19|20)\\d\\d\\s*[-–]\\s*[\\d/.]*(19|20)\\d\\d");
    }
}

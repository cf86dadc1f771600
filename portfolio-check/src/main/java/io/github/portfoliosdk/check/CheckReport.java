package io.github.portfoliosdk.check;

import java.util.List;

/**
 * What a check found in one PDF: the findings in page order, and counts that show what was looked at.
 *
 * @param pages the number of pages
 * @param characters the characters PDFBox extracted
 * @param tikaCharacters the characters Apache Tika extracted
 * @param facts the portfolio facts looked for (0 without a portfolio)
 * @param factsFound those found, in order
 * @param findings the findings, by page and position; empty when the CV is clean
 */
public record CheckReport(int pages, int characters, int tikaCharacters, int facts, int factsFound,
        List<Finding> findings) {

    /** Copies the findings. */
    public CheckReport {
        findings = List.copyOf(findings);
    }

    /** Whether nothing was found. */
    public boolean clean() {
        return findings.isEmpty();
    }

    /** The findings of one rule. */
    public List<Finding> findings(Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    /**
     * The report as lines of text: a summary line that names the file, then one line per finding.
     *
     * @param name the file's name, as the reader knows it
     */
    public String toText(String name) {
        StringBuilder text = new StringBuilder(name).append(": ");
        text.append(clean() ? "clean" : findings.size() + (findings.size() == 1 ? " finding" : " findings"));
        text.append(" (").append(pages).append(pages == 1 ? " page, " : " pages, ")
                .append(characters).append(" characters by PDFBox, ").append(tikaCharacters).append(" by Tika");
        if (facts > 0) {
            text.append("; ").append(factsFound).append(" of ").append(facts).append(" portfolio facts in order");
        }
        text.append(")\n");
        for (Finding finding : findings) {
            text.append("  ").append(finding).append('\n');
        }
        return text.toString();
    }
}

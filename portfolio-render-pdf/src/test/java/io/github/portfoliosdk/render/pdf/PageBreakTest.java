package io.github.portfoliosdk.render.pdf;

import io.github.portfoliosdk.model.Paper;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.render.pdf.TypesetLines.Line;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Page breaks read with PDFBox: no page ends with an entry's heading (or its heading and date line), and no
 * section title is the last line of a page; no entry is split leaving fewer than two of its lines on either page.
 * Checked on the showcase in both themes and papers and on a long CV whose entries of varying length put page breaks
 * in many places; the same check finds the breaks of a layout without keeps, orphans and widows.
 */
class PageBreakTest {

    @ParameterizedTest
    @EnumSource(Paper.class)
    void noPageOfTheShowcaseEndsWithAHeading(Paper paper) throws IOException {
        Portfolio showcase = Showcase.load();
        assertNoPageEndsWithAHeading(showcase, PdfRenderer.builder().paper(paper).clock(SamplePortfolios.CLOCK).build());
    }

    @ParameterizedTest
    @MethodSource("io.github.portfoliosdk.render.pdf.TypographyTest#themesAndPapers")
    void theShowcaseSplitsNoEntryLeavingALoneLineAndEndsNoPageWithAHeading(Theme theme, Paper paper) throws IOException {
        byte[] pdf = TypographyTest.typeset(Showcase.load(), theme, paper, "");

        assertThat(TypesetLines.of(pdf)).as("pages").hasSizeGreaterThanOrEqualTo(2);
        assertThat(badBreaks(pdf)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void aLongCvSplitsNoEntryLeavingALoneLineAndEndsNoPageWithAHeading(Paper paper) throws IOException {
        byte[] pdf = TypographyTest.typeset(longCv(), Theme.CLASSIC, paper, "");

        assertThat(TypesetLines.of(pdf)).as("pages").hasSizeGreaterThanOrEqualTo(4);
        assertThat(badBreaks(pdf)).isEmpty();
    }

    @Test
    void withoutKeepsOrphansAndWidowsTheLongCvBreaksBadly() throws IOException {
        byte[] pdf = TypographyTest.typeset(longCv(), Theme.CLASSIC, Paper.A4, "p, li { orphans: 1; widows: 1; }"
                + " h2, h3, .keep > .meta { page-break-after: auto; -fs-page-break-min-height: 0; }");

        assertThat(badBreaks(pdf)).isNotEmpty();
    }

    /**
     * The bad page breaks of a PDF, one sentence each: a page that ends with a heading (h2, h3: set larger than the
     * body) or with a heading and its date line, and an entry continued from one page to the next with fewer than
     * two of its lines on either.
     */
    static List<String> badBreaks(byte[] pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        for (List<Line> page : TypesetLines.of(pdf)) {
            // the foot (8pt) is no part of the flow
            pages.add(page.stream().filter(line -> line.size() > 8.5f).toList());
        }
        List<String> bad = new ArrayList<>();
        for (int p = 0; p < pages.size() - 1; p++) {
            List<Line> here = pages.get(p);
            List<Line> next = pages.get(p + 1);
            int n = here.size();
            if (isHeading(here.get(n - 1))) {
                bad.add("page " + (p + 1) + " ends with the heading '" + here.get(n - 1).text() + "'");
            } else if (n > 1 && isHeading(here.get(n - 2)) && here.get(n - 1).size() < BODY) {
                bad.add("page " + (p + 1) + " ends with the heading '" + here.get(n - 2).text() + "' and its date line");
            }
            if (next.isEmpty() || isHeading(next.get(0))) {
                continue;
            }
            int carried = 0;
            while (carried < next.size() && !isHeading(next.get(carried))) {
                carried++;
            }
            if (carried < 2) {
                bad.add("page " + (p + 2) + " starts with " + carried + " line of an entry from page " + (p + 1)
                        + ": '" + next.get(0).text() + "'");
            }
            int heading = n - 1;
            while (heading >= 0 && !isHeading(here.get(heading))) {
                heading--;
            }
            int left = n - 1 - heading;
            if (heading >= 0 && heading + 1 < n && here.get(heading + 1).size() < BODY) {
                left--;
            }
            if (heading >= 0 && left < 2) {
                bad.add("page " + (p + 1) + " ends with " + left + " line of the entry '" + here.get(heading).text()
                        + "' continued on page " + (p + 2));
            }
        }
        return bad;
    }

    private static final float BODY = 10f;

    private static boolean isHeading(Line line) {
        return line.size() > 10.2f;
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void noPageOfALongCvEndsWithAHeading(Paper paper) throws IOException {
        PdfRenderer renderer = PdfRenderer.builder().paper(paper).clock(SamplePortfolios.CLOCK)
                .sections(List.of(Section.HERO, Section.WORK, Section.PROJECTS)).build();
        int pages = assertNoPageEndsWithAHeading(longCv(), renderer);
        assertThat(pages).as("the long CV spans several page breaks").isGreaterThanOrEqualTo(4);
    }

    /** Grace Hopper's 24 roles of 1 to 4 highlights of varying length, and 12 projects. */
    private static Portfolio longCv() {
        Portfolio.Builder builder = Portfolio.builder().person(Person.builder().name("Grace Hopper").headline("Rear admiral").build());
        for (int i = 0; i < 24; i++) {
            List<String> highlights = new ArrayList<>();
            for (int h = 0; h < 1 + i % 4; h++) {
                highlights.add("Highlight " + h + " of role " + i + ": " + "compiled programs and taught machines to read. ".repeat(1 + (i + h) % 3));
            }
            builder.addRole(Role.builder()
                    .organization(Organization.named("Organization " + i))
                    .title("Role " + i)
                    .period(Period.of(PartialDate.ofYear(1950 + i), PartialDate.ofYear(1951 + i)))
                    .highlights(highlights)
                    .build());
        }
        for (int i = 0; i < 12; i++) {
            builder.addProject(Project.builder().id("p" + i).name("Project " + i)
                    .description("A project description that runs for a while. ".repeat(1 + i % 4)).build());
        }
        return builder.build();
    }

    private static int assertNoPageEndsWithAHeading(Portfolio portfolio, PdfRenderer renderer) throws IOException {
        byte[] pdf = renderer.toBytes(portfolio);
        Set<String> headings = new HashSet<>();
        for (Section section : Section.defaultOrder()) {
            headings.add(section.title());
        }
        for (Role role : portfolio.roles()) {
            headings.add(role.title() + " · " + role.organization().name());
        }
        for (Project project : portfolio.projects()) {
            headings.add(project.name());
        }
        List<List<String>> pages = PdfDocuments.pageLines(pdf);
        for (int p = 0; p < pages.size() - 1; p++) {
            List<String> lines = new ArrayList<>(pages.get(p));
            String number = (p + 1) + " / " + pages.size();
            String foot = p == 0 ? number : portfolio.person().name() + " — " + number;
            assertThat(lines).as("page %d has its number", p + 1).contains(foot);
            lines.remove(foot);
            Collections.reverse(lines);
            assertThat(headings).as("last line of page %d", p + 1).doesNotContain(lines.get(0));
            if (lines.get(0).matches("\\d{4}( – \\d{4})?.*")) {
                assertThat(headings).as("page %d ends with a heading and its date line", p + 1).doesNotContain(lines.get(1));
            }
        }
        return pages.size();
    }
}

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Page breaks read with PDFBox: no page ends with an entry's heading (or its heading and date line), and no
 * section title is the last line of a page; checked on the showcase and on a long CV whose entries of varying length
 * put page breaks in many places.
 */
class PageBreakTest {

    @ParameterizedTest
    @EnumSource(Paper.class)
    void noPageOfTheShowcaseEndsWithAHeading(Paper paper) throws IOException {
        Portfolio showcase = Showcase.load();
        assertNoPageEndsWithAHeading(showcase, PdfRenderer.builder().paper(paper).clock(SamplePortfolios.CLOCK).build());
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void noPageOfALongCvEndsWithAHeading(Paper paper) throws IOException {
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
        PdfRenderer renderer = PdfRenderer.builder().paper(paper).clock(SamplePortfolios.CLOCK)
                .sections(List.of(Section.HERO, Section.WORK, Section.PROJECTS)).build();
        int pages = assertNoPageEndsWithAHeading(builder.build(), renderer);
        assertThat(pages).as("the long CV spans several page breaks").isGreaterThanOrEqualTo(4);
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
            assertThat(lines).as("page %d has its number", p + 1).contains(number);
            lines.remove(number);
            Collections.reverse(lines);
            assertThat(headings).as("last line of page %d", p + 1).doesNotContain(lines.get(0));
            if (lines.get(0).matches("\\d{4}( – \\d{4})?.*")) {
                assertThat(headings).as("page %d ends with a heading and its date line", p + 1).doesNotContain(lines.get(1));
            }
        }
        return pages.size();
    }
}

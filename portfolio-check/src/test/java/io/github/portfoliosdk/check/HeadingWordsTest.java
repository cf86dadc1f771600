package io.github.portfoliosdk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Section headings parsers know pass; a heading of the CV's own invention, and a date in another form, do not. */
class HeadingWordsTest {

    @Test
    void aHeadingParsersDoNotKnowAndADateInAnotherFormAreReportedWhereTheyAre() throws IOException {
        CheckReport report = CvCheck.create().check(cv("My journey so far", "Since 03/2021"));

        assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.UNKNOWN_HEADING, Rule.MIXED_DATES);
        assertThat(report.findings().get(0).message()).startsWith("the heading \"My journey so far\" is not a section name");
        assertThat(report.findings().get(0).location().page()).isEqualTo(1);
        assertThat(report.findings().get(1).message())
                .startsWith("the date \"03/2021\" is written as month/year, like \"03/2022\", but most dates of the CV as"
                        + " month name and year");
    }

    @Test
    void theSameCvWithKnownHeadingsAndOneDateFormIsClean() throws IOException {
        assertThat(CvCheck.create().check(cv("Berufserfahrung", "Since Mar 2021")).findings()).isEmpty();
    }

    private static byte[] cv(String workHeading, String since) throws IOException {
        return SamplePdfs.helveticaPage((content, regular, bold) -> {
            float y = SamplePdfs.line(content, bold, 20, 60, 780, "Ada Example");
            y = SamplePdfs.line(content, regular, 10, 60, y, "ada@example.org");
            y = SamplePdfs.line(content, bold, 14, 60, y - 12, workHeading);
            y = SamplePdfs.line(content, regular, 10, 60, y, "Backend Engineer, Example GmbH, Feb 2022 - Jan 2024");
            y = SamplePdfs.line(content, regular, 10, 60, y, "Platform Engineer, Sample AG, Apr 2024 - present");
            y = SamplePdfs.line(content, regular, 10, 60, y, "Mentor at a coding school. " + since + ".");
            y = SamplePdfs.line(content, bold, 14, 60, y - 12, "Education");
            SamplePdfs.line(content, regular, 10, 60, y, "BSc Computer Science, Example University, 2018 - 2021");
        });
    }
}

package io.github.portfoliosdk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a report reads: a summary line naming the file, then one located finding per line. */
class CheckReportTest {

    @Test
    void aCleanReportIsOneLineWithWhatWasRead() {
        CheckReport report = new CheckReport(2, 4362, 4439, 13, 13, List.of());

        assertThat(report.clean()).isTrue();
        assertThat(report.toText("cv.pdf")).isEqualTo(
                "cv.pdf: clean (2 pages, 4362 characters by PDFBox, 4439 by Tika; 13 of 13 portfolio facts in order)\n");
    }

    @Test
    void eachFindingIsALineWithItsPlaceAndRule() {
        CheckReport report = new CheckReport(1, 120, 118, 0, 0, List.of(
                new Finding(Rule.FILE_SIZE, Location.FILE, "the file is 3.1 MB"),
                new Finding(Rule.READING_ORDER, Location.of(1, 201.4f, 96.6f), "two columns"),
                new Finding(Rule.NO_TEXT_LAYER, Location.page(2), "an image")));

        assertThat(report.clean()).isFalse();
        assertThat(report.findings(Rule.READING_ORDER)).hasSize(1);
        assertThat(report.toText("scan.pdf")).isEqualTo("""
                scan.pdf: 3 findings (1 page, 120 characters by PDFBox, 118 by Tika)
                  file: file-size: the file is 3.1 MB
                  page 1, 201/97 pt: reading-order: two columns
                  page 2: no-text-layer: an image
                """);
    }

    @Test
    void theFindingsAreCopied() {
        List<Finding> findings = new ArrayList<>();
        CheckReport report = new CheckReport(1, 0, 0, 0, 0, findings);
        findings.add(new Finding(Rule.FILE_SIZE, Location.FILE, "late"));

        assertThat(report.clean()).isTrue();
    }

    @Test
    void aNegativePageIsRefused() {
        assertThatThrownBy(() -> Location.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page must be 0 (the whole file) or more, not -1");
    }
}

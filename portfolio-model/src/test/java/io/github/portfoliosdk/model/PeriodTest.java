package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void anOpenEndMeansPresent() {
        Period period = Period.since(PartialDate.ofMonth(2026, 2));
        assertThat(period.isOngoing()).isTrue();
        assertThat(period.months(TODAY)).contains(10);
    }

    @Test
    void countsTheFirstAndLastMonthWhole() {
        assertThat(Period.parse("2023-10", "2025-10").months(TODAY)).contains(25);
        assertThat(Period.parse("2023-02", "2023-07").months(TODAY)).contains(6);
        assertThat(Period.year(2024).months(TODAY)).contains(12);
    }

    @Test
    void aSingleYearIsOneDate() {
        assertThat(Period.year(2024).isSingleDate()).isTrue();
        assertThat(Period.parse("2023", "2024").isSingleDate()).isFalse();
    }

    @Test
    void withoutAStartThereIsNoLength() {
        assertThat(new Period(null, PartialDate.ofYear(2020)).months(TODAY)).isEmpty();
    }
}

package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsThePrecisionGiven() {
        assertThat(PartialDate.parse("2019")).hasToString("2019");
        assertThat(PartialDate.parse("2019-07")).hasToString("2019-07");
        assertThat(PartialDate.parse("2019-07-01")).hasToString("2019-07-01");
        assertThat(PartialDate.parse("2019-07").precision()).isEqualTo(PartialDate.Precision.MONTH);
    }

    @Test
    void datesAreEqualOnlyAtTheSamePrecision() {
        assertThat(PartialDate.parse("2019-07")).isEqualTo(new PartialDate(2019, 7, 0))
                .hasSameHashCodeAs(new PartialDate(2019, 7, 0))
                .isNotEqualTo(PartialDate.parse("2019-07-01"))
                .isNotEqualTo(PartialDate.parse("2019"))
                .isNotEqualTo("2019-07");
        assertThat(java.util.Set.of(PartialDate.parse("2019"), PartialDate.parse("2019-01"), PartialDate.parse("2019-01-01")))
                .hasSize(3);
    }

    @Test
    void yearsAreThoseJsonResumeCanHold() {
        assertThat(PartialDate.parse("1000")).isEqualTo(PartialDate.ofYear(1000));
        assertThat(PartialDate.parse("2999-12-31")).isEqualTo(PartialDate.of(2999, 12, 31));
        assertThatThrownBy(() -> PartialDate.parse("0999"))
                .hasMessage("'0999' is not a real date: year 999 is not between 1000 and 2999");
        assertThatThrownBy(() -> PartialDate.parse("3000-01"))
                .hasMessage("'3000-01' is not a real date: year 3000 is not between 1000 and 2999");
    }

    @Test
    void rejectsDatesThatDoNotExist() {
        assertThatThrownBy(() -> PartialDate.parse("2020-13"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2020-13' is not a real date: month 13 is not between 1 and 12");
        assertThatThrownBy(() -> PartialDate.parse("2018-02-29"))
                .hasMessage("'2018-02-29' is not a real date: 2018-02 has no day 29");
        assertThatThrownBy(() -> PartialDate.parse("2025-00"))
                .hasMessage("'2025-00' is not a real date: month 00 does not exist");
        assertThatThrownBy(() -> PartialDate.parse("2025-01-00"))
                .hasMessage("'2025-01-00' is not a real date: day 00 does not exist");
        assertThat(PartialDate.parse("2020-02-29").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void rejectsOtherShapes() {
        assertThatThrownBy(() -> PartialDate.parse("July 2019"))
                .hasMessage("'July 2019' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> PartialDate.parse("2019-7")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coversItsWholeYearOrMonth() {
        assertThat(PartialDate.ofYear(2024).firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(PartialDate.ofYear(2024).lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PartialDate.ofMonth(2023, 2).lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void formatsForReaders() {
        assertThat(PartialDate.ofMonth(2026, 2).format(Locale.ENGLISH)).isEqualTo("Feb 2026");
        assertThat(PartialDate.ofYear(2024).format(Locale.ENGLISH)).isEqualTo("2024");
        assertThat(PartialDate.of(2026, 2, 5).format(Locale.ENGLISH)).isEqualTo("Feb 5, 2026");
        assertThat(PartialDate.ofMonth(2026, 2).format(Locale.GERMAN)).isEqualTo("Feb. 2026");
    }

    @Test
    void ordersByTheFirstDayMeant() {
        assertThat(PartialDate.ofYear(2024)).isLessThan(PartialDate.ofMonth(2024, 1)).isLessThan(PartialDate.ofMonth(2024, 2));
    }
}

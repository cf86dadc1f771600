package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.testing.SamplePortfolios;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperienceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Role job(String start, String end) {
        return Role.builder().kind(RoleKind.JOB).period(Period.parse(start, end)).build();
    }

    @Test
    void countsJobsOnlyNotInternshipsOrVolunteering() {
        Role internship = job("2023-02", "2023-07").toBuilder().kind(RoleKind.INTERNSHIP).build();
        Role volunteering = job("2015", "2020").toBuilder().kind(RoleKind.VOLUNTEER).build();
        assertThat(Experience.of(List.of(job("2023-10", "2025-10"), internship, volunteering), TODAY).months())
                .isEqualTo(25);
    }

    @Test
    void theSeedsRolesMakeTwoPlusYears() {
        Experience experience = Experience.of(List.of(job("2026-02", null), job("2023-10", "2025-10")), TODAY);
        assertThat(experience.months()).isEqualTo(35);
        assertThat(experience.yearsLabel()).isEqualTo("2+");
    }

    @Test
    void overlappingJobsCountOnce() {
        assertThat(Experience.of(List.of(job("2020-01", "2020-12"), job("2020-06", "2021-05")), TODAY).months())
                .isEqualTo(17);
    }

    @Test
    void usesTheInjectedClock() {
        assertThat(Experience.of(SamplePortfolios.full(), SamplePortfolios.CLOCK).months()).isEqualTo(10);
    }

    @Test
    void labelsUnderTwoYearsWithoutPlus() {
        assertThat(new Experience(11).yearsLabel()).isEqualTo("0");
        assertThat(new Experience(23).yearsLabel()).isEqualTo("1");
        assertThat(new Experience(24).yearsLabel()).isEqualTo("2+");
    }
}

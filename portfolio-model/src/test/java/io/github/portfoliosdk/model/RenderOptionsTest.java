package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenderOptionsTest {

    @Test
    void theDefaultsAreEnglishTheWholePortfolioAndEachFormatsOwnLooks() {
        RenderOptions defaults = RenderOptions.defaults();

        assertThat(defaults.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(defaults.tags()).isEmpty();
        assertThat(defaults.theme()).isEmpty();
        assertThat(defaults.paper()).isEmpty();
        assertThat(defaults.sections()).isEmpty();
        assertThat(defaults.clock()).isEqualTo(Clock.systemUTC());
    }

    @Test
    void aBuilderFromOptionsChangesOnlyWhatItIsTold() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        RenderOptions german = RenderOptions.builder().locale(Locale.GERMAN).tags(Set.of("backend")).theme(Theme.CLASSIC)
                .paper(Paper.LETTER).sections(List.of(Section.WORK, Section.PROJECTS)).clock(clock).build();

        RenderOptions a4 = german.toBuilder().paper(Paper.A4).build();

        assertThat(a4.paper()).contains(Paper.A4);
        assertThat(a4.locale()).isEqualTo(Locale.GERMAN);
        assertThat(a4.tags()).containsExactly("backend");
        assertThat(a4.theme()).contains(Theme.CLASSIC);
        assertThat(a4.sections()).contains(List.of(Section.WORK, Section.PROJECTS));
        assertThat(a4.clock()).isEqualTo(clock);
        assertThat(german.paper()).contains(Paper.LETTER);
    }

    @Test
    void namesAreReadIgnoringCaseAndAMistakeNamesWhatThereIs() {
        assertThat(RenderOptions.parseTheme("Classic")).isEqualTo(Theme.CLASSIC);
        assertThat(RenderOptions.parsePaper("LETTER")).isEqualTo(Paper.LETTER);
        assertThat(RenderOptions.parseSection("System-Design")).isEqualTo(Section.SYSTEM_DESIGN);
        assertThat(RenderOptions.parseSection("talks")).isEqualTo(Section.custom("talks", "talks"));
        assertThat(RenderOptions.parseLocale("pt-BR")).isEqualTo(Locale.forLanguageTag("pt-BR"));

        assertThatThrownBy(() -> RenderOptions.parseTheme("neon"))
                .hasMessage("'neon' is not a theme; themes are terminal, classic");
        assertThatThrownBy(() -> RenderOptions.parsePaper("a3"))
                .hasMessage("'a3' is not a paper size; sizes are a4, letter");
        assertThatThrownBy(() -> RenderOptions.parseSection("my hobbies"))
                .hasMessageStartingWith("'my hobbies' is not a section; sections are hero, about, work, projects,")
                .hasMessageEndingWith(", or the id of a custom section");
        assertThatThrownBy(() -> RenderOptions.parseLocale("german"))
                .hasMessageStartingWith("'german' is not a language code");
    }

    @Test
    void aListOfSectionsKeepsItsOrderAndNamesEachSectionOnce() {
        assertThat(RenderOptions.parseSections("projects, work")).containsExactly(Section.PROJECTS, Section.WORK);

        assertThatThrownBy(() -> RenderOptions.parseSections("work,projects,work"))
                .hasMessage("a section is named more than once: work,projects,work");
        assertThatThrownBy(() -> RenderOptions.parseSections("work,,projects"))
                .hasMessageStartingWith("'' is not a section");
        assertThatThrownBy(() -> RenderOptions.builder().sections(List.of()))
                .hasMessage("at least one section is needed");
    }

    @Test
    void tagsAreCommaSeparatedWithoutBlanks() {
        assertThat(RenderOptions.parseTags(" backend, python,,")).containsExactly("backend", "python");
        assertThat(RenderOptions.parseTags("")).isEmpty();
    }

    @Test
    void aTimestampIsSecondsSince1970OrAnIsoDateTime() {
        Instant noon = Instant.parse("2026-11-25T12:00:00Z");

        assertThat(RenderOptions.parseClock("1795608000").instant()).isEqualTo(noon);
        assertThat(RenderOptions.parseClock(" 2026-11-25T14:00:00+02:00 ").instant()).isEqualTo(noon);
        assertThat(RenderOptions.parseClock(null)).isEqualTo(Clock.systemUTC());
        assertThat(RenderOptions.parseClock(" ")).isEqualTo(Clock.systemUTC());
        assertThatThrownBy(() -> RenderOptions.parseClock("last tuesday"))
                .hasMessage("'last tuesday' is neither seconds since 1970 nor an ISO-8601 date-time such as 2026-11-25T00:00:00Z");
    }
}

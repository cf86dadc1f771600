package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SectionTest {

    @Test
    void theBuiltInSectionsHaveStableIdsInTheirDefaultOrder() {
        assertThat(Section.defaultOrder()).extracting(Section::id).containsExactly("hero", "about", "work", "projects",
                "system-design", "design-notes", "skills", "focus", "education", "volunteering", "certificates",
                "awards", "publications", "languages", "interests", "references", "contact");
        assertThat(Section.defaultOrder()).allMatch(Section::isBuiltIn);
        assertThat(Section.WORK.titleKey()).isEqualTo("section.work");
    }

    @Test
    void aBuiltInSectionIsFoundByIdOrConstantNameIgnoringCase() {
        assertThat(Section.fromId("Design_Notes")).contains(Section.DESIGN_NOTES);
        assertThat(Section.fromId(" work ")).containsSame(Section.WORK);
        assertThat(Section.fromId("talks")).isEmpty();
        assertThat(Section.fromId(null)).isEmpty();
    }

    @Test
    void aSectionOfTheUsersOwnHasItsIdAndTitleAndIsEqualToAnyOtherWithThatId() {
        Section talks = Section.custom("talks", "Talks");
        assertThat(talks.id()).isEqualTo("talks");
        assertThat(talks.title()).isEqualTo("Talks");
        assertThat(talks.isBuiltIn()).isFalse();
        assertThat(talks).isEqualTo(Section.custom("talks", "Conference talks")).hasToString("talks")
                .hasSameHashCodeAs(Section.custom("talks", "x")).isNotEqualTo(Section.custom("open-source", "Talks"));
    }

    @Test
    void aSectionOfTheUsersOwnNeedsAnIdOfHyphenatedWordsThatNoBuiltInSectionHas() {
        assertThatThrownBy(() -> Section.custom("work", "My work"))
                .hasMessage("section id 'work' is the id of a built-in section");
        assertThatThrownBy(() -> Section.custom("Open Source", "Open source")).hasMessageStartingWith(
                "section id 'Open Source' must be lower-case letters and digits in words joined by hyphens");
        assertThatThrownBy(() -> Section.custom("talks-", "Talks")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Section.custom("a".repeat(41), "Talks")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Section.custom("talks", " ")).hasMessage("the title of section talks must not be blank");
        assertThat(Section.custom("open-source-2", "Open source").id()).isEqualTo("open-source-2");
    }

    @Test
    void parseGivesABuiltInSectionOrOneOfTheUsersOwnForAValidId() {
        assertThat(Section.parse("Skills")).containsSame(Section.SKILLS);
        assertThat(Section.parse("talks")).hasValueSatisfying(section -> {
            assertThat(section.id()).isEqualTo("talks");
            assertThat(section.isBuiltIn()).isFalse();
        });
        assertThat(Section.parse("no such section!")).isEmpty();
    }

    @Test
    void theTitleInACatalogueIsItsKeysTextOrElseTheSectionsOwn() {
        Labels german = Labels.of(Locale.GERMAN);
        assertThat(Section.WORK.title(german)).isEqualTo(german.text("section.work")).isNotEqualTo("Work history");
        Section talks = Section.custom("talks", "Talks");
        assertThat(talks.title(german)).isEqualTo("Talks");
        assertThat(talks.title(Labels.builder(Locale.GERMAN).put("section.talks", "Vorträge").build())).isEqualTo("Vorträge");
    }
}

package io.github.portfoliosdk.model.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.CustomEntry;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule of the PDF, Word and plain-text CVs for leaving a section out: nothing to show in it. */
class SectionListsTest {

    @Test
    void aPortfolioWithOnlyANameHasTheHeroAndNoOtherSection() {
        Portfolio minimal = SamplePortfolios.minimal();

        assertThat(Section.defaultOrder()).filteredOn(section -> SectionLists.hasContent(section, minimal))
                .containsExactly(Section.HERO);
    }

    @Test
    void aRoleCountsForWorkOrVolunteeringByItsKind() {
        Portfolio intern = SamplePortfolios.minimal().toBuilder()
                .addRole(Role.builder().kind(RoleKind.INTERNSHIP).title("Intern").build()).build();

        assertThat(SectionLists.hasContent(Section.WORK, intern)).isTrue();
        assertThat(SectionLists.hasContent(Section.VOLUNTEERING, intern)).isFalse();
    }

    @Test
    void contactNeedsAnEmailPhoneWebsiteOrProfileNotABlankOne() {
        Portfolio blank = SamplePortfolios.minimal().toBuilder()
                .person(Person.builder().name("Ada").contact(new Contact(null, " ", null)).build()).build();
        Portfolio email = SamplePortfolios.minimal().toBuilder()
                .person(Person.builder().name("Ada").contact(Contact.email("ada@example.org")).build()).build();

        assertThat(SectionLists.hasContent(Section.CONTACT, blank)).isFalse();
        assertThat(SectionLists.hasContent(Section.CONTACT, email)).isTrue();
    }

    @Test
    void aSectionOfTheUsersOwnHasContentWhenTheDataHasEntriesForIt() {
        Portfolio portfolio = SamplePortfolios.minimal().toBuilder()
                .addCustomSection(new CustomSection("talks", "Talks",
                        List.of(new CustomEntry("JVM at scale", null, null, null, null, List.of()))))
                .addCustomSection(new CustomSection("empty", "Empty", List.of()))
                .build();

        assertThat(SectionLists.hasContent(Section.custom("talks", "Talks"), portfolio)).isTrue();
        assertThat(SectionLists.hasContent(Section.custom("empty", "Empty"), portfolio)).isFalse();
        assertThat(SectionLists.hasContent(Section.custom("other", "Other"), portfolio)).isFalse();
    }
}

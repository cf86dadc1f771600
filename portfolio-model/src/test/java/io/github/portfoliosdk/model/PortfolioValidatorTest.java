package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.testing.SamplePortfolios;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PortfolioValidatorTest {

    private static Portfolio valid() {
        return SamplePortfolios.full();
    }

    private static List<String> problems(Portfolio portfolio) {
        return PortfolioValidator.validate(portfolio).stream().map(Problem::toString).toList();
    }

    private static Portfolio withRole(int index, Role role) {
        Portfolio portfolio = valid();
        List<Role> roles = new java.util.ArrayList<>(portfolio.roles());
        roles.set(index, role);
        return new Portfolio(portfolio.language(), portfolio.person(), roles, portfolio.projects(), portfolio.systemDesign(),
                portfolio.designNotesIntro(), portfolio.designNotes(), portfolio.skills(), portfolio.primaryStack(),
                portfolio.stackMetrics(), portfolio.education(), portfolio.certificates(), portfolio.awards(),
                portfolio.publications(), portfolio.languages(), portfolio.interests(), portfolio.references(),
                portfolio.customSections(), portfolio.meta(), portfolio.extensions(), portfolio.translations());
    }

    @Test
    void theSamplesAreValid() {
        assertThat(problems(SamplePortfolios.full())).isEmpty();
        assertThat(problems(SamplePortfolios.minimal())).isEmpty();
    }

    @Test
    void everyRecordWithAConstraintIsReachedByValidation() {
        List<String> unreached = allRecords().stream()
                .filter(record -> constraintsOn(record).findAny().isPresent())
                .filter(record -> !validatedRecords().contains(record))
                .map(Class::getSimpleName)
                .toList();
        assertThat(unreached).isEmpty();
        assertThat(validatedRecords()).contains(Portfolio.class, Role.class, Period.class, Node.class)
                .doesNotContain(PartialDate.class);
    }

    @Test
    void preparingFromManyThreadsAtOnceChangesNoResult() throws InterruptedException {
        Role role = valid().roles().get(1).toBuilder().period(Period.parse("2023-07", "2023-02")).build();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(PortfolioValidator::prepare);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        PortfolioValidator.prepare();

        assertThat(problems(SamplePortfolios.full())).isEmpty();
        assertThat(problems(withRole(1, role))).containsExactly(
                "roles[1].period.end: 2023-02 is before the start 2023-07");
    }

    @Test
    void theContentLanguageMustBeALanguageTag() {
        assertThat(problems(valid().toBuilder().language("de").buildUnvalidated())).isEmpty();
        assertThat(problems(valid().toBuilder().language("zh-Hans-CN").buildUnvalidated())).isEmpty();
        assertThat(problems(valid().toBuilder().language("en_US").buildUnvalidated())).singleElement().asString()
                .startsWith("language: \"en_US\" is not a BCP 47 language tag (en, de, pt-BR): ");
        assertThat(problems(valid().toBuilder().language("").buildUnvalidated())).hasSize(1);
        assertThat(valid().contentLocale()).as("no language is English").isEqualTo(java.util.Locale.ENGLISH);
        assertThat(valid().toBuilder().language("ar").build().contentLocale().getLanguage()).isEqualTo("ar");
    }

    @Test
    void anEndBeforeTheStartIsReportedAtTheEndQuotingBothDates() {
        Role role = valid().roles().get(1).toBuilder().period(Period.parse("2023-07", "2023-02")).build();
        assertThat(problems(withRole(1, role)))
                .containsExactly("roles[1].period.end: 2023-02 is before the start 2023-07");
        Role days = valid().roles().get(1).toBuilder().period(Period.parse("2019-07-01", "2019-06-30")).build();
        assertThat(problems(withRole(1, days)))
                .containsExactly("roles[1].period.end: 2019-06-30 is before the start 2019-07-01");
    }

    @Test
    void anEndInTheSameYearAsAMonthStartIsNotBeforeIt() {
        Role role = valid().roles().get(1).toBuilder().period(Period.parse("2023-07", "2023")).build();
        assertThat(problems(withRole(1, role))).isEmpty();
    }

    @Test
    void aPeriodNeedsAStartOrAnEnd() {
        Role role = valid().roles().get(0).toBuilder().period(new Period(null, null)).build();
        assertThat(problems(withRole(0, role))).containsExactly("roles[0].period.start: needs a start or an end");
    }

    @Test
    void theNameIsRequired() {
        Portfolio.Builder builder = valid().toBuilder().person(valid().person().toBuilder().name("  ").build());
        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessage("1 problem" + System.lineSeparator() + "person.name: must not be blank");
    }

    @Test
    void blankItemsInTextListsAreReportedWithTheirIndex() {
        Role role = valid().roles().get(0).toBuilder().technologies(List.of("Java", " ")).build();
        assertThat(problems(withRole(0, role))).containsExactly("roles[0].technologies[1]: must not be blank");
    }

    @Test
    void controlCharactersAreRejectedButLineFeedAndTabAreText() {
        Role role = valid().roles().get(0).toBuilder().summary("line\nbreak\tand\u0007bell").build();
        assertThat(problems(withRole(0, role)))
                .containsExactly("roles[0].summary: must not contain control characters other than line feed and tab");
        Role fine = valid().roles().get(0).toBuilder().summary("line\nbreak\tand tab").build();
        assertThat(problems(withRole(0, fine))).isEmpty();
    }

    @Test
    void unpairedSurrogatesAreRejectedButEmojiAreText() {
        Role broken = valid().roles().get(0).toBuilder().summary("half an emoji \uD83D").build();
        assertThat(problems(withRole(0, broken)))
                .containsExactly("roles[0].summary: must not contain an unpaired surrogate character");
        Role emoji = valid().roles().get(0).toBuilder().summary("ships \uD83D\uDE80 fast").build();
        assertThat(problems(withRole(0, emoji))).isEmpty();
    }

    @Test
    void urlsMustBeAbsoluteAndNotOfASchemeThatRunsCode() {
        Organization organization = new Organization("Acme", null, "javascript:alert(1)", null);
        Role role = valid().roles().get(0).toBuilder().organization(organization).build();
        assertThat(problems(withRole(0, role)))
                .containsExactly("roles[0].organization.url: must not use the javascript: scheme");
        Person person = valid().person().toBuilder()
                .profiles(List.of(Profile.of("GitHub", "x", "github.com/x"), Profile.of("Site", "x", "https:///x"),
                        Profile.of("Old", "x", "VBScript:msgbox"), Profile.of("Disk", "x", "file:///etc/passwd")))
                .image("data:image/png;base64,AAAA")
                .build();
        assertThat(problems(valid().toBuilder().person(person).buildUnvalidated()))
                .containsExactly(
                        "person.image: must not use the data: scheme",
                        "person.profiles[0].url: must be an absolute URL with a scheme, such as https://github.com/x",
                        "person.profiles[1].url: must have a host after https://",
                        "person.profiles[2].url: must not use the vbscript: scheme",
                        "person.profiles[3].url: must not use the file: scheme");
    }

    @Test
    void urlsOfOtherSchemesThatPeopleUseInProfilesAreValid() {
        Person person = valid().person().toBuilder()
                .profiles(List.of(Profile.of("Mail", "me", "mailto:me@example.com"), Profile.of("Skype", "me", "skype:me?call"),
                        Profile.of("Phone", "me", "tel:+91-98765-43210"), Profile.of("FTP", "me", "ftp://example.com/"),
                        Profile.of("Wiki", "me", "https://ru.wikipedia.org/wiki/\u041f\u0440\u0438")))
                .build();
        assertThat(problems(valid().toBuilder().person(person).buildUnvalidated())).isEmpty();
    }

    @Test
    void aUrlWithACharacterAUriCannotHoldNamesTheCharacterAndItsColumn() {
        Person person = valid().person().toBuilder()
                .profiles(List.of(Profile.of("GitHub", "x", "https://github.com/<user>/"),
                        Profile.of("Site", "x", "https://example.com/my page"),
                        Profile.of("Brace", "x", "https://example.com/{id}")))
                .build();
        assertThat(problems(valid().toBuilder().person(person).buildUnvalidated()))
                .containsExactly(
                        "person.profiles[0].url: must not contain '<' (column 20): a URI cannot hold it",
                        "person.profiles[1].url: must not contain a space (column 23): a URI cannot hold it; write it as %20",
                        "person.profiles[2].url: must not contain '{' (column 21): a URI cannot hold it");
    }

    @Test
    void aPortraitForDarkThemesNeedsOneForLightThemes() {
        Person darkOnly = valid().person().toBuilder().image(null).build();
        assertThat(problems(valid().toBuilder().person(darkOnly).buildUnvalidated()))
                .containsExactly("person.imageDark: needs image, the portrait for light themes");
        Person lightOnly = valid().person().toBuilder().imageDark(null).build();
        assertThat(problems(valid().toBuilder().person(lightOnly).buildUnvalidated())).isEmpty();
    }

    @Test
    void aPortraitForDarkThemesMustBeAWebUrlToo() {
        Person person = valid().person().toBuilder().imageDark("javascript:alert(1)").build();
        assertThat(problems(valid().toBuilder().person(person).buildUnvalidated()))
                .containsExactly("person.imageDark: must not use the javascript: scheme");
    }

    @Test
    void emailMustBeAnAddress() {
        Person person = valid().person().toBuilder().contact(Contact.email("not-an-address")).build();
        assertThat(problems(valid().toBuilder().person(person).buildUnvalidated()))
                .containsExactly("person.contact.email: must be a well-formed email address");
    }

    @Test
    void idsAreUnique() {
        Portfolio portfolio = valid();
        Project copy = portfolio.projects().get(0).toBuilder().name("Copy").roleId(null).build();
        Portfolio twice = portfolio.toBuilder().addProject(copy).buildUnvalidated();
        assertThat(problems(twice)).containsExactly("projects[1].id: duplicate id 'civic', also used by projects[0].id");
    }

    @Test
    void customSectionIdsAreUniqueHyphenatedWordsThatNoBuiltInSectionHas() {
        CustomSection talks = valid().customSections().get(0);
        Portfolio portfolio = valid().toBuilder().customSections(List.of(talks,
                talks.toBuilder().title("More talks").build(),
                talks.toBuilder().id("work").build(),
                talks.toBuilder().id("Open Source").build(),
                talks.toBuilder().id(null).title(" ").build())).buildUnvalidated();
        assertThat(problems(portfolio)).containsExactly(
                "customSections[1].id: duplicate id 'talks', also used by customSections[0].id",
                "customSections[2].id: section id 'work' is the id of a built-in section",
                "customSections[3].id: section id 'Open Source' must be lower-case letters and digits in words joined"
                        + " by hyphens (talks, open-source), at most 40 characters",
                "customSections[4].id: must not be blank",
                "customSections[4].title: must not be blank");
    }

    @Test
    void aCustomEntrysUrlFollowsTheOneUrlPolicy() {
        CustomSection talks = valid().customSections().get(0);
        CustomEntry entry = talks.entries().get(0).toBuilder().url("javascript:alert(1)").build();
        Portfolio portfolio = valid().toBuilder()
                .customSections(List.of(talks.toBuilder().entries(List.of(entry)).build())).buildUnvalidated();
        assertThat(problems(portfolio)).singleElement().asString()
                .startsWith("customSections[0].entries[0].url: ").contains("javascript");
    }

    @Test
    void designNoteIdsShareOneNamespaceWithTheSystemDesignNote() {
        Portfolio portfolio = valid();
        DesignNote clash = portfolio.designNotes().get(0).toBuilder().id("scalable-backend").build();
        assertThat(problems(portfolio.toBuilder().designNotes(List.of(clash)).buildUnvalidated()))
                .containsExactly("designNotes[0].id: duplicate id 'scalable-backend', also used by systemDesign.id");
    }

    @Test
    void usedInMustNameAProjectOfThePortfolio() {
        Portfolio portfolio = valid();
        DesignNote note = portfolio.designNotes().get(0).toBuilder()
                .usedIn(List.of(UsedIn.named("Commai", null), UsedIn.project("nowhere", null))).build();
        assertThat(problems(portfolio.toBuilder().designNotes(List.of(note)).buildUnvalidated()))
                .containsExactly("designNotes[0].usedIn[1].project: no project has the id 'nowhere'; known ids: "
                        + String.join(", ", portfolio.projects().stream().map(p -> "'" + p.id() + "'").toList()));
    }

    @Test
    void usedInNeedsAProjectOrALabel() {
        Portfolio portfolio = valid();
        DesignNote note = portfolio.designNotes().get(0).toBuilder().usedIn(List.of(new UsedIn(null, null, "detail"))).build();
        assertThat(problems(portfolio.toBuilder().designNotes(List.of(note)).buildUnvalidated()))
                .containsExactly("designNotes[0].usedIn[0]: needs a project id or a label");
    }

    @Test
    void aProjectsRoleIdMustNameARole() {
        Portfolio portfolio = valid();
        Project project = portfolio.projects().get(0).toBuilder().roleId("{ghost}").build();
        assertThat(problems(portfolio.toBuilder().projects(List.of(project)).buildUnvalidated()))
                .containsExactly("projects[0].roleId: no role has the id '{ghost}'; known ids: "
                        + String.join(", ", portfolio.roles().stream().filter(r -> r.id() != null)
                                .map(r -> "'" + r.id() + "'").toList()));
    }

    @Test
    void anUnknownReferenceCloseToAKnownIdSuggestsIt() {
        Portfolio portfolio = valid();
        String projectId = portfolio.projects().get(0).id();
        String roleId = portfolio.roles().get(0).id();
        Project project = portfolio.projects().get(0).toBuilder().roleId(roleId + "x").build();
        DesignNote note = portfolio.designNotes().get(0).toBuilder()
                .usedIn(List.of(UsedIn.project(projectId.substring(0, projectId.length() - 1), null))).build();
        assertThat(problems(portfolio.toBuilder().projects(List.of(project)).designNotes(List.of(note)).buildUnvalidated()))
                .containsExactly(
                        "designNotes[0].usedIn[0].project: no project has the id '" + projectId.substring(0, projectId.length() - 1)
                                + "' (did you mean '" + projectId + "'?)",
                        "projects[0].roleId: no role has the id '" + roleId + "x' (did you mean '" + roleId + "'?)");
    }

    @Test
    void anUnknownReferenceListsAtMostFiveKnownIds() {
        Portfolio.Builder builder = Portfolio.builder().person(Person.builder().name("Ada").build());
        for (int i = 1; i <= 7; i++) {
            builder.addRole(Role.builder().id("role-" + i + "-of-seven").title("Analyst").build());
        }
        builder.addProject(Project.builder().id("engine").name("Engine").roleId("mill").build());
        assertThat(problems(builder.buildUnvalidated())).containsExactly("projects[0].roleId: no role has the id 'mill'; "
                + "known ids: 'role-1-of-seven', 'role-2-of-seven', 'role-3-of-seven', 'role-4-of-seven', "
                + "'role-5-of-seven', and 2 more");
        Portfolio noIds = Portfolio.builder().person(Person.builder().name("Ada").build())
                .addProject(Project.builder().id("engine").name("Engine").roleId("mill").build()).buildUnvalidated();
        assertThat(problems(noIds)).containsExactly("projects[0].roleId: no role has the id 'mill' (no role has an id)");
    }

    @Test
    void aRoleNeedsATitleOrAnOrganizationName() {
        Role nothing = Role.builder().period(Period.parse("2020", null)).build();
        Role blankOrganization = Role.builder().title(" ").organization(new Organization(" ", null, null, "A charity")).build();
        Role titleOnly = Role.builder().title("Volunteer").build();
        Role shortNameOnly = Role.builder().organization(new Organization(null, "ACME", null, null)).build();
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada").build())
                .roles(List.of(titleOnly, nothing, shortNameOnly, blankOrganization)).buildUnvalidated();
        assertThat(problems(portfolio)).containsExactly(
                "roles[1]: needs a title or an organization name",
                "roles[3]: needs a title or an organization name");
    }

    @Test
    void aCallersValidatorFactoryGivesTheSameProblems() {
        Role role = valid().roles().get(1).toBuilder().period(Period.parse("2023-07", "2023-02")).build();
        Project project = valid().projects().get(0).toBuilder().roleId("nobody").build();
        Portfolio portfolio = withRole(1, role).toBuilder().projects(List.of(project)).buildUnvalidated();
        // another application's factory: the default provider, its own interpolator, no EL on the class path
        try (jakarta.validation.ValidatorFactory factory = jakarta.validation.Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            PortfolioValidator theirs = PortfolioValidator.using(factory);
            assertThat(theirs.problems(portfolio)).isEqualTo(PortfolioValidator.validate(portfolio));
            assertThat(theirs.problems(portfolio)).extracting(Problem::path)
                    .containsExactly("projects[0].roleId", "roles[1].period.end");
            assertThatThrownBy(() -> theirs.requireValid(portfolio)).isInstanceOf(InvalidPortfolioException.class);
            Portfolio fine = valid();
            assertThat(theirs.requireValid(fine)).isSameAs(fine);
        }
        assertThat(PortfolioValidator.create()).isSameAs(PortfolioValidator.create());
        assertThatThrownBy(() -> PortfolioValidator.using(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void flowsNeedStagesAndStagesNeedNodes() {
        Portfolio portfolio = valid();
        Project project = portfolio.projects().get(0).toBuilder()
                .architecture(new Flow("Empty", List.of(new Stage("x", List.of()))))
                .build();
        assertThat(problems(portfolio.toBuilder().projects(List.of(project)).buildUnvalidated()))
                .containsExactly("projects[0].architecture.stages[0].nodes: must not be empty");
    }

    @Test
    void buildReportsEveryProblemAtOnceInOneException() {
        Person person = valid().person().toBuilder().name("").image("nope").build();
        assertThatThrownBy(() -> valid().toBuilder().person(person).build())
                .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("person.image", "person.name");
                    assertThat(e.getMessage()).isEqualTo("2 problems" + System.lineSeparator()
                            + "person.image: must be an absolute URL with a scheme, such as https://nope" + System.lineSeparator()
                            + "person.name: must not be blank");
                });
    }

    @Test
    void problemsAreSortedWithNumericIndexes() {
        Portfolio portfolio = SamplePortfolios.minimal();
        List<Role> roles = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            roles.add(Role.builder().title("\u0000").build());
        }
        assertThat(problems(portfolio.toBuilder().roles(roles).buildUnvalidated()))
                .startsWith("roles[0].title: must not contain control characters other than line feed and tab",
                        "roles[1].title: must not contain control characters other than line feed and tab",
                        "roles[2].title: must not contain control characters other than line feed and tab")
                .endsWith("roles[11].title: must not contain control characters other than line feed and tab");
    }

    /** The records validation cascades into: {@code Portfolio} and every record a {@code @Valid} field leads to. */
    private static Set<Class<?>> validatedRecords() {
        Set<Class<?>> records = new LinkedHashSet<>();
        List<Class<?>> todo = new ArrayList<>(List.of(Portfolio.class));
        while (!todo.isEmpty()) {
            Class<?> record = todo.remove(0);
            if (!records.add(record)) {
                continue;
            }
            for (Field field : record.getDeclaredFields()) {
                AnnotatedType type = field.getAnnotatedType();
                boolean valid = field.isAnnotationPresent(Valid.class);
                if (type instanceof AnnotatedParameterizedType list) {
                    type = list.getAnnotatedActualTypeArguments()[0];
                    valid |= type.isAnnotationPresent(Valid.class);
                }
                if (valid && type.getType() instanceof Class<?> held && held.isRecord()) {
                    todo.add(held);
                }
            }
        }
        return records;
    }

    /** Every record a portfolio can hold, whether or not validation cascades into it. */
    private static Set<Class<?>> allRecords() {
        Set<Class<?>> records = new LinkedHashSet<>();
        List<Class<?>> todo = new ArrayList<>(List.of(Portfolio.class));
        while (!todo.isEmpty()) {
            Class<?> record = todo.remove(0);
            if (!record.isRecord() || !records.add(record)) {
                continue;
            }
            for (Field field : record.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                AnnotatedType type = field.getAnnotatedType();
                if (type instanceof AnnotatedParameterizedType list) {
                    type = list.getAnnotatedActualTypeArguments()[0];
                }
                if (type.getType() instanceof Class<?> held) {
                    todo.add(held);
                }
            }
        }
        return records;
    }

    /** The constraint annotations of a record: on the class, its fields and its fields' type arguments. */
    private static Stream<Class<? extends Annotation>> constraintsOn(Class<?> record) {
        Stream<Annotation> onFields = Arrays.stream(record.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .flatMap(field -> {
                    Stream<Annotation> declared = Arrays.stream(field.getDeclaredAnnotations());
                    if (field.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
                        return Stream.concat(declared, Arrays.stream(list.getAnnotatedActualTypeArguments())
                                .flatMap(argument -> Arrays.stream(argument.getAnnotations())));
                    }
                    return declared;
                });
        return Stream.concat(Arrays.stream(record.getAnnotations()), onFields)
                .map(Annotation::annotationType)
                .filter(type -> type.isAnnotationPresent(Constraint.class));
    }

    @Test
    void checkOnceRefusesAnInvalidPortfolioMadeWithTheRecordConstructorEveryTime() {
        Portfolio invalid = SamplePortfolios.invalidThroughConstructor();
        for (int time = 0; time < 2; time++) {
            assertThatThrownBy(() -> PortfolioValidator.checkOnce(invalid))
                    .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.problems())
                            .map(Problem::toString).containsExactlyElementsOf(SamplePortfolios.INVALID_PROBLEMS));
        }
        assertThat(PortfolioValidator.knownValid(invalid)).isFalse();
    }

    @Test
    void aPortfolioFromBuildIsKnownValidSoCheckOnceDoesNotValidateItAgain() {
        Portfolio built = SamplePortfolios.minimal();
        assertThat(PortfolioValidator.knownValid(built)).isTrue();
        assertThat(PortfolioValidator.checkOnce(built)).isSameAs(built);
    }

    @Test
    void anUnvalidatedPortfolioIsValidatedOnceThenKnownByIdentityNotByEquality() {
        Portfolio unvalidated = SamplePortfolios.minimal().toBuilder().buildUnvalidated();
        assertThat(PortfolioValidator.knownValid(unvalidated)).isFalse();
        assertThat(PortfolioValidator.checkOnce(unvalidated)).isSameAs(unvalidated);
        assertThat(PortfolioValidator.knownValid(unvalidated)).isTrue();

        Portfolio equalCopy = unvalidated.toBuilder().buildUnvalidated();
        assertThat(equalCopy).isEqualTo(unvalidated);
        assertThat(PortfolioValidator.knownValid(equalCopy)).isFalse();
    }

    @Test
    void aPortfolioFoundValidByAnApplicationsOwnFactoryIsKnownValidToo() {
        Portfolio unvalidated = SamplePortfolios.minimal().toBuilder().buildUnvalidated();
        try (jakarta.validation.ValidatorFactory factory = jakarta.validation.Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            assertThat(PortfolioValidator.using(factory).problems(unvalidated)).isEmpty();
        }
        assertThat(PortfolioValidator.knownValid(unvalidated)).isTrue();
    }
}

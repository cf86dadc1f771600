package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelValuesTest {

    @Test
    void recordsAreValuesEqualWhenTheirPartsAre() {
        assertThat(SamplePortfolios.full()).isEqualTo(SamplePortfolios.full())
                .hasSameHashCodeAs(SamplePortfolios.full());
    }

    @Test
    void listsAreCopiedSoTheCallerCannotChangeThem() {
        List<String> technologies = new ArrayList<>(List.of("Java"));
        Role role = Role.builder().technologies(technologies).build();
        technologies.add("Kotlin");
        assertThat(role.technologies()).containsExactly("Java");
        assertThatThrownBy(() -> role.technologies().add("Go")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullAddedToABuilderIsRefusedNamingWhereItWouldGo() {
        Portfolio.Builder builder = Portfolio.builder().addSkill(Skill.of("Java", null, null)).addSkill(Skill.of("SQL", null, null))
                .addSkill(Skill.of("Go", null, null));
        assertThatThrownBy(() -> builder.addSkill(null))
                .isInstanceOf(NullPointerException.class).hasMessage("skills[3] must not be null");
        assertThatThrownBy(() -> builder.skills(java.util.Arrays.asList(Skill.of("Java", null, null), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("skills[1] must not be null");
        assertThatThrownBy(() -> builder.skills(null))
                .isInstanceOf(NullPointerException.class).hasMessage("skills must not be null (an empty list clears it)");
        assertThat(builder.person(Person.builder().name("Ada").build()).buildUnvalidated().skills())
                .as("a refused call leaves the builder as it was").hasSize(3);
        assertThatThrownBy(() -> Role.builder().addTechnology("Java").addTechnology(null))
                .isInstanceOf(NullPointerException.class).hasMessage("technologies[1] must not be null");
        assertThatThrownBy(() -> Flow.of("Flow", Stage.of(Node.of("A")), null))
                .isInstanceOf(NullPointerException.class).hasMessage("stages[1] must not be null");
    }

    @Test
    void everyBuildersListMethodsRefuseNullWithTheListsName() throws ReflectiveOperationException {
        List<String> checked = new ArrayList<>();
        for (Class<?> record : modelRecords(Portfolio.class, new java.util.LinkedHashSet<>())) {
            java.lang.reflect.Method builderMethod;
            try {
                builderMethod = record.getMethod("builder");
            } catch (NoSuchMethodException e) {
                continue;
            }
            for (java.lang.reflect.Method method : builderMethod.getReturnType().getMethods()) {
                if (method.getParameterCount() != 1 || method.getDeclaringClass() == Object.class
                        || method.getParameterTypes()[0].isPrimitive()) {
                    continue;
                }
                boolean adds = method.getName().matches("add[A-Z].*");
                boolean list = method.getParameterTypes()[0] == List.class;
                if (!adds && !list) {
                    continue;
                }
                Object builder = builderMethod.invoke(null);
                Object argument = list ? java.util.Collections.singletonList(null) : null;
                Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> method.invoke(builder, argument));
                assertThat(thrown).as(record.getSimpleName() + ".Builder." + method.getName())
                        .isInstanceOf(java.lang.reflect.InvocationTargetException.class);
                assertThat(thrown.getCause()).as(record.getSimpleName() + ".Builder." + method.getName())
                        .isInstanceOf(NullPointerException.class)
                        .hasMessageMatching("[a-z][A-Za-z]*\\[0] must not be null");
                checked.add(record.getSimpleName() + "." + method.getName());
            }
        }
        assertThat(checked).contains("Portfolio.addSkill", "Portfolio.roles", "Role.addTechnology", "Project.addLink",
                "DesignNote.addUsedIn", "Person.addProfile");
    }

    /** Portfolio and every record it holds, directly or in a list. */
    private static java.util.Set<Class<?>> modelRecords(Class<?> type, java.util.Set<Class<?>> seen) {
        if (type.isRecord() && seen.add(type)) {
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                java.lang.reflect.Type held = component.getGenericType();
                if (held instanceof java.lang.reflect.ParameterizedType parameterized) {
                    held = parameterized.getActualTypeArguments()[0];
                }
                if (held instanceof Class<?> heldClass) {
                    modelRecords(heldClass, seen);
                }
            }
        }
        return seen;
    }

    @Test
    void missingListsAreEmptyNeverNull() {
        Person person = new Person("A", null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(person.about()).isEmpty();
        assertThat(person.focus()).isEmpty();
    }

    @Test
    void toBuilderMakesAnEditedCopyAndLeavesTheOriginal() {
        Portfolio original = SamplePortfolios.full();
        Portfolio edited = original.toBuilder()
                .person(original.person().toBuilder().headline("Staff Engineer").build())
                .build();
        assertThat(edited.person().headline()).isEqualTo("Staff Engineer");
        assertThat(original.person().headline()).isEqualTo("Python Backend Engineer");
        assertThat(edited.toBuilder().person(original.person()).build()).isEqualTo(original);
    }

    @Test
    void extensionsIterateInKeyOrder() {
        Portfolio portfolio = SamplePortfolios.minimal().toBuilder()
                .extensions(Map.of("/b", "1", "/a", "2", "/c", "3"))
                .build();
        assertThat(portfolio.extensions().keySet()).containsExactly("/a", "/b", "/c");
    }

    @Test
    void aRoleKindDefaultsToJob() {
        assertThat(Role.builder().build().kind()).isEqualTo(RoleKind.JOB);
    }

    @Test
    void locationLinesReadNaturally() {
        Role remote = Role.builder().location("Singapore").workMode(WorkMode.REMOTE).build();
        assertThat(remote.locationLine()).isEqualTo("Singapore (Remote)");
        assertThat(Role.builder().workMode(WorkMode.HYBRID).build().locationLine()).isEqualTo("Hybrid");
        assertThat(Role.builder().location("Chennai, India").build().locationLine()).isEqualTo("Chennai, India");
    }

    @Test
    void organizationsAndRolesGoByTheNamesEachPlaceNeeds() {
        Organization both = new Organization("Trames Private Limited", "Trames", null, null);
        assertThat(both.fullName()).isEqualTo("Trames Private Limited");
        assertThat(both.displayName()).isEqualTo("Trames");
        assertThat(new Organization(" ", "Trames", null, null).fullName()).isEqualTo("Trames");

        Role atTrames = Role.builder().id("trames").title("Intern").organization(both).build();
        assertThat(atTrames.organizationOrTitle()).isEqualTo("Trames");
        assertThat(Role.builder().title("Freelance").build().organizationOrTitle()).isEqualTo("Freelance");
    }

    @Test
    void aRoleIsFoundByItsId() {
        Portfolio portfolio = SamplePortfolios.full();
        Role acme = portfolio.roles().get(0);
        assertThat(portfolio.role(acme.id())).contains(acme);
        assertThat(portfolio.role("no-such-role")).isEmpty();
        assertThat(portfolio.role(null)).isEmpty();
    }

    @Test
    void locationsNameTheirCountry() {
        Location chennai = new Location(null, null, "Chennai", "Tamil Nadu", "IN");
        assertThat(chennai.shortForm()).isEqualTo("Chennai, IN");
        assertThat(chennai.longForm()).isEqualTo("Chennai, Tamil Nadu, India");
        assertThat(new Location(null, null, "Atlantis", null, "XX").longForm()).isEqualTo("Atlantis, XX");
        assertThat(new Location(null, null, null, null, null).country()).isEmpty();
    }

    @Test
    void skillLevelsShowTheWordsAsWritten() {
        assertThat(Skill.of("Python", SkillLevel.EXPERT, null).levelLabel()).contains("Expert");
        assertThat(new Skill("Go", null, "Master", null, null, null).levelLabel()).contains("Master");
        assertThat(Skill.of("Rust", null, null).levelLabel()).isEmpty();
        assertThat(SkillLevel.fromText(" advanced ")).contains(SkillLevel.ADVANCED);
        assertThat(SkillLevel.fromText("Master")).isEmpty();
    }

    @Test
    void organizationsPreferTheirShortName() {
        assertThat(new Organization("Trames Private Limited", "Trames Pvt Ltd", null, null).displayName())
                .isEqualTo("Trames Pvt Ltd");
        assertThat(Organization.named("CADD Centre").displayName()).isEqualTo("CADD Centre");
    }

    @Test
    void sectionsHaveStableIds() {
        assertThat(Section.SYSTEM_DESIGN.id()).isEqualTo("system-design");
        assertThat(Section.fromId("Design_Notes")).contains(Section.DESIGN_NOTES);
        assertThat(Section.fromId("nope")).isEmpty();
    }

    @Test
    void problemsPrintLikeACompilerMessage() {
        Problem problem = Problem.at("roles[1].period.end", "2019-03 is before the start 2020-01");
        assertThat(problem).hasToString("roles[1].period.end: 2019-03 is before the start 2020-01");
        assertThat(problem.locatedAt("portfolio.yaml", 12, 9))
                .hasToString("portfolio.yaml:12:9: roles[1].period.end: 2019-03 is before the start 2020-01");
        assertThat(new Problem("in.json", 0, 0, "", "unexpected end of input")).hasToString("in.json: unexpected end of input");
    }

    @Test
    void withoutRendererModulesNoFormatIsFound() {
        assertThat(PortfolioRenderers.forFormat("html")).isEmpty();
    }
}

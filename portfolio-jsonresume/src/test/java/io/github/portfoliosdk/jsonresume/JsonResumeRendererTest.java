package io.github.portfoliosdk.jsonresume;

import io.github.portfoliosdk.model.Problem;
import static io.github.portfoliosdk.jsonresume.Fixtures.RENDERER;
import static io.github.portfoliosdk.jsonresume.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonResumeRendererTest {

    @Test
    void isTheJsonResumeFormatAndFoundByName() {
        assertThat(RENDERER.format()).isEqualTo("json-resume");
        assertThat(PortfolioRenderers.forFormat("json-resume")).get()
                .extracting(r -> r.getClass()).isEqualTo(JsonResumeRenderer.class);
    }

    @Test
    void aMinimalPortfolioIsJustBasicsNamePrettyPrintedWithAFinalNewline() {
        assertThat(RENDERER.render(SamplePortfolios.minimal())).isEqualTo("""
                {
                  "basics": {
                    "name": "Ada Lovelace"
                  }
                }
                """);
    }

    @Test
    void theSamePortfolioGivesTheSameBytes() {
        assertThat(RENDERER.render(SamplePortfolios.full())).isEqualTo(RENDERER.render(SamplePortfolios.full()));
    }

    @Test
    void oneRendererAndOneImporterAreSharedSafelyAcrossThreads() {
        String expected = RENDERER.render(SamplePortfolios.full());
        List<String> outputs = java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> RENDERER.render(Fixtures.IMPORTER.read(expected, "shared-" + i + ".json")))
                .toList();
        assertThat(outputs).containsOnly(expected);
    }

    @Test
    void standardFieldsGoToStandardJsonResumePaths() {
        JsonNode doc = tree(RENDERER.render(SamplePortfolios.full()));
        assertThat(doc.at("/basics/name").asString()).isEqualTo("Vinayagam D");
        assertThat(doc.at("/basics/label").asString()).isEqualTo("Python Backend Engineer");
        assertThat(doc.at("/basics/url").asString()).isEqualTo("https://example.com/home");
        assertThat(doc.at("/basics/location/countryCode").asString()).isEqualTo("IN");
        assertThat(doc.at("/work/0/name").asString()).isEqualTo("Acme Private Limited");
        assertThat(doc.at("/work/0/position").asString()).isEqualTo("Backend Engineer");
        assertThat(doc.at("/work/0/startDate").asString()).isEqualTo("2026-02");
        assertThat(doc.at("/work/0/endDate").isMissingNode()).as("an open end is 'present'").isTrue();
        assertThat(doc.at("/work/1/position").asString()).isEqualTo("PHP Intern");
        assertThat(doc.at("/volunteer/0/organization").asString()).isEqualTo("Food Bank");
        assertThat(doc.at("/volunteer/0/startDate").asString()).isEqualTo("2020-01-15");
        assertThat(doc.at("/volunteer/0/endDate").asString()).isEqualTo("2021");
        assertThat(doc.at("/projects/0/keywords/1").asString()).isEqualTo("Django");
        assertThat(doc.at("/projects/0/startDate").asString()).isEqualTo("2024");
        assertThat(doc.at("/projects/0/endDate").asString()).isEqualTo("2024");
        assertThat(doc.at("/skills/0/x-portfolio/skills/0/level").asString()).isEqualTo("Expert");
        assertThat(doc.at("/skills/0/x-portfolio/skills/1/level").asString()).isEqualTo("Master");
        assertThat(doc.at("/meta/lastModified").asString()).isEqualTo("2026-11-01T10:00:00");
    }

    @Test
    void skillsAreGroupedByCategoryWithTheirNamesAsKeywordsAsThemesShowThem() {
        JsonNode doc = tree(RENDERER.render(SamplePortfolios.full()));
        assertThat(doc.at("/skills").size()).isEqualTo(2);
        assertThat(doc.at("/skills/0/name").asString()).isEqualTo("Languages");
        assertThat(doc.at("/skills/0/keywords").toString()).isEqualTo("[\"Python\",\"Flask / FastAPI\"]");
        assertThat(doc.at("/skills/1/name").asString()).isEqualTo("Cloud & DevOps");
        assertThat(doc.at("/skills/1/keywords").toString()).isEqualTo("[\"Docker\"]");
        assertThat(doc.at("/skills/0/x-portfolio/skills/1/keywords/0").asString()).isEqualTo("APIs");
        assertThat(doc.at("/x-portfolio/skillOrder").isMissingNode()).as("grouping kept the order").isTrue();
    }

    @Test
    void skillsOfACategoryApartAreGroupedAndTheirOrderKeptInXPortfolio() {
        Portfolio sample = SamplePortfolios.full();
        List<Skill> skills = List.of(sample.skills().get(0), sample.skills().get(2), sample.skills().get(1));
        Portfolio apart = sample.toBuilder().skills(skills).build();

        JsonNode doc = tree(RENDERER.render(apart));

        assertThat(doc.at("/skills/0/keywords").toString()).isEqualTo("[\"Python\",\"Flask / FastAPI\"]");
        assertThat(doc.at("/x-portfolio/skillOrder").toString()).isEqualTo("[\"/skills/0/x-portfolio/skills/0\","
                + "\"/skills/1/x-portfolio/skills/0\",\"/skills/0/x-portfolio/skills/1\"]");
        assertThat(Fixtures.IMPORTER.read(RENDERER.render(apart), "apart.json").skills()).isEqualTo(skills);
    }

    @Test
    void aProjectsDescriptionAndHighlightsCarryItsProblemSolutionAndImpact() {
        JsonNode doc = tree(RENDERER.render(SamplePortfolios.full()));
        assertThat(doc.at("/projects/0/description").asString()).isEqualTo("A platform for citizens.");
        assertThat(doc.at("/projects/0/highlights").toString()).isEqualTo("[\"Problem: Paper backlogs.\","
                + "\"Solution: A Django backend.\",\"Impact: Days became minutes.\",\"99%+ Uptime SLA\","
                + "\"Went live in 2024.\"]");
        assertThat(doc.at("/projects/0/x-portfolio/highlights").toString()).isEqualTo("[\"Went live in 2024.\"]");
        assertThat(doc.at("/projects/0/x-portfolio/description").isMissingNode()).isTrue();
    }

    @Test
    void aProjectWithoutDescriptionIsDescribedByItsProblem() {
        Portfolio sample = SamplePortfolios.full();
        Project project = sample.projects().get(0).toBuilder().description(null).highlights(List.of()).build();
        Portfolio portfolio = sample.toBuilder().projects(List.of(project)).build();

        JsonNode doc = tree(RENDERER.render(portfolio));

        assertThat(doc.at("/projects/0/description").asString()).isEqualTo("Paper backlogs.");
        assertThat(doc.at("/projects/0/highlights/0").asString()).isEqualTo("Solution: A Django backend.");
        assertThat(doc.at("/projects/0/x-portfolio/description").isNull()).isTrue();
        assertThat(doc.at("/projects/0/x-portfolio/highlights").toString()).isEqualTo("[]");
        assertThat(Fixtures.IMPORTER.read(RENDERER.render(portfolio), "p.json").projects()).containsExactly(project);
    }

    @Test
    void workHighlightsEndWithTheRolesMetricsAndTechnologies() {
        JsonNode doc = tree(RENDERER.render(SamplePortfolios.full()));
        assertThat(doc.at("/work/0/highlights").toString()).isEqualTo("[\"Built tracking.\",\"Cut costs.\","
                + "\"200K+ Users\",\"Tech: TypeScript, Node.js\"]");
        assertThat(doc.at("/work/0/x-portfolio/highlights").toString())
                .isEqualTo("[\"Built tracking.\",\"Cut costs.\"]");
    }

    @Test
    void whatJsonResumeHasNoFieldForGoesIntoXPortfolioObjects() {
        JsonNode doc = tree(RENDERER.render(SamplePortfolios.full()));
        assertThat(doc.at("/basics/x-portfolio/tagline").asString()).isEqualTo("Building scalable systems and APIs.");
        assertThat(doc.at("/basics/image").asString()).isEqualTo("https://example.com/me.png");
        assertThat(doc.at("/basics/x-portfolio/imageDark").asString()).isEqualTo("https://example.com/me-dark.png");
        assertThat(doc.at("/basics/x-portfolio/focus/0/title").asString()).isEqualTo("Deepening system design");
        assertThat(doc.at("/work/0/x-portfolio/workMode").asString()).isEqualTo("remote");
        assertThat(doc.at("/work/0/x-portfolio/technologies/0").asString()).isEqualTo("TypeScript");
        assertThat(doc.at("/work/1/x-portfolio/kind").asString()).isEqualTo("internship");
        assertThat(doc.at("/projects/0/x-portfolio/categories/1").asString()).isEqualTo("Civic tech");
        assertThat(doc.at("/projects/0/x-portfolio/badge").asString()).isEqualTo("200K+ USERS");
        assertThat(doc.at("/projects/0/x-portfolio/architecture/stages/2/edgeLabel").asString()).isEqualTo("HIT");
        assertThat(doc.at("/x-portfolio/designNotes/0/callouts/0/label").asString()).isEqualTo("WHY ASYNC");
        assertThat(doc.at("/x-portfolio/systemDesign/points/1/title").asString()).isEqualTo("Caching");
        assertThat(doc.at("/x-portfolio/stackMetrics/0/value").asString()).isEqualTo("2+");
    }

    @Test
    void extensionsGoBackToTheirPointers() {
        JsonNode doc = tree(RENDERER.render(SamplePortfolios.full()));
        assertThat(doc.at("/basics/x-pronouns").asString()).isEqualTo("he/him");
    }

    @Test
    void everyExportIsValidAgainstTheOfficialSchema() {
        String hostile = "<script>alert(\"x\")</script> & ' \\ \u0BA4\u0BAE\u0BBF\u0BB4\u0BCD \u4E2D\u6587 \u05E9\u05DC\u05D5\u05DD \uD83D\uDE80 {{x}} ${y}";
        for (Portfolio portfolio : List.of(SamplePortfolios.minimal(), SamplePortfolios.full(), Fixtures.showcase(),
                SamplePortfolios.full(t -> t + " " + hostile, "https://example.com/a%20b/"))) {
            assertThat(OfficialSchema.errors(RENDERER.render(portfolio))).isEmpty();
            assertThat(OfficialSchema.errors(JsonResumeRenderer.builder().portfolioProperties(false).build().render(portfolio))).isEmpty();
        }
    }

    @Test
    void hostileTextIsEscapedAsJsonAndComesBackUnchanged() {
        Portfolio hostile = SamplePortfolios.full(t -> t + "\" } ] \\u0000 \\ </script>\n\t", "https://example.com/");
        String json = RENDERER.render(hostile);
        assertThat(tree(json).at("/basics/name").asString()).isEqualTo("Vinayagam D\" } ] \\u0000 \\ </script>\n\t");
        assertThat(Fixtures.IMPORTER.read(json, "hostile.json")).isEqualTo(hostile);
    }

    @Test
    void withoutPortfolioPropertiesOnlyStandardPropertiesAreWritten() {
        String json = JsonResumeRenderer.builder().portfolioProperties(false).build().render(SamplePortfolios.full());
        assertThat(json).doesNotContain("\"x-");
        assertThat(tree(json).at("/work/0/name").asString()).isEqualTo("Acme Private Limited");
    }

    @Test
    void volunteeringBetweenJobsKeepsItsPlaceThroughRoleOrder() {
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name("Ada").build())
                .addRole(Role.builder().title("Engineer").build())
                .addRole(Role.builder().kind(RoleKind.VOLUNTEER).title("Mentor").build())
                .addRole(Role.builder().kind(RoleKind.INTERNSHIP).title("Intern").organization(Organization.named("Lab")).build())
                .build();
        JsonNode doc = tree(RENDERER.render(portfolio));
        assertThat(doc.at("/x-portfolio/roleOrder").toString()).isEqualTo("[\"/work/0\",\"/volunteer/0\",\"/work/1\"]");
        assertThat(Fixtures.throughJsonResume(portfolio)).isEqualTo(portfolio);
    }

    @Test
    void anInvalidPortfolioIsNotRendered() {
        Portfolio unsafe = SamplePortfolios.minimal().toBuilder()
                .person(Person.builder().name("Ada").image("javascript:alert(1)").build())
                .buildUnvalidated();
        assertThatThrownBy(() -> RENDERER.render(unsafe))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("person.image: must not use the javascript: scheme");
    }

    @Test
    void anExtensionThatCannotBePlacedIsAClearError() {
        Portfolio portfolio = SamplePortfolios.minimal().toBuilder().extensions(Map.of("/work/3/x-team", "\"core\"")).build();
        assertThatThrownBy(() -> RENDERER.render(portfolio))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension /work/3/x-team cannot be placed: the document has no value at /work to put it in");
        Portfolio pastTheEnd = SamplePortfolios.full().toBuilder().extensions(Map.of("/work/7/x-team", "\"core\"")).build();
        assertThatThrownBy(() -> RENDERER.render(pastTheEnd))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extension /work/7/x-team cannot be placed: the array there has 2 items and '7' is not one of its indexes");
    }

    @Test
    void anExtensionThatIsNotJsonIsAClearError() {
        Portfolio portfolio = SamplePortfolios.minimal().toBuilder().extensions(Map.of("/basics/x-team", "core")).build();
        assertThatThrownBy(() -> RENDERER.render(portfolio))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("extension /basics/x-team does not hold JSON text");
    }

    @Test
    void aTailoredVariantExportsTheTaggedAndUntaggedItemsOnly() {
        JsonResumeRenderer featured = JsonResumeRenderer.builder().tags(java.util.Set.of("featured")).build();
        String json = featured.render(SamplePortfolios.full());
        assertThat(json).contains("Civic Services Platform", "PHP Intern").doesNotContain("Built tracking.");
        assertThatThrownBy(() -> JsonResumeRenderer.builder().tags(java.util.Set.of("feature")).build()
                .render(SamplePortfolios.full()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean 'featured'?");
    }

    @Test
    void anInvalidPortfolioMadeWithTheRecordConstructorIsRefusedWithItsProblemsAndNothingIsWritten() {
        Portfolio invalid = SamplePortfolios.invalidThroughConstructor();
        StringBuilder output = new StringBuilder();
        assertThatThrownBy(() -> RENDERER.render(invalid, output))
                .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.problems())
                        .map(Problem::toString).containsExactlyElementsOf(SamplePortfolios.INVALID_PROBLEMS));
        assertThat(output).isEmpty();
    }
}

package io.github.portfoliosdk.jsonresume;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real consumers: {@code resumed} renders our export with five popular themes (npm, pinned in checkers/), and each
 * role, project (with its description), skill category and education the theme has a place for is in the page's
 * text, the employer of every job included. Each run counts what it found, and an export as themes saw it before
 * (projects without description, skills one per entry, the employer under {@code name} only) is caught.
 */
class ResumedThemesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A theme and the places it has (read from its templates). */
    enum Theme {
        EVEN("jsonresume-theme-even", true, true, false),
        ELEGANT("jsonresume-theme-elegant", true, true, false),
        FLAT("jsonresume-theme-flat", false, false, true),
        STACKOVERFLOW("jsonresume-theme-stackoverflow", true, true, false),
        MACCHIATO("jsonresume-theme-macchiato", true, false, true);

        final String module;
        final boolean projects;
        final boolean projectDescription;
        /** Reads a work entry's employer from the pre-1.0 key {@code company}, which export writes beside {@code name}. */
        final boolean employerFromCompany;

        Theme(String module, boolean projects, boolean projectDescription, boolean employerFromCompany) {
            this.module = module;
            this.projects = projects;
            this.projectDescription = projectDescription;
            this.employerFromCompany = employerFromCompany;
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyRoleProjectSkillCategoryAndEducationOfTheShowcaseIsOnTheThemesPage(Theme theme) throws Exception {
        Portfolio portfolio = Fixtures.showcase();
        String text = render(theme, "showcase", Fixtures.RENDERER.render(portfolio));

        List<String> expected = expected(theme, portfolio);
        assertThat(missing(text, expected)).as(theme.module).isEmpty();
        // name, 3 roles with their 3 employers, 5 skill categories; the 2 projects with their descriptions where the theme shows them
        assertThat(expected).hasSize(12 + (theme.projects ? 4 : 0));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyRoleProjectSkillCategoryAndEducationOfTheFullSampleIsOnTheThemesPage(Theme theme) throws Exception {
        Portfolio portfolio = SamplePortfolios.full();
        String text = render(theme, "full-sample", Fixtures.RENDERER.render(portfolio));

        List<String> expected = expected(theme, portfolio);
        assertThat(missing(text, expected)).as(theme.module).isEmpty();
        // name, 2 jobs with their 2 employers, 2 skill categories, 1 education; the project where the theme shows it
        assertThat(expected).hasSize(8 + (theme.projects ? 2 : 0));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void anExportWithoutProjectDescriptionsWithSkillsOnePerEntryAndWithoutCompanyIsCaught(Theme theme) throws Exception {
        Portfolio portfolio = Fixtures.showcase();
        String text = render(theme, "showcase-thin", thin(Fixtures.RENDERER.render(portfolio)));

        List<String> missing = missing(text, expected(theme, portfolio));
        Set<String> categories = new LinkedHashSet<>();
        portfolio.skills().forEach(s -> categories.add(s.category()));
        assertThat(missing).containsAll(categories);
        if (theme.projectDescription) {
            assertThat(missing).contains(start(portfolio.projects().get(0).problem()));
        }
        if (theme.employerFromCompany) {
            assertThat(missing).as("employers, with work entries under name only")
                    .contains(portfolio.roles().get(0).organization().name());
        }
    }

    /** What the page must show: the name, each role, project, skill category and education the theme has room for. */
    private static List<String> expected(Theme theme, Portfolio portfolio) {
        List<String> expected = new ArrayList<>();
        expected.add(portfolio.person().name());
        for (Role role : portfolio.roles()) {
            if (role.kind() == RoleKind.VOLUNTEER) {
                continue;
            }
            expected.add(role.title());
            if (role.organization() != null && role.organization().name() != null) {
                expected.add(role.organization().name());
            }
        }
        if (theme.projects) {
            for (Project project : portfolio.projects()) {
                expected.add(project.name());
                expected.add(theme.projectDescription
                        ? start(project.description() != null ? project.description() : project.problem())
                        : start("Solution: " + project.solution()));
            }
        }
        Set<String> categories = new LinkedHashSet<>();
        for (Skill skill : portfolio.skills()) {
            categories.add(skill.category() != null ? skill.category() : skill.name());
        }
        expected.addAll(categories);
        for (Education education : portfolio.education()) {
            expected.add(education.institution());
        }
        return expected;
    }

    /** The first words of a long text, which every theme shows as written. */
    private static String start(String text) {
        return text.length() <= 60 ? text : text.substring(0, text.lastIndexOf(' ', 60));
    }

    private static List<String> missing(String text, List<String> expected) {
        return expected.stream().filter(e -> !text.contains(e.replaceAll("\\s+", " "))).toList();
    }

    /** The page's text as {@code resumed} renders the document with the theme. */
    private static String render(Theme theme, String name, String json) throws Exception {
        Path dir = Checkers.outputDir();
        Path input = dir.resolve(name + ".resume.json");
        Path html = dir.resolve(name + "." + theme.name().toLowerCase(java.util.Locale.ROOT) + ".html");
        Files.writeString(input, json);
        Files.deleteIfExists(html);
        Checkers.Result result = Checkers.run(List.of(Checkers.dir().resolve("node_modules/.bin/resumed").toString(),
                "render", input.toAbsolutePath().toString(), "--theme", theme.module,
                "--output", html.toAbsolutePath().toString()), Checkers.dir(), Duration.ofSeconds(90));
        assertThat(result.exitCode()).as(result.output()).isZero();
        return Jsoup.parse(html.toFile()).body().text().replaceAll("\\s+", " ");
    }

    /**
     * The export as themes saw it before: no project description or highlights, one skill per entry, the employer
     * under {@code name} only.
     */
    private static String thin(String json) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(json);
        for (JsonNode project : root.get("projects")) {
            ((ObjectNode) project).remove("description");
            ((ObjectNode) project).remove("highlights");
        }
        for (JsonNode job : root.get("work")) {
            ((ObjectNode) job).remove("company");
        }
        ArrayNode skills = MAPPER.createArrayNode();
        for (JsonNode group : root.get("skills")) {
            for (JsonNode skill : group.at("/x-portfolio/skills")) {
                skills.add(skill);
            }
        }
        root.set("skills", skills);
        return MAPPER.writeValueAsString(root);
    }
}

package io.github.portfoliosdk.render.markdown;

import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.SkillLevel;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final Portfolio FULL = SamplePortfolios.full();

    private static MarkdownRenderer.Builder renderer() {
        return MarkdownRenderer.builder().clock(SamplePortfolios.CLOCK);
    }

    private static Portfolio withProject(Project project) {
        return Portfolio.builder().person(Person.builder().name("Ada").build()).addProject(project).build();
    }

    private static final Flow CACHE_PATH = Flow.of("Cache read path",
            Stage.of(Node.of("Client", "GET /api/profile/")),
            Stage.of(Node.of("Redis")),
            Stage.labelled("MISS", Node.of("PostgreSQL"), Node.of("Replica")));

    @Test
    void flavorsGoByTheNamesTheCommandLineAndThePluginTake() {
        assertThat(Flavor.fromName("github")).contains(Flavor.GITHUB);
        assertThat(Flavor.fromName("gfm")).contains(Flavor.GITHUB);
        assertThat(Flavor.fromName("commonmark")).contains(Flavor.COMMONMARK);
        assertThat(Flavor.fromName("markdown")).isEmpty();
        assertThat(Flavor.fromName(null)).isEmpty();
    }

    @Test
    void aMinimalPortfolioIsItsNameAsTheTitle() {
        assertThat(renderer().build().render(SamplePortfolios.minimal())).isEqualTo("# Ada Lovelace\n");
    }

    @Test
    void theHeroShowsNameHeadlineTaglineFactsAndMetrics() {
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name("Vinayagam D").headline("Python Backend Engineer")
                        .tagline("Building scalable systems and APIs.")
                        .keywords(List.of("Chennai", "Backend Eng", "Python"))
                        .location(new io.github.portfoliosdk.model.Location(null, null, "Chennai", null, "IN"))
                        .availability("Employed")
                        .metrics(List.of(Metric.of("200K+", "Users Served"), Metric.of("200%", "API Performance Gain")))
                        .build())
                .addRole(Role.builder().kind(RoleKind.JOB).title("Backend Engineer")
                        .organization(new io.github.portfoliosdk.model.Organization("Trames Private Limited", "Trames Pvt Ltd", null, null))
                        .period(Period.since(PartialDate.ofMonth(2026, 2))).build())
                .addRole(Role.builder().kind(RoleKind.JOB).title("Python Django Developer")
                        .period(Period.of(PartialDate.ofMonth(2023, 10), PartialDate.ofMonth(2025, 10))).build())
                .build();
        String hero = renderer().sections(List.of(Section.HERO)).build().render(portfolio);
        assertThat(hero).isEqualTo("""
                # Vinayagam D — Python Backend Engineer

                > Building scalable systems and APIs.

                Chennai · Backend Eng · Python

                **Location:** Chennai, IN · **Experience:** 2+ years · **Current role:** Trames Pvt Ltd · **Status:** Employed

                | 200K+ | 200% |
                | :-: | :-: |
                | Users Served | API Performance Gain |
                """);
    }

    @Test
    void yearsOfExperienceFollowTheClock() {
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada").build())
                .addRole(Role.builder().title("Engineer").period(Period.since(PartialDate.ofMonth(2024, 1))).build())
                .build();
        String lastYear = renderer().clock(java.time.Clock.fixed(java.time.Instant.parse("2025-06-01T00:00:00Z"),
                java.time.ZoneOffset.UTC)).sections(List.of(Section.HERO)).build().render(portfolio);
        String now = renderer().sections(List.of(Section.HERO)).build().render(portfolio);
        assertThat(lastYear).contains("**Experience:** 1 year ·");
        assertThat(now).contains("**Experience:** 2+ years ·");
    }

    @Test
    void aProjectShowsProblemSolutionArchitectureStackAndImpact() {
        Project project = Project.builder().name("Civic Services").period(Period.year(2024))
                .categories(List.of("AI", "Civic tech")).badge("200K+ USERS")
                .problem("Paper backlogs.").solution("A Django backend.").architecture(CACHE_PATH)
                .techStack(List.of("Python", "Django")).impact("Days became minutes.")
                .impactMetrics(List.of(Metric.of("99%+", "Uptime SLA"))).build();
        assertThat(renderer().sections(List.of(Section.PROJECTS)).build().render(withProject(project))).isEqualTo("""
                ## Selected projects

                ### Civic Services

                2024 · AI · Civic tech · 200K+ USERS

                **Problem.** Paper backlogs.

                **Solution.** A Django backend.

                **Architecture:** Cache read path

                ```mermaid
                flowchart LR
                  n1["Client<br>GET /api/profile/"]
                  n2["Redis"]
                  n3["PostgreSQL"]
                  n4["Replica"]
                  n1 --> n2
                  n2 -->|"MISS"| n3
                  n2 -->|"MISS"| n4
                ```

                **Tech stack:** Python · Django

                **Impact.** Days became minutes.

                | 99%+ |
                | :-: |
                | Uptime SLA |
                """);
    }

    @Test
    void withoutMermaidAFlowReadsAsArrows() {
        Portfolio portfolio = withProject(Project.builder().name("P").architecture(CACHE_PATH).build());
        String expected = "Client (GET /api/profile/) → Redis —MISS→ PostgreSQL / Replica\n";
        assertThat(renderer().mermaid(false).build().render(portfolio)).contains(expected).doesNotContain("```");
        assertThat(renderer().flavor(Flavor.COMMONMARK).build().render(portfolio)).contains(expected).doesNotContain("```");
    }

    @Test
    void commonMarkFlavourWritesNoHtmlNoTablesAndNoMermaid() {
        String markdown = renderer().flavor(Flavor.COMMONMARK).build().render(FULL);
        ParsedMarkdown parsed = ParsedMarkdown.parse(markdown);
        assertThat(parsed.html()).isEmpty();
        assertThat(parsed.tables()).isEmpty();
        assertThat(markdown).doesNotContain("```").doesNotContain("[!NOTE]");
        assertThat(markdown).contains("> **WHY ASYNC** — Respond in under 5s.\n");
        assertThat(markdown).contains("**8+** Apps Shipped\n");
    }

    @Test
    void gitHubFlavourCollapsesDesignNotesAndUsesAlerts() {
        String markdown = renderer().build().render(FULL);
        assertThat(markdown).contains("<details>\n<summary><strong>Designing Webhook Processing Systems</strong>"
                + " · EVENT-DRIVEN SYSTEMS</summary>\n\nWebhooks deliver events.\n");
        assertThat(markdown).contains("> [!NOTE]\n> **WHY ASYNC** — Respond in under 5s.\n");
        assertThat(markdown).contains("<picture>\n<source media=\"(prefers-color-scheme: dark)\" srcset=\"https://example.com/me-dark.png\">\n"
                + "<img src=\"https://example.com/me.png\" alt=\"Vinayagam D\" width=\"120\" align=\"right\">\n</picture>\n");
    }

    @Test
    void theHeroPortraitFollowsGitHubsThemeWhenThereIsOneForDarkThemes() {
        Person light = Person.builder().name("Ada \"The\" <Countess>").image("https://example.com/ada.png?size=120&v='2'").build();
        Person both = light.toBuilder().imageDark("https://example.com/ada-dark.png?size=120&v=2").build();
        MarkdownRenderer hero = renderer().sections(List.of(Section.HERO)).build();

        assertThat(hero.render(Portfolio.builder().person(light).build())).isEqualTo("""
                # Ada "The" \\<Countess\\>

                <img src="https://example.com/ada.png?size=120&amp;v=%272%27" alt="Ada &quot;The&quot; &lt;Countess&gt;" width="120" align="right">
                """);
        assertThat(hero.render(Portfolio.builder().person(both).build())).isEqualTo("""
                # Ada "The" \\<Countess\\>

                <picture>
                <source media="(prefers-color-scheme: dark)" srcset="https://example.com/ada-dark.png?size=120&amp;v=2">
                <img src="https://example.com/ada.png?size=120&amp;v=%272%27" alt="Ada &quot;The&quot; &lt;Countess&gt;" width="120" align="right">
                </picture>
                """);
        assertThat(renderer().flavor(Flavor.COMMONMARK).sections(List.of(Section.HERO)).build()
                .render(Portfolio.builder().person(both).build())).isEqualTo("# Ada \"The\" \\<Countess\\>\n");
    }

    @Test
    void aDarkPortraitThatIsNotAnHttpUrlIsNeverWritten() {
        Person person = Person.builder().name("Ada").image("https://example.com/ada.png").imageDark("ftp://example.com/ada.png").build();
        String markdown = renderer().sections(List.of(Section.HERO)).build().render(Portfolio.builder().person(person).build());
        assertThat(markdown).doesNotContain("ftp:").doesNotContain("<source");
    }

    @Test
    void skillsAreGroupedByCategoryInOrderOfFirstAppearance() {
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada").build())
                .addSkill(Skill.of("Python", SkillLevel.EXPERT, "Backend"))
                .addSkill(Skill.of("PostgreSQL", SkillLevel.EXPERT, "Databases"))
                .addSkill(Skill.of("Django", SkillLevel.ADVANCED, "Backend"))
                .addSkill(Skill.of("Curiosity", null, null))
                .build();
        assertThat(renderer().sections(List.of(Section.SKILLS)).build().render(portfolio)).isEqualTo("""
                ## Tech stack

                ### Backend

                | Skill | Level |
                | --- | --- |
                | Python | Expert |
                | Django | Advanced |

                ### Databases

                | Skill | Level |
                | --- | --- |
                | PostgreSQL | Expert |

                ### Other

                | Skill | Level |
                | --- | --- |
                | Curiosity | |
                """);
    }

    @Test
    void badgesAreShieldsIoStaticBadgesWithTheTextEncoded() {
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada").build())
                .addSkill(Skill.of("Flask / FastAPI", SkillLevel.ADVANCED, "Web"))
                .addSkill(Skill.of("C-sharp_2", SkillLevel.EXPERT, "Web"))
                .primaryStack(List.of("Node.js"))
                .build();
        String markdown = renderer().badges(true).sections(List.of(Section.SKILLS)).build().render(portfolio);
        assertThat(markdown).contains("![Flask / FastAPI: Advanced](https://img.shields.io/badge/Flask%20%2F%20FastAPI-Advanced-1f6feb)"
                + " ![C-sharp\\_2: Expert](https://img.shields.io/badge/C--sharp__2-Expert-2ea44f)\n");
        assertThat(markdown).contains("**Primary stack:** ![Node.js](https://img.shields.io/badge/Node.js-24292f)\n");
    }

    @Test
    void sectionsCanBeChosenReorderedAndRetitled() {
        String markdown = renderer()
                .sections(List.of(Section.CONTACT, Section.ABOUT))
                .sectionTitle(Section.CONTACT, "Say hello")
                .build().render(FULL);
        ParsedMarkdown parsed = ParsedMarkdown.parse(markdown);
        assertThat(parsed.headings(2)).containsExactly("Say hello", "About me");
        assertThat(parsed.headings(1)).isEmpty();
    }

    @Test
    void aSectionListedTwiceOrNoSectionIsRefused() {
        assertThatThrownBy(() -> MarkdownRenderer.builder().sections(List.of(Section.ABOUT, Section.ABOUT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sections: about is listed twice");
        assertThatThrownBy(() -> MarkdownRenderer.builder().sections(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sections: at least one section is needed");
        assertThatThrownBy(() -> MarkdownRenderer.builder().sections())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sections: at least one section is needed");
    }

    @Test
    void theHeroComesFirstWhereverItIsListedAndLeftOutThereIsNoLevelOneHeading() {
        String heroLast = renderer().sections(Section.ABOUT, Section.HERO).build().render(FULL);
        assertThat(heroLast).startsWith("# Vinayagam D — Python Backend Engineer\n");
        assertThat(ParsedMarkdown.parse(heroLast).headings(2)).containsExactly("About me");

        ParsedMarkdown noHero = ParsedMarkdown.parse(renderer().sections(Section.ABOUT).build().render(FULL));
        assertThat(noHero.headings(1)).isEmpty();
        assertThat(noHero.headings(2)).containsExactly("About me");
    }

    @Test
    void aUserRendererCanWrapTheDefaultRendererOfASection() {
        MarkdownSectionRenderer builtIn = MarkdownRenderer.defaultSectionRenderer(Section.FOCUS);
        MarkdownSectionRenderer focusAndMore = MarkdownSectionRenderer.of(builtIn::hasContent, (portfolio, context) -> {
            builtIn.render(portfolio, context);
            context.writer().paragraph("Ask me about " + context.title() + " *today*");
        });
        String wrapped = renderer().sections(Section.FOCUS).sectionRenderer(Section.FOCUS, focusAndMore).build().render(FULL);
        String plain = renderer().sections(Section.FOCUS).build().render(FULL);

        assertThat(wrapped).isEqualTo(plain + "\nAsk me about What I'm focused on \\*today\\*\n");
    }

    @Test
    void aSectionWhoseRendererHasNoContentIsLeftOutHeadingAndAll() {
        MarkdownSectionRenderer nothing = MarkdownSectionRenderer.of(portfolio -> false,
                (portfolio, context) -> context.writer().paragraph("never"));
        assertThat(renderer().sections(Section.ABOUT, Section.FOCUS).sectionRenderer(Section.FOCUS, nothing).build().render(FULL))
                .isEqualTo(renderer().sections(Section.ABOUT).build().render(FULL));
    }

    @Test
    void fixedWordsAreLabelsThatCanBeTranslated() {
        String markdown = renderer().label(Label.PRESENT, "heute").label(Label.TECH, "Technik").label(Label.INTERNSHIP, "Praktikum")
                .sections(Section.WORK).build().render(FULL);

        assertThat(markdown).contains("Feb 2026 – heute").contains("**Technik:** TypeScript").contains("Praktikum")
                .doesNotContain("present").doesNotContain("Tech:").doesNotContain("Internship");
        assertThat(Label.PRESENT.english()).isEqualTo("present");
    }

    @Test
    void aSectionRendererDrawsFlowsAsTheBuiltInSectionsDo() {
        MarkdownSectionRenderer flows = MarkdownSectionRenderer.of(portfolio -> true,
                (portfolio, context) -> context.flow(portfolio.projects().get(0).architecture()));
        String text = renderer().mermaid(false).sections(Section.FOCUS).sectionRenderer(Section.FOCUS, flows).build().render(FULL);
        String mermaid = renderer().sections(Section.FOCUS).sectionRenderer(Section.FOCUS, flows).build().render(FULL);

        assertThat(text).contains("**Request path:**").contains("Client").contains(" → ").doesNotContain("```mermaid");
        assertThat(mermaid).contains("**Request path:**").contains("```mermaid\nflowchart LR\n");
    }

    @Test
    void createIsTheDefaultBuilder() {
        assertThat(MarkdownRenderer.create().render(SamplePortfolios.minimal()))
                .isEqualTo(MarkdownRenderer.builder().build().render(SamplePortfolios.minimal()));
    }

    @Test
    void theHeadingOffsetNestsEveryHeading() {
        ParsedMarkdown plain = ParsedMarkdown.parse(renderer().build().render(FULL));
        ParsedMarkdown nested = ParsedMarkdown.parse(renderer().headingOffset(2).build().render(FULL));
        assertThat(nested.headings(3)).isEqualTo(plain.headings(1));
        assertThat(nested.headings(4)).isEqualTo(plain.headings(2));
        assertThat(nested.headings(5)).isEqualTo(plain.headings(3));
        assertThat(nested.headings(1)).isEmpty();
        assertThat(nested.headings(2)).isEmpty();
        assertThatThrownBy(() -> MarkdownRenderer.builder().headingOffset(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneSectionCanBeReplacedWithoutForkingTheRenderer() {
        MarkdownSectionRenderer shortContact = MarkdownSectionRenderer.of(portfolio -> true, (portfolio, context) ->
                context.writer().paragraph("Write to " + portfolio.person().contact().email() + " *now*"));
        String markdown = renderer().sections(List.of(Section.ABOUT, Section.CONTACT))
                .sectionRenderer(Section.CONTACT, shortContact).build().render(FULL);
        assertThat(markdown).endsWith("## Get in touch\n\nWrite to someone@example.com \\*now\\*\n");
    }

    @Test
    void aSectionRendererSeesTheRenderersOptions() {
        List<String> seen = new ArrayList<>();
        MarkdownSectionRenderer spy = MarkdownSectionRenderer.of(portfolio -> true, (portfolio, context) -> seen.add(
                context.section() + " " + context.title() + " h" + context.headingLevel() + " " + context.flavor()
                + " mermaid=" + context.mermaid() + " badges=" + context.badges() + " " + context.locale() + " "
                + context.clock().instant() + " " + context.today() + " " + context.period(portfolio.roles().get(0).period())
                + " " + context.date(portfolio.publications().get(0).releaseDate())));
        renderer().headingOffset(1).badges(true).sectionTitle(Section.FOCUS, "Now").locale(Locale.GERMAN)
                .sections(List.of(Section.HERO, Section.FOCUS))
                .sectionRenderer(Section.HERO, spy).sectionRenderer(Section.FOCUS, spy).build().render(FULL);
        renderer().flavor(Flavor.COMMONMARK).sections(List.of(Section.FOCUS)).sectionRenderer(Section.FOCUS, spy)
                .build().render(FULL);
        assertThat(seen).containsExactly(
                "hero Start h2 GITHUB mermaid=true badges=true de 2026-11-25T12:00:00Z 2026-11-25 Feb. 2026 – heute 1. März 2025",
                "focus Now h3 GITHUB mermaid=true badges=true de 2026-11-25T12:00:00Z 2026-11-25 Feb. 2026 – heute 1. März 2025",
                "focus What I'm focused on h2 COMMONMARK mermaid=false badges=false en 2026-11-25T12:00:00Z 2026-11-25"
                        + " Feb 2026 – present Mar 1, 2025");
    }

    @Test
    void aSectionRendererThatLeavesABlockOpenIsReported() {
        MarkdownRenderer broken = renderer().sections(List.of(Section.ABOUT))
                .sectionRenderer(Section.ABOUT, MarkdownSectionRenderer.of(portfolio -> true,
                        (portfolio, context) -> context.writer().startParagraph())).build();
        assertThatThrownBy(() -> broken.render(FULL)).isInstanceOf(IllegalStateException.class).hasMessageContaining("not ended");
    }

    @Test
    void datesFollowTheLocale() {
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada").build())
                .addRole(Role.builder().title("Ingénieure").period(Period.of(PartialDate.ofMonth(2023, 2), PartialDate.ofMonth(2023, 7))).build())
                .build();
        assertThat(renderer().locale(Locale.FRENCH).sections(List.of(Section.WORK)).build().render(portfolio))
                .contains("févr. 2023 – juil. 2023");
    }

    @Test
    void renderingIsDeterministicAndSafeToShareBetweenThreads() throws Exception {
        MarkdownRenderer shared = renderer().build();
        String expected = shared.render(FULL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> shared.render(FULL)));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aStringAndAStreamGetTheSameBytesHoweverLongTheReadme() {
        Portfolio large = Portfolio.builder().person(Person.builder().name("Ada")
                .about(List.of("Analytical engine — ".repeat(3_000), "Notes on the * and _ of it. ".repeat(2_000))).build())
                .build();
        MarkdownRenderer renderer = renderer().build();
        StringBuilder streamed = new StringBuilder();
        renderer.render(large, streamed);
        assertThat(renderer.render(large)).hasSizeGreaterThan(100_000).isEqualTo(streamed.toString());
    }

    @Test
    void aWriterAndAnyOtherAppendableGetTheSameCharacters() {
        MarkdownRenderer renderer = renderer().build();
        StringWriter writer = new StringWriter();
        renderer.render(FULL, writer);
        StringBuffer buffer = new StringBuffer();
        renderer.render(FULL, buffer);
        assertThat(writer).hasToString(renderer.render(FULL));
        assertThat(buffer).hasToString(renderer.render(FULL));
    }

    @Test
    void outputFailuresAreReportedUnchecked() {
        Appendable broken = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> renderer().build().render(FULL, broken))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    }

    @Test
    void theOutputEndsWithExactlyOneLineFeed() {
        assertThat(renderer().build().render(FULL)).endsWith(")\n").doesNotContain("\n\n\n");
    }

    @Test
    void theRendererIsFoundByFormatName() {
        assertThat(renderer().build().format()).isEqualTo("markdown");
        assertThat(PortfolioRenderers.forFormat("markdown")).get()
                .satisfies(found -> {
                    assertThat(found.mediaType()).isEqualTo("text/markdown");
                    assertThat(found.toBytes(SamplePortfolios.minimal()))
                            .isEqualTo("# Ada Lovelace\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                });
    }

    @Test
    void aTailoredVariantShowsTheTaggedAndUntaggedItemsOnly() {
        String featured = renderer().tags(java.util.Set.of("featured")).build().render(FULL);
        assertThat(featured).contains("Civic Services Platform", "PHP Intern").doesNotContain("Built tracking.");
        String backend = renderer().tags(java.util.Set.of("backend")).build().render(FULL);
        assertThat(backend).contains("Built tracking.").doesNotContain("Civic Services Platform");
    }

    @Test
    void anInvalidPortfolioMadeWithTheRecordConstructorIsRefusedWithItsProblemsAndNothingIsWritten() {
        Portfolio invalid = SamplePortfolios.invalidThroughConstructor();
        MarkdownRenderer renderer = MarkdownRenderer.create();
        StringBuilder output = new StringBuilder();
        assertThatThrownBy(() -> renderer.render(invalid, output))
                .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.problems())
                        .map(Problem::toString).containsExactlyElementsOf(SamplePortfolios.INVALID_PROBLEMS));
        assertThat(output).isEmpty();
        assertThatThrownBy(() -> renderer.render(invalid)).isInstanceOf(InvalidPortfolioException.class);
    }
}

package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.html.internal.HtmlRendererProvider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HtmlRendererTest {

    private static final HtmlRenderer PAGE = HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build();

    private static Document page(HtmlRenderer renderer, Portfolio portfolio) {
        return Jsoup.parse(renderer.render(portfolio));
    }

    private static List<String> texts(Elements elements) {
        return elements.eachText();
    }

    @Test
    void pageIsAStandaloneDocumentWithTitleDescriptionCanonicalLinkAndSocialCards() {
        String html = PAGE.render(SamplePortfolios.full());
        Document page = Jsoup.parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(page.title()).isEqualTo("Vinayagam D — Python Backend Engineer");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Backend engineer from Chennai.");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.com/portfolio");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("profile");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Vinayagam D — Python Backend Engineer");
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("https://example.com/portfolio");
        assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("https://example.com/me.png");
        assertThat(html).as("social cards have no theme, and the page shows no images").doesNotContain("me-dark.png");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(page.select("meta[name=viewport]")).hasSize(1);
    }

    @Test
    void pageNeedsNoNetworkAndNoJavaScript() {
        Document page = page(PAGE, SamplePortfolios.full());

        assertThat(page.select("link[rel=stylesheet], script[src], img, iframe, object, embed, video, audio")).isEmpty();
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("script").attr("type")).isEqualTo("application/ld+json");
        assertThat(page.select("style").html()).doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
    }

    @Test
    void jsonLdDescribesThePersonWithProfilesEmployerAndSkills() {
        Document page = page(PAGE, SamplePortfolios.full());
        JsonNode person = JsonMapper.builder().build().readTree(page.select("script[type=application/ld+json]").html());

        assertThat(person.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(person.get("@type").asString()).isEqualTo("Person");
        assertThat(person.get("name").asString()).isEqualTo("Vinayagam D");
        assertThat(person.get("jobTitle").asString()).isEqualTo("Python Backend Engineer");
        assertThat(person.get("sameAs").get(0).asString()).isEqualTo("https://example.com/x");
        assertThat(person.get("worksFor").get(0).get("name").asString()).isEqualTo("Acme Private Limited");
        assertThat(person.get("address").get("addressLocality").asString()).isEqualTo("Chennai");
        List<String> knowsAbout = new ArrayList<>();
        person.get("knowsAbout").forEach(skill -> knowsAbout.add(skill.asString()));
        assertThat(knowsAbout).containsExactly("Python", "Django", "Flask / FastAPI", "Docker");
        assertThat(person.get("alumniOf").get(0).get("name").asString()).isEqualTo("Anna University");
    }

    @Test
    void fragmentIsOnlyThePortfolioWithEveryClassAndIdPrefixed() {
        HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).theme(Theme.CLASSIC).clock(SamplePortfolios.CLOCK).build();
        String html = fragment.render(SamplePortfolios.full());
        Element root = Jsoup.parseBodyFragment(html).body().child(0);

        assertThat(html).doesNotContain("<html").doesNotContain("<head").doesNotContain("<body").doesNotContain("<style")
                .doesNotContain("<script").doesNotContain("<main").doesNotContain("<header");
        assertThat(root.className()).isEqualTo("pf-root pf-classic");
        assertThat(root.attr("lang")).isEqualTo("en");
        for (Element element : root.select("[class]")) {
            assertThat(element.classNames()).allSatisfy(name -> assertThat(name).startsWith("pf-"));
        }
        for (Element element : root.select("[id]")) {
            assertThat(element.id()).startsWith("pf-");
        }
        assertThat(root.select("a[href^=#]")).allSatisfy(link -> assertThat(link.attr("href")).startsWith("#pf-"));
        assertThat(fragment.fragment()).isTrue();
        assertThat(fragment.theme()).isEqualTo(Theme.CLASSIC);
    }

    @Test
    void heroShowsNameHeadlineTaglineFactsKeywordsAndFigures() {
        Element hero = page(PAGE, SamplePortfolios.full()).selectFirst("header.pf-hero");

        assertThat(hero.select("h1").text()).isEqualTo("Vinayagam D");
        assertThat(hero.select(".pf-kicker").text()).isEqualTo("Python Backend Engineer");
        assertThat(hero.select(".pf-tagline").text()).isEqualTo("Building scalable systems and APIs.");
        assertThat(texts(hero.select(".pf-fact"))).containsExactly(
                "Location Chennai, IN", "Experience Under a year", "Current role Acme", "Status Employed");
        assertThat(texts(hero.select(".pf-keywords li"))).containsExactly("Chennai", "Python");
        assertThat(texts(hero.select(".pf-hero-metrics .pf-metric"))).containsExactly("Apps Shipped 8+");
    }

    @Test
    void yearsOfExperienceAndPresentAreCountedUpToTheClock() {
        Clock later = Clock.fixed(Instant.parse("2028-06-15T00:00:00Z"), ZoneOffset.UTC);
        Document page = page(HtmlRenderer.builder().clock(later).build(), SamplePortfolios.full());

        assertThat(page.select(".pf-fact").eachText()).contains("Experience 2+ years");
        assertThat(page.select(".pf-role-period").first().text()).isEqualTo("Feb 2026 – present");
    }

    @Test
    void workHistoryShowsDatesOrganizationPlaceTagsHighlightsAndFigures() {
        Element job = page(PAGE, SamplePortfolios.full()).selectFirst("#work .pf-role");

        assertThat(job.select(".pf-role-period").text()).isEqualTo("Feb 2026 – present");
        assertThat(job.select(".pf-role-period time").attr("datetime")).isEqualTo("2026-02");
        assertThat(job.select("h3").text()).isEqualTo("Backend Engineer");
        assertThat(job.select(".pf-role-org").text()).isEqualTo("Acme Private Limited · Singapore (Remote)");
        assertThat(job.select(".pf-role-org a").attr("href")).isEqualTo("https://example.com/acme");
        assertThat(job.select(".pf-org-about").text()).isEqualTo("Logistics software");
        assertThat(texts(job.select(".pf-tags li"))).containsExactly("TypeScript", "Node.js");
        assertThat(texts(job.select(".pf-highlights li"))).containsExactly("Built tracking.", "Cut costs.");
        assertThat(texts(job.select(".pf-metric"))).containsExactly("Users 200K+");
    }

    @Test
    void periodsReadAsInEveryOtherRendererWithTheirDatesMachineReadable() {
        Portfolio sample = SamplePortfolios.full();
        for (Period period : List.of(Period.parse("2020-01", null), Period.parse("2019-03", "2021-11"),
                Period.parse("2024", "2024"), new Period(null, PartialDate.parse("2021")))) {
            List<Role> roles = new ArrayList<>(sample.roles());
            roles.set(0, roles.get(0).toBuilder().period(period).build());
            Element shown = page(PAGE, sample.toBuilder().roles(roles).build()).selectFirst("#work .pf-role-period");

            assertThat(shown.text()).isEqualTo(Labels.of(Locale.ENGLISH).period(period));
            assertThat(shown.select("time").eachAttr("datetime"))
                    .containsExactlyElementsOf(Stream.of(period.start(), period.end()).filter(Objects::nonNull)
                            .map(PartialDate::toString).distinct().toList());
        }
    }

    @Test
    void internshipsAreWorkHistoryAndVolunteeringHasItsOwnSection() {
        Document page = page(PAGE, SamplePortfolios.full());

        assertThat(texts(page.select("#work .pf-role-title"))).containsExactly("Backend Engineer", "PHP Intern");
        assertThat(texts(page.select("#volunteering .pf-role-title"))).containsExactly("Volunteer");
        assertThat(page.select("#volunteering .pf-role-period").text()).isEqualTo("Jan 15, 2020 – 2021");
    }

    @Test
    void projectsShowNumberYearCategoriesBadgeProblemSolutionArchitectureStackAndImpact() {
        Element project = page(PAGE, SamplePortfolios.full()).selectFirst("article.pf-project");

        assertThat(project.id()).isEqualTo("project-civic");
        assertThat(project.select(".pf-project-num").text()).isEqualTo("Project 01 / 2024");
        assertThat(texts(project.select(".pf-categories li"))).containsExactly("AI", "Civic tech");
        assertThat(project.select(".pf-badge").text()).isEqualTo("200K+ USERS");
        assertThat(project.select("h3").text()).isEqualTo("Civic Services Platform");
        assertThat(texts(project.select(".pf-block"))).containsExactly("Problem Paper backlogs.", "Solution A Django backend.");
        assertThat(texts(project.select("h4.pf-label"))).containsExactly("Problem", "Solution", "Architecture", "Tech stack", "Impact");
        assertThat(texts(project.select(".pf-metric"))).containsExactly("Uptime SLA 99%+");
        assertThat(project.select(".pf-links a").eachAttr("href")).containsExactly("https://example.com/civic", "https://example.com/civic/source");
    }

    @Test
    void flowsAreOrderedListsOfStagesWithParallelNodesAndEdgeLabels() {
        Element flow = page(PAGE, SamplePortfolios.full()).selectFirst("article.pf-project figure.pf-flow");

        assertThat(flow.select("figcaption").text()).isEqualTo("Request path");
        Elements stages = flow.select("ol.pf-stages > li.pf-stage");
        assertThat(stages).hasSize(3);
        assertThat(stages.get(0).select(".pf-node-name").text()).isEqualTo("Client");
        assertThat(stages.get(0).select(".pf-node-caption").text()).isEqualTo("Browser · Mobile");
        assertThat(stages.get(2).select(".pf-edge").text()).isEqualTo("HIT");
        assertThat(texts(stages.get(2).select("ul.pf-nodes > li .pf-node-name"))).containsExactly("Cache", "Database");
    }

    @Test
    void designNotesShowCalloutsNumberedPointsAndLinkUsedInToProjectsOnThePage() {
        Document page = page(PAGE, SamplePortfolios.full());

        Element note = page.selectFirst("#design-notes article.pf-note");
        assertThat(note.select(".pf-note-meta").text()).isEqualTo("Note 01 EVENT-DRIVEN SYSTEMS");
        assertThat(texts(note.select(".pf-callout"))).containsExactly("WHY ASYNC Respond in under 5s.",
                "Used in Civic Services Platform (ID checks), Commai");
        Element link = note.selectFirst(".pf-used-in a");
        assertThat(link.attr("href")).isEqualTo("#project-civic");
        assertThat(page.getElementById("project-civic")).isNotNull();

        Element overview = page.selectFirst("#system-design");
        assertThat(overview.select("h4").text()).isEqualTo("How the system works");
        assertThat(texts(overview.select(".pf-point"))).containsExactly("01 Request flow Nginx first.", "02 Caching Redis next.");
    }

    @Test
    void usedInIsPlainTextWhenTheProjectIsNotOnThePage() {
        HtmlRenderer withoutProjects = HtmlRenderer.builder().clock(SamplePortfolios.CLOCK)
                .sections(List.of(Section.HERO, Section.DESIGN_NOTES)).build();
        Element usedIn = page(withoutProjects, SamplePortfolios.full()).selectFirst(".pf-used-in");

        assertThat(usedIn.text()).isEqualTo("Used in Civic Services Platform (ID checks), Commai");
        assertThat(usedIn.select("a")).isEmpty();
    }

    @Test
    void skillsAreGroupedByCategoryWithLevelsFiguresAndThePrimaryStack() {
        Element skills = page(PAGE, SamplePortfolios.full()).selectFirst("#skills");

        assertThat(texts(skills.select(".pf-skill-category"))).containsExactly("Languages", "Cloud & DevOps");
        assertThat(texts(skills.select(".pf-skill"))).containsExactly("Python Expert", "Flask / FastAPI Master APIs", "Docker Advanced");
        assertThat(texts(skills.select(".pf-skill-keywords"))).containsExactly("APIs");
        assertThat(skills.select(".pf-level-4").text()).isEqualTo("Expert");
        assertThat(texts(skills.select(".pf-stack-metrics .pf-metric"))).containsExactly("Years of production experience 2+");
        assertThat(texts(skills.select(".pf-primary li"))).containsExactly("Python", "Django");
    }

    @Test
    void contactHasMailtoTelAndWebLinksAndTheLocation() {
        Element contact = page(PAGE, SamplePortfolios.full()).selectFirst("#contact");

        assertThat(texts(contact.select(".pf-contact-entry"))).containsExactly("Email someone@example.com",
                "Phone +91 00000 00000", "Website example.com/home", "X / Twitter example.com/x (_vinyjr)",
                "Location Chennai, Tamil Nadu, India");
        assertThat(contact.select("a").eachAttr("href")).containsExactly("mailto:someone@example.com",
                "tel:+910000000000", "https://example.com/home", "https://example.com/x");
    }

    @Test
    void jsonResumeOnlySectionsAreRenderedWhenPresent() {
        Document page = page(PAGE, SamplePortfolios.full());

        assertThat(page.select("#education .pf-entry").text()).isEqualTo("Anna University Bachelor · Computer Science 2017 – 2021 Score 8.1 Courses Databases");
        assertThat(page.select("#certificates .pf-entry").text()).isEqualTo("PHP Developer Training Centre · Jul 2023");
        assertThat(page.select("#awards .pf-entry").text()).isEqualTo("Best Intern Training Centre · 2023 For the best project.");
        assertThat(page.select("#publications .pf-entry").text()).isEqualTo("Webhooks at scale Dev Blog · Mar 1, 2025 On queues.");
        assertThat(texts(page.select("#languages .pf-pair"))).containsExactly("Tamil Native speaker", "English Fluent");
        assertThat(page.select("#interests .pf-entry").text()).isEqualTo("Distributed systems Queues");
        assertThat(page.select("#references blockquote").text()).isEqualTo("Ships reliable systems.");
        assertThat(page.select("#references figcaption").text()).isEqualTo("A. Manager");
    }

    @Test
    void sectionsAreNumberedInTheGivenOrderLeavingEmptyOnesOut() {
        HtmlRenderer renderer = HtmlRenderer.builder().clock(SamplePortfolios.CLOCK)
                .sections(List.of(Section.CONTACT, Section.HERO, Section.SKILLS, Section.ABOUT)).build();
        Portfolio noSkills = SamplePortfolios.full().toBuilder().skills(List.of()).primaryStack(List.of()).stackMetrics(List.of()).build();
        Document page = page(renderer, noSkills);

        assertThat(texts(page.select("section.pf-section .pf-section-head"))).containsExactly("01 Get in touch", "02 About me");
        assertThat(texts(page.select("nav .pf-nav-list a"))).containsExactly("01 Get in touch", "02 About me");
        assertThat(page.select("nav a").eachAttr("href")).containsExactly("#contact", "#about");
        assertThat(page.select("header.pf-hero")).hasSize(1);
    }

    @Test
    void aMinimalPortfolioIsAHeroAlone() {
        Document page = page(PAGE, SamplePortfolios.minimal());

        assertThat(page.select("h1").text()).isEqualTo("Ada Lovelace");
        assertThat(page.select("section, nav, .pf-facts, .pf-metrics")).isEmpty();
        assertThat(page.title()).isEqualTo("Ada Lovelace");
    }

    @Test
    void titlesLabelsDatesAndLanguageCanBeChangedForAnotherLanguage() {
        HtmlRenderer german = HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).locale(Locale.GERMAN)
                .sectionTitle(Section.WORK, "Berufserfahrung").label(Label.PRESENT, "heute").build();
        Document page = page(german, SamplePortfolios.full());

        assertThat(page.select("html").attr("lang")).isEqualTo("de");
        assertThat(page.select("#work h2").text()).isEqualTo("Berufserfahrung");
        assertThat(page.select("#work .pf-role-period").eachText()).containsExactly("Feb. 2026 – heute", "Feb. 2023 – Juli 2023");
    }

    @Test
    void terminalThemeShowsShellPromptsHiddenFromScreenReadersAndClassicDoesNot() {
        Document terminal = page(PAGE, SamplePortfolios.full());
        Document classic = page(HtmlRenderer.builder().theme(Theme.CLASSIC).clock(SamplePortfolios.CLOCK).build(), SamplePortfolios.full());

        assertThat(terminal.select("#about .pf-prompt").text()).isEqualTo("$ cat about/vinayagam.txt");
        assertThat(terminal.select(".pf-prompt").eachAttr("aria-hidden")).allMatch("true"::equals);
        assertThat(terminal.body().className()).isEqualTo("pf-root pf-terminal");
        assertThat(classic.select(".pf-prompt")).isEmpty();
        assertThat(classic.body().className()).isEqualTo("pf-root pf-classic");
    }

    @Test
    void aSectionRendererReplacesOneSectionWithoutTouchingTheOthers() {
        HtmlSectionRenderer shortAbout = HtmlSectionRenderer.of(portfolio -> true, (portfolio, context) -> {
            context.writer().tag("p", "pf-short").text(portfolio.person().about().size() + " paragraphs <hidden>").end("p");
        });
        HtmlRenderer renderer = HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).sectionRenderer(Section.ABOUT, shortAbout).build();
        Document page = page(renderer, SamplePortfolios.full());

        assertThat(page.select("#about h2").text()).isEqualTo("About me");
        assertThat(page.select("#about .pf-section-body").html()).isEqualTo("<p class=\"pf-short\">2 paragraphs &lt;hidden&gt;</p>");
        assertThat(page.select("#work .pf-role")).hasSize(2);
    }

    @Test
    void extraCssFollowsTheThemeAndCannotEndTheStyleElement() {
        HtmlRenderer renderer = HtmlRenderer.builder().extraCss(".pf-name{color:red}</style><script>alert(1)</script>").build();
        Document page = page(renderer, SamplePortfolios.minimal());

        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("style").html()).endsWith(".pf-name{color:red}\\3C /style>\\3C script>alert(1)\\3C /script>");
        assertThat(page.select("script")).hasSize(1);
    }

    @Test
    void streamingToAnyAppendableGivesTheStringInAFewPieces() throws Exception {
        Portfolio portfolio = SamplePortfolios.full();
        for (HtmlRenderer renderer : List.of(PAGE, HtmlRenderer.builder().fragment(true).clock(SamplePortfolios.CLOCK).build())) {
            String expected = renderer.render(portfolio);
            StringWriter writer = new StringWriter();
            renderer.render(portfolio, writer);
            assertThat(writer).hasToString(expected);
            List<String> pieces = new ArrayList<>();
            renderer.render(portfolio, new Appendable() {
                @Override
                public Appendable append(CharSequence csq) {
                    pieces.add(csq.toString());
                    return this;
                }

                @Override
                public Appendable append(CharSequence csq, int start, int end) {
                    return append(csq.subSequence(start, end));
                }

                @Override
                public Appendable append(char c) {
                    return append(String.valueOf(c));
                }
            });
            assertThat(String.join("", pieces)).isEqualTo(expected);
            assertThat(pieces).hasSizeLessThanOrEqualTo(expected.length() / 1000 + 2);
        }
    }

    @Test
    void sameInputGivesTheSameBytesFromEveryThreadAndWhenStreamed() throws Exception {
        Portfolio portfolio = SamplePortfolios.full();
        String expected = PAGE.render(portfolio);
        StringBuilder streamed = new StringBuilder();
        PAGE.render(portfolio, streamed);
        assertThat(streamed).hasToString(expected);
        assertThat(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(portfolio)).isEqualTo(expected);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> PAGE.render(portfolio)));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void builderRejectsRepeatedOrNoSectionsAndBlankTitles() {
        assertThatThrownBy(() -> HtmlRenderer.builder().sections(List.of(Section.ABOUT, Section.WORK, Section.ABOUT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sections: about is listed twice");
        assertThatThrownBy(() -> HtmlRenderer.builder().sections(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sections: at least one section is needed");
        assertThatThrownBy(() -> HtmlRenderer.builder().sectionTitle(Section.WORK, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sectionTitle: the title of work must not be blank");
    }

    @Test
    void isDiscoverableAsTheHtmlFormat() {
        assertThat(PortfolioRenderers.forFormat("html")).hasValueSatisfying(renderer -> {
            assertThat(renderer).isInstanceOf(HtmlRenderer.class);
            assertThat(renderer.format()).isEqualTo("html");
            assertThat(renderer.mediaType()).isEqualTo("text/html");
        });
        assertThat(new HtmlRendererProvider().format()).isEqualTo("html");
    }

    @Test
    void theHeroComesFirstWhereverItIsListedAndLeftOutThereIsNoLevelOneHeading() {
        Document heroLast = page(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).sections(Section.ABOUT, Section.HERO).build(),
                SamplePortfolios.full());
        assertThat(heroLast.select("h1").eachText()).containsExactly("Vinayagam D");
        assertThat(heroLast.select("header.pf-hero ~ main #about")).hasSize(1);

        Document noHero = page(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).sections(Section.ABOUT).build(), SamplePortfolios.full());
        assertThat(noHero.select("h1")).isEmpty();
        assertThat(noHero.select(".pf-hero")).isEmpty();
        assertThat(noHero.select("h2").eachText()).containsExactly("About me");
    }

    @Test
    void aUserRendererCanWrapTheDefaultRendererOfASection() {
        HtmlSectionRenderer builtIn = HtmlRenderer.defaultSectionRenderer(Section.FOCUS);
        HtmlSectionRenderer focusAndMore = HtmlSectionRenderer.of(builtIn::hasContent, (portfolio, context) -> {
            builtIn.render(portfolio, context);
            context.writer().element("p", "pf-more", "Ask me about " + context.title() + " <today>");
        });
        Element wrapped = page(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).sectionRenderer(Section.FOCUS, focusAndMore).build(),
                SamplePortfolios.full()).selectFirst("#focus .pf-section-body");
        Element plain = page(PAGE, SamplePortfolios.full()).selectFirst("#focus .pf-section-body");

        assertThat(wrapped.html()).isEqualTo(plain.html() + "\n<p class=\"pf-more\">Ask me about What I'm focused on &lt;today&gt;</p>");
    }

    @Test
    void aSectionRendererIsGivenWhatTheBuiltInSectionsUse() {
        List<String> seen = new ArrayList<>();
        HtmlSectionRenderer spy = HtmlSectionRenderer.of(portfolio -> true, (portfolio, context) -> {
            seen.add(context.section() + " " + context.title() + " h" + context.headingLevel() + " " + context.theme()
                    + " fragment=" + context.fragment() + " " + context.locale() + " " + context.clock().instant() + " "
                    + context.today() + " " + context.label(Label.PRESENT) + " " + context.period(portfolio.roles().get(0).period())
                    + " " + context.date(portfolio.publications().get(0).releaseDate()) + " " + context.id("x") + " "
                    + context.uniqueId("note", "Web Hooks!", 1) + " " + context.uniqueId("note", "web-hooks", 2) + " "
                    + context.projectId(portfolio.projects().get(0)) + " " + context.projectLink("civic").orElse("none"));
        });
        HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).fragment(true).idPrefix("me-").label(Label.PRESENT, "now")
                .sections(Section.FOCUS, Section.PROJECTS).sectionTitle(Section.FOCUS, "Now").sectionRenderer(Section.FOCUS, spy)
                .build().render(SamplePortfolios.full());

        assertThat(seen).containsExactly("focus Now h2 TERMINAL fragment=true en 2026-11-25T12:00:00Z 2026-11-25 now Feb 2026 – now"
                + " Mar 1, 2025 me-x me-note-web-hooks me-note-web-hooks-2 me-project-civic #me-project-civic");
    }

    @Test
    void twoFragmentsWithTheirOwnIdPrefixesShareNoIdOnOnePage() {
        HtmlRenderer.Builder builder = HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).fragment(true);
        String first = builder.idPrefix("pf-a-").build().render(SamplePortfolios.full());
        String second = builder.idPrefix("pf-b-").build().render(SamplePortfolios.full());
        Document host = Jsoup.parse("<!doctype html><html lang=en><head><title>Host</title></head><body>"
                + first + second + "</body></html>");

        List<String> ids = host.select("[id]").eachAttr("id");
        assertThat(ids).hasSizeGreaterThan(20).doesNotHaveDuplicates();
        assertThat(ids).contains("pf-a-work", "pf-b-work", "pf-a-project-civic", "pf-b-project-civic");
        for (Element link : host.select("a[href^=#]")) {
            assertThat(host.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        for (Element labelled : host.select("[aria-labelledby]")) {
            assertThat(host.getElementById(labelled.attr("aria-labelledby"))).as(labelled.attr("aria-labelledby")).isNotNull();
        }
        Document sameDefaults = Jsoup.parse(builder.idPrefix("pf-").build().render(SamplePortfolios.full())
                + HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).fragment(true).build().render(SamplePortfolios.full()));
        List<String> clashing = sameDefaults.select("[id]").eachAttr("id");
        assertThat(new java.util.HashSet<>(clashing)).as("without their own prefixes, the ids clash").hasSizeLessThan(clashing.size());
    }

    @Test
    void anIdPrefixMustBeAValidStartOfAnId() {
        assertThatThrownBy(() -> HtmlRenderer.builder().idPrefix("1a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with a letter");
        assertThatThrownBy(() -> HtmlRenderer.builder().idPrefix("a b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with a letter");
        assertThat(page(HtmlRenderer.builder().idPrefix("me-").clock(SamplePortfolios.CLOCK).build(), SamplePortfolios.full())
                .select("a.pf-skip").attr("href")).isEqualTo("#me-main");
    }

    @Test
    void extraCssIsRefusedForAFragmentWhichHasNoStyleElement() {
        assertThatThrownBy(() -> HtmlRenderer.builder().fragment(true).extraCss(".pf-name{color:red}").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("extraCss: a fragment has no style element of its own");
        assertThat(HtmlRenderer.builder().fragment(true).extraCss("").build().fragment()).isTrue();
    }

    @Test
    void createIsTheDefaultBuilder() {
        HtmlRenderer created = HtmlRenderer.create();
        assertThat(created.theme()).isEqualTo(Theme.TERMINAL);
        assertThat(created.fragment()).isFalse();
    }

    @Test
    void anInternshipSaysSoAProjectNamesItsRoleAndAReferenceWithoutWordsNamesItsGiver() {
        Portfolio portfolio = SamplePortfolios.full().toBuilder()
                .references(List.of(io.github.portfoliosdk.model.Reference.of("B. Named", null))).build();
        Document page = page(PAGE, portfolio);

        assertThat(texts(page.select("#work .pf-role-org")))
                .containsExactly("Acme Private Limited · Singapore (Remote)", "Training Centre · Chennai, India · Internship");
        assertThat(page.select("#project-civic .pf-project-at").text()).isEqualTo("At Acme");
        assertThat(page.select("#references .pf-quote-by").eachText()).containsExactly("B. Named");
    }

    @Test
    void aTailoredVariantShowsTheTaggedAndUntaggedItemsOnlyTheSameEveryTime() {
        HtmlRenderer featured = HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).tags(java.util.Set.of("featured")).build();
        String page = featured.render(SamplePortfolios.full());
        assertThat(page).contains("Civic Services Platform", "PHP Intern").doesNotContain("Built tracking.");
        assertThat(featured.render(SamplePortfolios.full())).isEqualTo(page);
        String backend = HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).tags(java.util.Set.of("backend")).build()
                .render(SamplePortfolios.full());
        assertThat(backend).contains("Built tracking.").doesNotContain("Civic Services Platform");
        assertThatThrownBy(() -> HtmlRenderer.builder().tags(java.util.Set.of("backnd")).build().render(SamplePortfolios.full()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean 'backend'?");
    }

    @Test
    void anInvalidPortfolioMadeWithTheRecordConstructorIsRefusedWithItsProblemsAndNothingIsWritten() {
        Portfolio invalid = SamplePortfolios.invalidThroughConstructor();
        for (HtmlRenderer renderer : List.of(HtmlRenderer.create(), HtmlRenderer.builder().fragment(true).build())) {
            StringBuilder output = new StringBuilder();
            assertThatThrownBy(() -> renderer.render(invalid, output))
                    .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.problems())
                            .map(Problem::toString).containsExactlyElementsOf(SamplePortfolios.INVALID_PROBLEMS));
            assertThat(output).isEmpty();
            assertThatThrownBy(() -> renderer.render(invalid)).isInstanceOf(InvalidPortfolioException.class);
        }
    }

    @Test
    void headingOffsetMovesEveryHeadingDownAsInMarkdown() {
        org.jsoup.nodes.Document level0 = org.jsoup.Jsoup.parse(HtmlRenderer.builder().fragment(true).clock(SamplePortfolios.CLOCK)
                .build().render(SamplePortfolios.full()));
        org.jsoup.nodes.Document level1 = org.jsoup.Jsoup.parse(HtmlRenderer.builder().fragment(true).headingOffset(1)
                .clock(SamplePortfolios.CLOCK).build().render(SamplePortfolios.full()));

        assertThat(level1.select("h1")).isEmpty();
        assertThat(level1.select("h2.pf-name").text()).isEqualTo(SamplePortfolios.full().person().name());
        assertThat(level0.select("h5, h6")).isEmpty();
        for (int level = 1; level <= 4; level++) {
            assertThat(level1.select("h" + (level + 1)).eachText()).as("h%d moved to h%d", level, level + 1)
                    .isEqualTo(level0.select("h" + level).eachText()).isNotEmpty();
        }
        assertThat(HtmlRenderer.builder().headingOffset(2).clock(SamplePortfolios.CLOCK).build()
                .render(SamplePortfolios.full())).contains("<h3 class=\"pf-name\">", "<h6 class=\"pf-label\">");
        assertThatThrownBy(() -> HtmlRenderer.builder().headingOffset(3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("heading offset 3 is not between 0 and 2");
    }

    @Test
    void theNavigationCanBeLeftOutAndAFragmentsNavigationIsNamedForThePerson() {
        HtmlRenderer.Builder fragment = HtmlRenderer.builder().fragment(true).clock(SamplePortfolios.CLOCK);
        String name = SamplePortfolios.full().person().name();

        assertThat(org.jsoup.Jsoup.parse(fragment.build().render(SamplePortfolios.full())).select("nav").eachAttr("aria-label"))
                .containsExactly("Sections: " + name);
        assertThat(fragment.navigation(false).build().render(SamplePortfolios.full())).doesNotContain("<nav");
        assertThat(org.jsoup.Jsoup.parse(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(SamplePortfolios.full()))
                .select("nav").eachAttr("aria-label")).containsExactly("Sections");
    }

    @Test
    void twoFragmentsComposedOnOneHostPageHaveUniqueIdsOneNavigationLabelEachAndOnlyTheHostsH1() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(CheckedPages.twoFragments(true));

        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).hasSizeGreaterThan(20).doesNotHaveDuplicates();
        assertThat(page.select("nav").eachAttr("aria-label")).doesNotHaveDuplicates().hasSize(2);
        assertThat(page.select("h1").eachText()).containsExactly("Our team");
        for (org.jsoup.nodes.Element reference : page.select("[aria-labelledby], a[href^=#]")) {
            String target = reference.hasAttr("href") ? reference.attr("href").substring(1) : reference.attr("aria-labelledby");
            assertThat(page.getElementById(target)).as("target of %s", reference.outerHtml()).isNotNull();
        }
    }
}

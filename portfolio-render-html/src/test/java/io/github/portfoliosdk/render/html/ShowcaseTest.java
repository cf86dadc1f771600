package io.github.portfoliosdk.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.testing.SamplePortfolios;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The showcase (the seed portfolio page as data) renders every part of the seed page as its reader expects. */
class ShowcaseTest {

    private static Document page;

    @BeforeAll
    static void render() {
        page = Jsoup.parse(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(CheckedPages.showcase()));
    }

    @Test
    void heroHasTheSeedsFactsAndFigures() {
        assertThat(page.select(".pf-fact").eachText()).containsExactly(
                "Location Chennai, IN", "Experience 2+ years", "Current role Trames Pvt Ltd", "Status Employed");
        assertThat(page.select(".pf-hero-metrics .pf-metric").eachText()).containsExactly("Users Served 200K+",
                "API Performance Gain 200%", "Manual Work Automated 60%", "Production Apps Shipped 8+");
        assertThat(page.select(".pf-keywords li").eachText()).containsExactly("Chennai", "Backend Eng", "Python");
    }

    @Test
    void sectionsAreNumberedLikeTheSeedWithTheirPrompts() {
        assertThat(page.select(".pf-section-head").eachText()).containsExactly("01 About me", "02 Work history",
                "03 Selected projects", "04 System design", "05 System design notes", "06 Tech stack",
                "07 What I'm focused on", "08 Get in touch");
        assertThat(page.select(".pf-prompt").eachText()).contains("$ cat about/vinayagam.txt",
                "$ cat architecture/scalable-backend.txt", "$ cat notes/system-design.md", "$ cat skills/all.txt",
                "$ cat focus/current.txt", "$ ./contact --info");
    }

    @Test
    void workHistoryHasTheSeedsDatesPlacesAndFigures() {
        assertThat(page.select(".pf-role-period").eachText()).containsExactly(
                "Feb 2026 – present", "Oct 2023 – Oct 2025", "Feb 2023 – Jul 2023");
        assertThat(page.select(".pf-role-org").first().text()).isEqualTo("Trames Private Limited · Singapore (Remote)");
        assertThat(page.select(".pf-role").get(1).select(".pf-metric").eachText()).containsExactly(
                "Users 200K+", "Perf. Gain 200%", "Work Automated 60%", "Apps Shipped 8+");
    }

    @Test
    void projectsHaveArchitectureDiagramsAndDesignNotesLinkToThem() {
        assertThat(page.select(".pf-project-num").eachText()).containsExactly("Project 01 / 2024", "Project 02 / 2023");
        assertThat(page.select("#project-civic-services-platform figure.pf-flow")).hasSize(1);
        assertThat(page.select("a.pf-used-in-link").eachAttr("href")).contains("#project-donation-management-system");
        assertThat(page.select("#project-donation-management-system")).hasSize(1);
        assertThat(page.select("#design-notes article.pf-note")).hasSize(3);
        assertThat(page.select("#design-notes .pf-note-num").eachText()).containsExactly("Note 01", "Note 02", "Note 03");
    }

    @Test
    void techStackHasTheSeedsFiveGroupsTwentySkillsAndPrimaryStack() {
        assertThat(page.select(".pf-skill-group")).hasSize(5);
        assertThat(page.select(".pf-skill")).hasSize(20);
        assertThat(page.select(".pf-stack-metrics .pf-metric")).hasSize(3);
        assertThat(page.select(".pf-primary li").eachText()).startsWith("Python", "Django");
    }

    @Test
    void focusAndContactAreThere() {
        assertThat(page.select(".pf-focus-title")).hasSize(4);
        assertThat(page.select(".pf-contact-entry").eachText()).containsExactly(
                "X / Twitter x.com/_vinyjr", "Location Chennai, Tamil Nadu, India");
    }
}

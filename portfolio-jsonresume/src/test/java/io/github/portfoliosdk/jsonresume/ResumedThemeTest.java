package io.github.portfoliosdk.jsonresume;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.testing.Checkers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A real consumer: {@code resumed} renders our export with the theme {@code jsonresume-theme-even}. */
class ResumedThemeTest {

    @Test
    void resumedRendersTheExportedShowcaseWithTheEvenThemeShowingTheNameEveryRoleAndEveryProject() throws Exception {
        Portfolio portfolio = Fixtures.showcase();
        Path dir = Checkers.outputDir();
        Path json = dir.resolve("showcase.resume.json");
        Path html = dir.resolve("showcase.resume.html");
        Files.writeString(json, Fixtures.RENDERER.render(portfolio));
        Files.deleteIfExists(html);

        Checkers.Result result = Checkers.run(List.of(Checkers.dir().resolve("node_modules/.bin/resumed").toString(),
                "render", json.toAbsolutePath().toString(), "--theme", "jsonresume-theme-even",
                "--output", html.toAbsolutePath().toString()), Checkers.dir(), Duration.ofSeconds(60));

        assertThat(result.exitCode()).as(result.output()).isZero();
        Document page = Jsoup.parse(html.toFile());
        String text = page.body().text();
        assertThat(text).contains(portfolio.person().name());
        for (Role role : portfolio.roles()) {
            assertThat(text).contains(role.title());
            if (role.organization() != null && role.organization().name() != null) {
                assertThat(text).contains(role.organization().name());
            }
        }
        for (Project project : portfolio.projects()) {
            assertThat(text).contains(project.name());
        }
    }
}

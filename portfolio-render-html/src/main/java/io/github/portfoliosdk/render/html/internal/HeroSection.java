package io.github.portfoliosdk.render.html.internal;

import static io.github.portfoliosdk.render.html.internal.Parts.present;

import io.github.portfoliosdk.model.Experience;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;
import io.github.portfoliosdk.model.Theme;

/** The hero: name, headline, tagline, summary, facts (location, experience, current role, status), keywords and figures. */
final class HeroSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return true;
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        Person person = portfolio.person();
        writer.tag("div", "pf-hero-grid").tag("div", "pf-hero-main");
        Parts.paragraph(writer, "pf-kicker", person.headline());
        writer.element(Parts.heading(context, 0), "pf-name", person.name());
        Parts.paragraph(writer, "pf-tagline", person.tagline());
        Parts.paragraph(writer, "pf-summary", person.summary());
        facts(portfolio, context);
        writer.end("div");
        card(portfolio, context);
        writer.end("div");
        Parts.metrics(writer, "pf-metrics pf-hero-metrics", person.metrics());
    }

    private void facts(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        Person person = portfolio.person();
        String location = person.location() == null ? "" : person.location().shortForm();
        String experience = experience(portfolio, context);
        String current = currentEmployer(portfolio);
        if (location.isEmpty() && experience == null && current == null && !present(person.availability())) {
            return;
        }
        writer.tag("dl", "pf-facts");
        fact(writer, context.label(Label.LOCATION), location.isEmpty() ? null : location);
        fact(writer, context.label(Label.EXPERIENCE), experience);
        fact(writer, context.label(Label.CURRENT_ROLE), current);
        fact(writer, context.label(Label.STATUS), person.availability());
        writer.end("dl");
    }

    private static void fact(HtmlWriter writer, String label, String value) {
        if (present(value)) {
            writer.tag("div", "pf-fact").element("dt", "pf-fact-label", label).element("dd", "pf-fact-value", value).end("div");
        }
    }

    private static String experience(Portfolio portfolio, HtmlSectionContext context) {
        Experience experience = Experience.of(portfolio.roles(), context.today());
        if (experience.months() == 0) {
            return null;
        }
        if (experience.years() == 0) {
            return context.label(Label.UNDER_A_YEAR);
        }
        return context.labels().plural(Label.YEARS.key(), experience.years(), experience.yearsLabel());
    }

    private static String currentEmployer(Portfolio portfolio) {
        for (Role role : portfolio.roles()) {
            if (role.kind() == RoleKind.JOB && role.period() != null && role.period().isOngoing()
                    && role.organization() != null && present(role.organization().displayName())) {
                return role.organization().displayName();
            }
        }
        return null;
    }

    private static void card(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        Person person = portfolio.person();
        if (person.keywords().isEmpty() && !present(person.headline())) {
            return;
        }
        writer.tag("div", "pf-card");
        if (context.theme() == Theme.TERMINAL) {
            writer.start("p").attr("class", "pf-card-bar").attr("aria-hidden", "true")
                    .tag("span", "pf-dots").end("span")
                    .text(Prompts.user(portfolio)).text("@portfolio:~$ whoami").end("p");
        }
        writer.tag("p", "pf-card-name").text(person.name());
        if (present(person.headline())) {
            writer.text(" — ").text(person.headline());
        }
        writer.end("p");
        Parts.tags(writer, "pf-keywords", person.keywords());
        writer.end("div");
    }
}

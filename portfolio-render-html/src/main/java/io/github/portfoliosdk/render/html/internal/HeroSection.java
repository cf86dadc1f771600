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
        Parts.paragraph(context, "pf-kicker", person.headline());
        context.userElement(Parts.heading(context, 0), "pf-name", person.name());
        Parts.paragraph(context, "pf-tagline", person.tagline());
        Parts.paragraph(context, "pf-summary", person.summary());
        facts(portfolio, context);
        writer.end("div");
        card(portfolio, context);
        writer.end("div");
        Parts.metrics(context, "pf-metrics pf-hero-metrics", person.metrics());
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
        fact(context, context.label(Label.LOCATION), location.isEmpty() ? null : location, true);
        fact(context, context.label(Label.EXPERIENCE), experience, false);
        fact(context, context.label(Label.CURRENT_ROLE), current, true);
        fact(context, context.label(Label.STATUS), person.availability(), true);
        writer.end("dl");
    }

    /** A fact: its label, and a value that is the user's text or (the years of experience) the labels' words. */
    private static void fact(HtmlSectionContext context, String label, String value, boolean userText) {
        if (present(value)) {
            HtmlWriter writer = context.writer();
            writer.tag("div", "pf-fact").element("dt", "pf-fact-label", label);
            if (userText) {
                context.userElement("dd", "pf-fact-value", value);
            } else {
                writer.element("dd", "pf-fact-value", value);
            }
            writer.end("div");
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
        writer.start("p").attr("class", "pf-card-name");
        context.markUserText(person.name());
        writer.text(person.name());
        if (present(person.headline())) {
            writer.text(" — ").text(person.headline());
        }
        writer.end("p");
        Parts.tags(context, "pf-keywords", person.keywords());
        writer.end("div");
    }
}

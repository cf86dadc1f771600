package io.github.portfoliosdk.render.markdown.internal;

import static io.github.portfoliosdk.render.markdown.internal.Blocks.present;

import io.github.portfoliosdk.model.Experience;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** Name and headline, portrait, tagline, summary, keywords, the facts line and headline metrics. */
final class HeroSection implements MarkdownSectionRenderer {

    static final HeroSection INSTANCE = new HeroSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return true;
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        Person person = portfolio.person();
        w.startHeading(context.headingLevel());
        w.text(person.name());
        if (present(person.headline())) {
            w.text(" — ");
            w.text(person.headline());
        }
        w.end();
        if (context.flavor() == Flavor.GITHUB && present(person.image())) {
            if (present(person.imageDark())) {
                w.floatingPicture(person.image(), person.imageDark(), person.name(), 120);
            } else {
                w.floatingImage(person.image(), person.name(), 120);
            }
        }
        if (present(person.tagline())) {
            w.startQuote();
            w.paragraph(person.tagline());
            w.endQuote();
        }
        w.paragraph(person.summary());
        if (!person.keywords().isEmpty()) {
            w.startParagraph();
            Blocks.joined(w, person.keywords(), false);
            w.end();
        }
        facts(portfolio, context, w);
        Blocks.metrics(context, person.metrics());
    }

    private static void facts(Portfolio portfolio, MarkdownSectionContext context, MarkdownWriter w) {
        Person person = portfolio.person();
        String location = person.location() == null ? "" : person.location().shortForm();
        Experience experience = Experience.of(portfolio, context.clock());
        String years = experience.years() == 0 ? null
                : context.labels().plural(Label.YEARS.key(), experience.years(), experience.yearsLabel());
        String current = currentRole(portfolio);
        if (location.isEmpty() && years == null && current == null && !present(person.availability())) {
            return;
        }
        w.startParagraph();
        boolean first = true;
        first = Blocks.fact(context, first, context.field(Label.LOCATION), location, true);
        first = Blocks.fact(context, first, context.field(Label.EXPERIENCE), years, false);
        first = Blocks.fact(context, first, context.field(Label.CURRENT_ROLE), current, true);
        Blocks.fact(context, first, context.field(Label.STATUS), person.availability(), true);
        w.end();
    }


    /** The organization (or title) of the first ongoing job. */
    private static String currentRole(Portfolio portfolio) {
        for (Role role : portfolio.roles()) {
            if (role.kind() == RoleKind.JOB && role.period() != null && role.period().isOngoing()) {
                String organization = role.organization() == null ? null : role.organization().displayName();
                return present(organization) ? organization : role.title();
            }
        }
        return null;
    }
}

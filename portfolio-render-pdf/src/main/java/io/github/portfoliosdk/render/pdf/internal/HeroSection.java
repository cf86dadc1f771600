package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.DOT;
import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.Experience;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;

/** The top of the CV: name, headline, a facts line (location, experience, email, website), summary, metrics. */
final class HeroSection implements CvSection {

    @Override
    public boolean isEmpty(Portfolio portfolio) {
        return false;
    }

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        Person person = portfolio.person();
        w.start("div", "id", "hero", "class", "hero");
        w.element("h1", "person.name", person.name());
        Blocks.paragraph(w, "headline", "person.headline", person.headline());
        facts(portfolio, context, w);
        Blocks.paragraph(w, "summary", "person.summary", person.summary());
        Blocks.metrics(w, "person.metrics", person.metrics());
        w.end();
    }

    private static void facts(Portfolio portfolio, CvContext context, XhtmlWriter w) {
        Person person = portfolio.person();
        String location = person.location() == null ? "" : person.location().longForm();
        Experience experience = Experience.of(portfolio, context.clock());
        String years = experience.years() == 0 ? null
                : context.field("experience") + " "
                        + context.labels().plural("experience.years", experience.years(), experience.yearsLabel());
        Contact contact = person.contact();
        String email = contact == null ? null : contact.email();
        String website = contact == null ? null : contact.website();
        if (!present(location) && years == null && !present(email) && !present(website)) {
            return;
        }
        w.start("p", "class", "facts");
        boolean first = true;
        if (present(location)) {
            w.text("person.location", location);
            first = false;
        }
        if (years != null) {
            w.label(first ? "" : DOT).label(years);
            first = false;
        }
        if (present(email)) {
            w.label(first ? "" : DOT).link("person.contact.email", email, "mailto:" + email);
            first = false;
        }
        if (present(website)) {
            w.label(first ? "" : DOT).link("person.contact.website", website, website);
        }
        w.end();
    }
}

package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.DOT;
import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.Experience;
import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Profile;

/**
 * The top of the CV: name, headline, the contact line (location, experience, e-mail, phone, website, each profile as
 * a link), summary, metrics. Every contact detail is here, in the text under the name, where readers and applicant
 * tracking systems look for it; the running foot of later pages holds only the name and the page number.
 */
final class HeroSection implements CvSection {

    /** The longest contact item kept on one line: half the measure. */
    private static final int UNBROKEN = 40;

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        Person person = portfolio.person();
        w.start("div", "id", "hero", "class", "hero");
        w.element("h1", "person.name", person.name());
        Blocks.paragraph(w, "headline", "person.headline", person.headline());
        contact(portfolio, context, w);
        Blocks.paragraph(w, "summary", "person.summary", person.summary());
        Blocks.metrics(w, "person.metrics", person.metrics());
        w.end();
    }

    private static void contact(Portfolio portfolio, CvContext context, XhtmlWriter w) {
        Person person = portfolio.person();
        String location = person.location() == null ? "" : person.location().longForm();
        Experience experience = Experience.of(portfolio, context.clock());
        String years = experience.years() == 0 ? null
                : context.field("experience") + " "
                        + context.labels().plural("experience.years", experience.years(), experience.yearsLabel());
        Contact contact = person.contact() == null ? new Contact(null, null, null) : person.contact();
        boolean profiles = person.profiles().stream()
                .anyMatch(profile -> present(profile.url()) || present(profile.username()));
        if (!present(location) && years == null && !present(contact.email()) && !present(contact.phone())
                && !present(contact.website()) && !profiles) {
            return;
        }
        w.start("p", "class", "contact");
        boolean first = true;
        if (present(location)) {
            item(w, first, location).text("person.location", location).end();
            first = false;
        }
        if (years != null) {
            item(w, first, years).label(years).end();
            first = false;
        }
        if (present(contact.email())) {
            item(w, first, contact.email()).link("person.contact.email", contact.email(), "mailto:" + contact.email())
                    .end();
            first = false;
        }
        if (present(contact.phone())) {
            item(w, first, contact.phone())
                    .link("person.contact.phone", contact.phone(), LinkPolicy.telUrl(contact.phone())).end();
            first = false;
        }
        if (present(contact.website())) {
            String shown = LinkPolicy.linkText(contact.website());
            item(w, first, shown).link("person.contact.website", shown, contact.website()).end();
            first = false;
        }
        for (int i = 0; i < person.profiles().size(); i++) {
            Profile profile = person.profiles().get(i);
            String path = "person.profiles[" + i + "]";
            if (present(profile.url())) {
                String shown = LinkPolicy.linkText(profile.url());
                item(w, first, shown).link(path + ".url", shown, profile.url()).end();
                first = false;
            } else if (present(profile.username())) {
                item(w, first, profile.username());
                if (present(profile.network())) {
                    w.text(path + ".network", profile.network()).label(" ");
                }
                w.text(path + ".username", profile.username()).end();
                first = false;
            }
        }
        w.end();
    }

    /**
     * Opens an item of the contact line (the separator before it unless first). The line breaks between items, not
     * inside one ("github." / "com/ada"), unless the item is too long to fit a line anyway.
     */
    private static XhtmlWriter item(XhtmlWriter w, boolean first, String shown) {
        return w.label(first ? "" : DOT).start("span", "class", shown.length() <= UNBROKEN ? "item" : null);
    }
}

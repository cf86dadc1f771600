package io.github.portfoliosdk.render.html.internal;

import static io.github.portfoliosdk.render.html.internal.Parts.present;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;
import io.github.portfoliosdk.model.Theme;

/** Contact details: email, phone, website, profiles and location, with mailto, tel and http(s) links. */
final class ContactSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        Person person = portfolio.person();
        Contact contact = person.contact();
        boolean direct = contact != null && (present(contact.email()) || present(contact.phone()) || present(contact.website()));
        return direct || !person.profiles().isEmpty() || (person.location() != null && !person.location().longForm().isEmpty());
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        Person person = portfolio.person();
        writer.tag("div", "pf-window");
        if (context.theme() == Theme.TERMINAL) {
            writer.start("p").attr("class", "pf-window-bar").attr("aria-hidden", "true")
                    .tag("span", "pf-dots").end("span").text("connect.sh").end("p");
        }
        writer.tag("dl", "pf-contact");
        Contact contact = person.contact();
        if (contact != null) {
            if (present(contact.email())) {
                entry(context, context.label(Label.EMAIL), "mailto:" + contact.email().strip(), contact.email());
            }
            if (present(contact.phone())) {
                entry(context, context.label(Label.PHONE), LinkPolicy.telUrl(contact.phone()), contact.phone());
            }
            if (present(contact.website())) {
                entry(context, context.label(Label.WEBSITE), contact.website(), LinkPolicy.linkText(contact.website()));
            }
        }
        for (Profile profile : person.profiles()) {
            String text = profileText(profile);
            if (present(text) && present(profile.network())) {
                writer.tag("div", "pf-contact-entry");
                context.userElement("dt", "pf-contact-label", profile.network());
                value(context, profile.url(), text);
            } else if (present(text)) {
                entry(context, context.label(Label.PROFILE), profile.url(), text);
            }
        }
        if (person.location() != null && !person.location().longForm().isEmpty()) {
            entry(context, context.label(Label.LOCATION), null, person.location().longForm());
        }
        writer.end("dl").end("div");
    }

    /**
     * A profile as the page shows it: its URL as people write it ("x.com/_vinyjr"), with the user name after it when the
     * URL does not already show it; the user name alone when the URL is no link.
     */
    private static String profileText(Profile profile) {
        String username = present(profile.username()) ? profile.username().strip() : null;
        if (!HtmlWriter.safeUrl(profile.url()).isPresent()) {
            return username;
        }
        String display = LinkPolicy.linkText(profile.url());
        return username == null || display.contains(username) ? display : display + " (" + username + ")";
    }

    private static void entry(HtmlSectionContext context, String label, String url, String text) {
        context.writer().tag("div", "pf-contact-entry").element("dt", "pf-contact-label", label);
        value(context, url, text);
    }

    /** The user's value of an entry (a link where the URL is safe), ending the entry. */
    private static void value(HtmlSectionContext context, String url, String text) {
        HtmlWriter writer = context.writer();
        writer.start("dd").attr("class", "pf-contact-value");
        context.markUserText(text);
        writer.link(url, null, text);
        writer.end("dd").end("div");
    }
}

package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Profile;

import java.util.List;

/** Contact details and profiles, each on its own line as a link where it is one. */
final class ContactSection implements CvSection {

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        Person person = portfolio.person();
        Contact contact = person.contact();
        if (contact != null) {
            if (present(contact.email())) {
                w.start("p").start("span", "class", "label").label(context.field("email")).end().label(" ")
                        .link("person.contact.email", contact.email(), "mailto:" + contact.email()).end();
            }
            if (present(contact.phone())) {
                w.start("p").start("span", "class", "label").label(context.field("phone")).end().label(" ")
                        .link("person.contact.phone", contact.phone(), LinkPolicy.telUrl(contact.phone()))
                        .end();
            }
            if (present(contact.website())) {
                w.start("p").start("span", "class", "label").label(context.field("website")).end().label(" ")
                        .link("person.contact.website", contact.website(), contact.website()).end();
            }
        }
        List<Profile> profiles = person.profiles();
        for (int i = 0; i < profiles.size(); i++) {
            Profile profile = profiles.get(i);
            String path = "person.profiles[" + i + "]";
            w.start("p").start("span", "class", "label");
            if (present(profile.network())) {
                w.text(path + ".network", profile.network());
            } else {
                w.label(context.label("profile"));
            }
            w.label(":").end().label(" ");
            if (present(profile.url())) {
                w.link(path + ".url", profile.url(), profile.url());
            } else {
                w.text(path + ".username", profile.username());
            }
            w.end();
        }
    }
}

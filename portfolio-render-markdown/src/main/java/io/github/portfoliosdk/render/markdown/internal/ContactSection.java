package io.github.portfoliosdk.render.markdown.internal;

import static io.github.portfoliosdk.render.markdown.internal.Blocks.present;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** Contact details, profiles, where the person is and the full portfolio's address. */
final class ContactSection implements MarkdownSectionRenderer {

    static final ContactSection INSTANCE = new ContactSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        Person person = portfolio.person();
        Contact contact = person.contact() == null ? new Contact(null, null, null) : person.contact();
        String location = person.location() == null ? "" : person.location().longForm();
        String canonical = portfolio.meta() == null ? null : portfolio.meta().canonical();
        return present(contact.email()) || present(contact.phone()) || present(contact.website())
                || !person.profiles().isEmpty() || !location.isEmpty() || present(canonical);
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        Person person = portfolio.person();
        Contact contact = person.contact() == null ? new Contact(null, null, null) : person.contact();
        String location = person.location() == null ? "" : person.location().longForm();
        String canonical = portfolio.meta() == null ? null : portfolio.meta().canonical();
        MarkdownWriter w = context.writer();
        if (present(contact.email())) {
            item(w, context.field(Label.EMAIL));
            w.link(contact.email(), "mailto:" + contact.email().strip());
            w.end();
        }
        if (present(contact.phone())) {
            item(w, context.field(Label.PHONE));
            Blocks.userText(context, contact.phone());
            w.end();
        }
        if (present(contact.website())) {
            item(w, context.field(Label.WEBSITE));
            w.link(null, contact.website());
            w.end();
        }
        for (Profile profile : person.profiles()) {
            item(w, context.labels().field(present(profile.network()) ? profile.network() : context.label(Label.PROFILE)));
            if (present(profile.url())) {
                w.link(present(profile.username()) ? profile.username() : null, profile.url());
            } else {
                w.text(profile.username());
            }
            w.end();
        }
        if (!location.isEmpty()) {
            item(w, context.field(Label.LOCATION));
            Blocks.userText(context, location);
            w.end();
        }
        if (present(canonical)) {
            item(w, context.field(Label.FULL_PORTFOLIO));
            w.link(null, canonical);
            w.end();
        }
        w.endList();
    }

    private static void item(MarkdownWriter w, String label) {
        w.startBulletItem();
        w.strong(label);
        w.text(" ");
    }
}

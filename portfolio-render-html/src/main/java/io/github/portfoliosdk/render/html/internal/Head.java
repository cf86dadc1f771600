package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.Location;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.render.html.HtmlWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Writes the start of a page: doctype, {@code <head>} with title, description, social cards, style sheet and JSON-LD. */
final class Head {

    private final Options options;
    private final Portfolio portfolio;
    private final HtmlWriter writer;

    Head(Options options, Portfolio portfolio, HtmlWriter writer) {
        this.options = options;
        this.portfolio = portfolio;
        this.writer = writer;
    }

    /** The {@code lang} of a locale ("en"); English when the locale names no language. */
    static String language(Locale locale) {
        return locale.getLanguage().isEmpty() ? "en" : locale.toLanguageTag();
    }

    void write() {
        Person person = portfolio.person();
        String title = present(person.headline()) ? person.name() + " — " + person.headline() : person.name();
        String description = first(person.summary(), person.tagline(), person.headline(), person.name());
        Optional<String> canonical = portfolio.meta() == null ? Optional.empty() : HtmlWriter.safeUrl(portfolio.meta().canonical());
        // For link previews and JSON-LD, which have no theme; the page loads no images, so imageDark is not used.
        Optional<String> image = HtmlWriter.safeUrl(person.image());

        writer.raw("<!DOCTYPE html>\n").start("html").attr("lang", language(options.labels().language()));
        if (options.labels().rightToLeft()) {
            writer.attr("dir", "rtl");
        }
        writer.raw("\n<head>\n");
        writer.raw("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.raw("<title>").text(title).raw("</title>\n");
        meta("name", "description", description);
        meta("name", "color-scheme", options.theme() == io.github.portfoliosdk.model.Theme.TERMINAL ? "dark light" : "light dark");
        meta("name", "generator", "Portfolio SDK");
        canonical.ifPresent(url -> writer.start("link").attr("rel", "canonical").attr("href", url).raw("\n"));
        LanguageSwitch.links(options, writer);
        meta("property", "og:type", "profile");
        meta("property", "og:title", title);
        meta("property", "og:description", description);
        canonical.ifPresent(url -> meta("property", "og:url", url));
        image.ifPresent(url -> meta("property", "og:image", url));
        meta("name", "twitter:card", "summary");
        meta("name", "twitter:title", title);
        meta("name", "twitter:description", description);
        image.ifPresent(url -> meta("name", "twitter:image", url));
        writer.raw("<style>\n").raw(Stylesheets.of(options.theme()));
        if (!options.extraCss().isEmpty()) {
            writer.css(options.extraCss()).raw("\n");
        }
        writer.raw("</style>\n");
        writer.raw("<script type=\"application/ld+json\">");
        jsonLd(person, canonical);
        writer.raw("</script>\n</head>\n");
    }

    private void meta(String kind, String name, String content) {
        writer.start("meta").attr(kind, name).attr("content", content).raw("\n");
    }

    /** The schema.org Person, with every string escaped by {@link HtmlWriter#jsonString(String)}. */
    private void jsonLd(Person person, Optional<String> canonical) {
        Json json = new Json(writer);
        json.open();
        json.field("@context", "https://schema.org");
        json.field("@type", "Person");
        json.field("name", person.name());
        json.field("jobTitle", person.headline());
        json.field("description", first(person.summary(), person.tagline()));
        Contact contact = person.contact();
        Optional<String> website = contact == null ? Optional.empty() : HtmlWriter.safeUrl(contact.website());
        json.field("url", website.or(() -> canonical).orElse(null));
        json.field("image", HtmlWriter.safeUrl(person.image()).orElse(null));
        if (contact != null) {
            json.field("email", contact.email());
            json.field("telephone", contact.phone());
        }
        Location location = person.location();
        if (location != null && (present(location.city()) || present(location.region()) || present(location.countryCode()))) {
            json.key("address").open();
            json.field("@type", "PostalAddress");
            json.field("addressLocality", location.city());
            json.field("addressRegion", location.region());
            json.field("addressCountry", location.countryCode());
            json.close();
        }
        List<String> sameAs = new ArrayList<>();
        for (Profile profile : person.profiles()) {
            HtmlWriter.safeUrl(profile.url()).filter(url -> url.startsWith("http")).ifPresent(sameAs::add);
        }
        json.strings("sameAs", sameAs);
        List<Role> current = new ArrayList<>();
        for (Role role : portfolio.roles()) {
            if (role.kind() == RoleKind.JOB && role.period() != null && role.period().isOngoing()
                    && role.organization() != null && present(role.organization().name())) {
                current.add(role);
            }
        }
        if (!current.isEmpty()) {
            json.key("worksFor").raw("[");
            for (int i = 0; i < current.size(); i++) {
                if (i > 0) {
                    json.raw(",");
                }
                json.open();
                json.field("@type", "Organization");
                json.field("name", current.get(i).organization().name());
                json.field("url", HtmlWriter.safeUrl(current.get(i).organization().url()).orElse(null));
                json.close();
            }
            json.raw("]");
        }
        Set<String> knowsAbout = new LinkedHashSet<>(portfolio.primaryStack());
        for (Skill skill : portfolio.skills()) {
            if (present(skill.name())) {
                knowsAbout.add(skill.name());
            }
        }
        json.strings("knowsAbout", new ArrayList<>(knowsAbout));
        List<String> alumniOf = new ArrayList<>();
        for (Education education : portfolio.education()) {
            if (present(education.institution())) {
                alumniOf.add(education.institution());
            }
        }
        if (!alumniOf.isEmpty()) {
            json.key("alumniOf").raw("[");
            for (int i = 0; i < alumniOf.size(); i++) {
                if (i > 0) {
                    json.raw(",");
                }
                json.open();
                json.field("@type", "EducationalOrganization");
                json.field("name", alumniOf.get(i));
                json.close();
            }
            json.raw("]");
        }
        json.close();
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String first(String... texts) {
        for (String text : texts) {
            if (present(text)) {
                return text;
            }
        }
        return null;
    }

    /** A minimal JSON object writer over {@link HtmlWriter}; keys are constants, values always go through jsonString. */
    private static final class Json {
        private final HtmlWriter writer;
        private boolean first = true;

        Json(HtmlWriter writer) {
            this.writer = writer;
        }

        Json raw(String punctuation) {
            writer.raw(punctuation);
            if (!punctuation.equals("[")) {
                first = false;
            }
            return this;
        }

        void open() {
            writer.raw("{");
            first = true;
        }

        void close() {
            writer.raw("}");
            first = false;
        }

        Json key(String key) {
            if (!first) {
                writer.raw(",");
            }
            writer.jsonString(key).raw(":");
            first = false;
            return this;
        }

        void field(String key, String value) {
            if (present(value)) {
                key(key);
                writer.jsonString(value);
            }
        }

        void strings(String key, List<String> values) {
            if (values.isEmpty()) {
                return;
            }
            key(key);
            writer.raw("[");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    writer.raw(",");
                }
                writer.jsonString(values.get(i));
            }
            writer.raw("]");
        }
    }
}

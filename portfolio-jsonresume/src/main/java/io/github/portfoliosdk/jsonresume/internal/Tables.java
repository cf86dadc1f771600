package io.github.portfoliosdk.jsonresume.internal;

import static io.github.portfoliosdk.jsonresume.internal.Fields.Kind.DATE;
import static io.github.portfoliosdk.jsonresume.internal.Fields.Kind.PERIOD;
import static io.github.portfoliosdk.jsonresume.internal.Fields.Kind.STRING;
import static io.github.portfoliosdk.jsonresume.internal.Fields.Kind.STRINGS;
import static io.github.portfoliosdk.jsonresume.internal.Fields.Kind.URL;
import static io.github.portfoliosdk.jsonresume.internal.Fields.field;

import io.github.portfoliosdk.model.Award;
import io.github.portfoliosdk.model.Callout;
import io.github.portfoliosdk.model.Certificate;
import io.github.portfoliosdk.model.CustomEntry;
import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.FocusItem;
import io.github.portfoliosdk.model.Interest;
import io.github.portfoliosdk.model.Language;
import io.github.portfoliosdk.model.Link;
import io.github.portfoliosdk.model.Location;
import io.github.portfoliosdk.model.Meta;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.Point;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Publication;
import io.github.portfoliosdk.model.Reference;
import io.github.portfoliosdk.model.UsedIn;

/**
 * The field tables of the records whose fields all map one to one (see {@link Fields}), in the order export writes
 * them. The records with irregular fields (person, roles, skills, projects, design notes, flows) are mapped in code.
 */
final class Tables {

    static final Fields<Award> AWARD = Fields.of("awards", v -> new Award(v.string(), v.date(), v.string(), v.string()),
            field("title", STRING, Award::title), field("date", DATE, Award::date),
            field("awarder", STRING, Award::awarder), field("summary", STRING, Award::summary));

    static final Fields<Certificate> CERTIFICATE = Fields.of("certificates",
            v -> new Certificate(v.string(), v.date(), v.string(), v.string()),
            field("name", STRING, Certificate::name), field("date", DATE, Certificate::date),
            field("url", URL, Certificate::url), field("issuer", STRING, Certificate::issuer));

    static final Fields<Publication> PUBLICATION = Fields.of("publications",
            v -> new Publication(v.string(), v.string(), v.date(), v.string(), v.string()),
            field("name", STRING, Publication::name), field("publisher", STRING, Publication::publisher),
            field("releaseDate", DATE, Publication::releaseDate), field("url", URL, Publication::url),
            field("summary", STRING, Publication::summary));

    static final Fields<Education> EDUCATION = Fields.of("education",
            v -> new Education(v.string(), v.string(), v.string(), v.string(), v.period(), v.string(), v.strings()),
            field("institution", STRING, Education::institution), field("url", URL, Education::url),
            field("area", STRING, Education::area), field("studyType", STRING, Education::studyType),
            field("startDate", "period", PERIOD, Education::period), field("score", STRING, Education::score),
            field("courses", STRINGS, Education::courses));

    static final Fields<CustomEntry> CUSTOM_ENTRY = Fields.of("",
            v -> new CustomEntry(v.string(), v.string(), v.date(), v.string(), v.string(), v.strings()),
            field("title", STRING, CustomEntry::title), field("subtitle", STRING, CustomEntry::subtitle),
            field("date", DATE, CustomEntry::date), field("url", URL, CustomEntry::url),
            field("summary", STRING, CustomEntry::summary), field("highlights", STRINGS, CustomEntry::highlights));

    static final Fields<Language> LANGUAGE = Fields.of("languages", v -> new Language(v.string(), v.string()),
            field("language", STRING, Language::language), field("fluency", STRING, Language::fluency));

    static final Fields<Interest> INTEREST = Fields.of("interests", v -> new Interest(v.string(), v.strings()),
            field("name", STRING, Interest::name), field("keywords", STRINGS, Interest::keywords));

    static final Fields<Reference> REFERENCE = Fields.of("references", v -> new Reference(v.string(), v.string()),
            field("name", STRING, Reference::name), field("reference", STRING, Reference::reference));

    static final Fields<Profile> PROFILE = Fields.of("", v -> new Profile(v.string(), v.string(), v.string()),
            field("network", STRING, Profile::network), field("username", STRING, Profile::username),
            field("url", URL, Profile::url));

    /** Written address, postal code, city, country code, region; the record's order differs. */
    static final Fields<Location> LOCATION = Fields.of("", v -> {
        String address = v.string();
        String postalCode = v.string();
        String city = v.string();
        String countryCode = v.string();
        return new Location(address, postalCode, city, v.string(), countryCode);
    }, field("address", STRING, Location::address), field("postalCode", STRING, Location::postalCode),
            field("city", STRING, Location::city), field("countryCode", STRING, Location::countryCode),
            field("region", STRING, Location::region));

    static final Fields<Meta> META = Fields.of("", v -> new Meta(v.string(), v.string(), v.string()),
            field("canonical", URL, Meta::canonical), field("version", STRING, Meta::version),
            field("lastModified", STRING, Meta::lastModified));

    static final Fields<Metric> METRIC = Fields.of("", v -> new Metric(v.string(), v.string()),
            field("value", STRING, Metric::value), field("label", STRING, Metric::label));

    static final Fields<FocusItem> FOCUS = Fields.of("", v -> new FocusItem(v.string(), v.string()),
            field("title", STRING, FocusItem::title), field("text", STRING, FocusItem::text));

    static final Fields<Link> LINK = Fields.of("", v -> new Link(v.string(), v.string()),
            field("label", STRING, Link::label), field("url", URL, Link::url));

    static final Fields<Callout> CALLOUT = Fields.of("", v -> new Callout(v.string(), v.string()),
            field("label", STRING, Callout::label), field("text", STRING, Callout::text));

    static final Fields<Point> POINT = Fields.of("", v -> new Point(v.string(), v.string()),
            field("title", STRING, Point::title), field("text", STRING, Point::text));

    static final Fields<UsedIn> USED_IN = Fields.of("", v -> new UsedIn(v.string(), v.string(), v.string()),
            field("project", STRING, UsedIn::project), field("label", STRING, UsedIn::label),
            field("detail", STRING, UsedIn::detail));

    static final Fields<Node> NODE = Fields.of("", v -> new Node(v.string(), v.string()),
            field("name", STRING, Node::name), field("caption", STRING, Node::caption));

    private Tables() {
    }
}

package io.github.portfoliosdk.hardening;

import io.github.portfoliosdk.hardening.TextFields.TextField;
import io.github.portfoliosdk.model.Portfolio;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which text fields a renderer is expected to show, and which are left out on purpose, with the reason. */
final class ShownFields {

    /**
     * Never shown as text by any renderer, by design: ids and id references (anchors only), free tags (for tailored
     * variants), document metadata, and the street address and postal code (a public page does not publish them).
     */
    static final Set<String> NEVER_SHOWN = Set.of("id", "roleId", "project", "tags", "version", "lastModified",
            "address", "postalCode");

    /** Never shown as text, by path: the language the portfolio is written in (it is markup, {@code lang}, not text). */
    static final Set<String> NEVER_SHOWN_PATHS = Set.of("language");

    /** Fields holding a URL: they are links, so they must appear as an attribute value, not as text. */
    static final Set<String> URLS = Set.of("url", "website", "image", "imageDark", "canonical");

    /**
     * Not shown by the HTML renderer: an organization's short name where it also has a full name (the work history
     * shows the full name, only the hero's "current role" uses the short one); and the portrait for dark themes (the
     * page shows no images; link previews, which have no theme, use the other portrait).
     */
    static final Set<String> HTML_NOT_SHOWN = Set.of("shortName@organization", "imageDark@person");

    /** Not in an HTML fragment, which has no head: the page's portrait image and canonical URL, and as for pages. */
    static final Set<String> HTML_FRAGMENT_NOT_SHOWN = Set.of("shortName@organization", "image@person",
            "imageDark@person", "canonical");

    /** Not shown by the Markdown renderer (reported to the lead): a profile's user name. */
    static final Set<String> MARKDOWN_NOT_SHOWN = Set.of("username");

    /** Not in portable CommonMark, which has no HTML: the portrait images, and as for GitHub. */
    static final Set<String> COMMONMARK_NOT_SHOWN = Set.of("username", "image@person", "imageDark@person");

    private ShownFields() {
    }

    /**
     * The fields this renderer must show: all but those never shown, those in {@code notShown}, blank ones, and
     * {@linkplain #isOrphan orphans}.
     */
    static List<TextField> expected(Portfolio portfolio, Set<String> notShown) {
        return TextFields.of(portfolio).stream()
                .filter(field -> !NEVER_SHOWN.contains(field.name()) && !NEVER_SHOWN_PATHS.contains(field.path()))
                .filter(field -> !notShown.contains(field.name()) && !notShown.contains(qualified(field)))
                .filter(field -> !field.value().isBlank())
                .filter(field -> !isOrphan(portfolio, field))
                .toList();
    }

    /**
     * Whether the field only qualifies something that is absent, so a renderer rightly leaves it out: a skill's
     * category, level or keywords without the skill's name, a language's fluency without the language, a reference's
     * name without what was said, a profile's network without its URL, points' title without points, the design notes'
     * introduction without notes, the label of an edge into a flow's first stage (there is no such edge), an
     * organization's short name when its full name is shown instead, and the URL of an
     * organization, education, certificate or publication that has no name to link; and the title of a custom
     * section without entries, which is left out like any section with nothing to show.
     */
    static boolean isOrphan(Portfolio portfolio, TextField field) {
        String path = field.path();
        if (path.endsWith("stages[0].edgeLabel")) {
            return true;
        }
        Matcher item = Pattern.compile("^(\\w+(?:\\.\\w+)?)\\[(\\d+)]").matcher(path);
        int index = item.find() ? Integer.parseInt(item.group(2)) : -1;
        String list = index < 0 ? "" : item.group(1);
        return switch (list) {
            case "skills" -> !path.endsWith(".name") && blank(portfolio.skills().get(index).name());
            case "languages" -> path.endsWith(".fluency") && blank(portfolio.languages().get(index).language());
            case "references" -> path.endsWith(".name") && blank(portfolio.references().get(index).reference());
            case "person.profiles" -> !path.endsWith(".url") && portfolio.person().profiles().get(index).url() == null;
            case "designNotes" -> path.endsWith(".pointsTitle") && portfolio.designNotes().get(index).points().isEmpty();
            case "roles" -> path.endsWith(".organization.shortName")
                    && !blank(portfolio.roles().get(index).organization().name())
                    || path.endsWith(".organization.url")
                    && blank(portfolio.roles().get(index).organization().name());
            case "education" -> path.endsWith(".url") && blank(portfolio.education().get(index).institution());
            case "certificates" -> path.endsWith(".url") && blank(portfolio.certificates().get(index).name());
            case "publications" -> path.endsWith(".url") && blank(portfolio.publications().get(index).name());
            case "customSections" -> path.equals(list + "[" + index + "].title")
                    && portfolio.customSections().get(index).entries().isEmpty();
            default -> path.equals("systemDesign.pointsTitle") && portfolio.systemDesign().points().isEmpty()
                    || path.equals("designNotesIntro") && portfolio.designNotes().isEmpty();
        };
    }

    /**
     * Whether one of the link targets is this URL, up to what does not change where it leads: the scheme's case
     * ("HTTPS://" to "https://") and percent-encoding of printable ASCII ("(" to "%28").
     */
    static boolean isLinked(String url, Set<String> targets) {
        String wanted = comparable(url);
        return targets.stream().anyMatch(target -> comparable(target).equals(wanted));
    }

    private static String comparable(String url) {
        int colon = url.indexOf("://");
        String lowered = colon > 0 ? url.substring(0, colon).toLowerCase(Locale.ROOT) + url.substring(colon) : url;
        return Pattern.compile("%([0-9A-Fa-f]{2})").matcher(lowered).replaceAll(match -> {
            int c = Integer.parseInt(match.group(1), 16);
            return c > 0x20 && c < 0x7F ? Matcher.quoteReplacement(String.valueOf((char) c)) : match.group();
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Whether the field holds a URL. */
    static boolean isUrl(TextField field) {
        return URLS.contains(field.name());
    }

    /** "description@organization" for roles[2].organization.description, "keywords@skills" for skills[0].keywords[1]. */
    private static String qualified(TextField field) {
        String[] parts = field.path().replaceAll("\\[\\d+]", "").split("\\.");
        return parts.length < 2 ? field.name() : field.name() + "@" + parts[parts.length - 2];
    }
}

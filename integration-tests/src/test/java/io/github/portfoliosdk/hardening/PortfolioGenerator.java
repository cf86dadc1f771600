package io.github.portfoliosdk.hardening;

import io.github.portfoliosdk.model.Award;
import io.github.portfoliosdk.model.CustomEntry;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.Callout;
import io.github.portfoliosdk.model.Certificate;
import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.FocusItem;
import io.github.portfoliosdk.model.Interest;
import io.github.portfoliosdk.model.Language;
import io.github.portfoliosdk.model.Link;
import io.github.portfoliosdk.model.Location;
import io.github.portfoliosdk.model.Meta;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Point;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Publication;
import io.github.portfoliosdk.model.Reference;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.SkillLevel;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.model.UsedIn;
import io.github.portfoliosdk.model.WorkMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Generates valid portfolios of every shape from a seed: the same seed always gives the same portfolio.
 * <p>Shapes: the least a portfolio holds (a name), one of everything with every field set, random mixes, hundreds of
 * roles, and optional text left empty or blank. Every text field gets {@link Texts}; dates are partial (year, month
 * or day) and periods open, closed or single dates. The portfolios are valid by construction
 * ({@link io.github.portfoliosdk.model.PortfolioValidator}), which {@link PortfolioGeneratorTest} checks.
 */
final class PortfolioGenerator {

    /** What a generated portfolio looks like overall. */
    enum Shape {
        /** Only the required name. */
        MINIMAL,
        /** Exactly one entry in every list and every optional field set. */
        ONE_OF_EACH,
        /** Zero to a few entries per list, optional fields set at random. */
        RANDOM,
        /** Hundreds of roles, the rest random. */
        MANY_ROLES,
        /** Optional texts present but empty or whitespace-only, lists mostly empty. */
        BLANK_OPTIONALS
    }

    private static final List<String> URL_SEGMENTS = List.of(
            "portfolio", "a_b", "x-y", "%3Cscript%3E", "it's", "(paren)", "!*", "a;b=c", "~user", "%20space",
            "javascript:alert(1)", "#frag", "?q=1&r=2", "?next=javascript:alert(1)", "*bold*", "_u_", "$x", "a,b",
            "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    private static final List<String> HOSTS = List.of(
            "example.com", "www.example.org", "sub.example.net:8443", "user@example.com", "127.0.0.1", "[::1]",
            "EXAMPLE.COM", "xn--bcher-kva.example");
    private static final List<String> EMAILS = List.of(
            "someone@example.com", "first.last+tag@sub.example.co.uk", "o'brien@example.com", "a_b-c@example.org",
            "x@example.io", "Mixed.Case@Example.COM", "1234567890@example.com", "user%name@example.com");

    private final SplittableRandom random;
    private final Texts texts;
    private final Shape shape;

    private PortfolioGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.texts = new Texts(random);
        int roll = random.nextInt(100);
        this.shape = roll < 8 ? Shape.MINIMAL
                : roll < 30 ? Shape.ONE_OF_EACH
                : roll < 80 ? Shape.RANDOM
                : roll < 90 ? Shape.MANY_ROLES
                : Shape.BLANK_OPTIONALS;
    }

    /** The portfolio for this seed. */
    static Portfolio generate(long seed) {
        return new PortfolioGenerator(seed).portfolio();
    }

    /** The shape the portfolio for this seed has. */
    static Shape shapeOf(long seed) {
        return new PortfolioGenerator(seed).shape;
    }

    private Portfolio portfolio() {
        if (shape == Shape.MINIMAL) {
            return new Portfolio(null, Person.builder().name(texts.nonBlank()).build(), null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        List<Role> roles = shape == Shape.MANY_ROLES ? list(100, 250, this::role) : list(this::role);
        roles = withUniqueIds(roles);
        List<String> roleIds = roles.stream().map(Role::id).filter(id -> id != null).toList();
        List<Project> projects = withUniqueProjectIds(list(() -> project(roleIds)));
        List<String> projectIds = projects.stream().map(Project::id).filter(id -> id != null).toList();
        int[] noteNumber = {0};
        DesignNote systemDesign = optional(() -> designNote(projectIds, noteNumber[0]++));
        List<DesignNote> designNotes = list(() -> designNote(projectIds, noteNumber[0]++));
        Map<String, String> extensions = new TreeMap<>();
        int[] customSections = {1};
        String language = language();
        Meta meta = optional(() -> new Meta(optional(this::url), optionalText(), optionalText()));
        if (language != null && meta != null && meta.equals(new Meta(null, null, null))) {
            // JSON Resume holds the language in meta, so a meta with nothing else in it reads back as no meta
            meta = null;
        }
        return new Portfolio(
                language,
                person(),
                roles,
                projects,
                systemDesign,
                optionalText(),
                designNotes,
                list(this::skill),
                texts(),
                list(this::metric),
                list(this::education),
                list(this::certificate),
                list(this::award),
                list(this::publication),
                list(() -> new Language(optionalText(), optionalText())),
                list(() -> new Interest(optionalText(), texts())),
                list(() -> new Reference(optionalText(), optionalText())),
                list(() -> new CustomSection("custom-" + customSections[0]++, texts.nonBlank(), list(this::customEntry))),
                meta,
                extensions,
                null);
    }

    /** A person; a portrait for dark themes only where there is one for light themes, as the model requires. */
    private Person person() {
        Person person = new Person(
                texts.nonBlank(),
                optionalText(),
                optionalText(),
                optionalText(),
                texts(),
                texts(),
                optional(() -> new Location(optionalText(), optionalText(), optionalText(), optionalText(),
                        optional(this::countryCode))),
                optional(() -> new Contact(optional(() -> texts.pick(EMAILS)), optionalText(),
                        optional(this::url))),
                list(() -> new Profile(optionalText(), optionalText(), optional(this::url))),
                optional(this::url),
                null,
                optionalText(),
                list(this::metric),
                list(() -> new FocusItem(texts.nonBlank(), optionalText())));
        return person.image() == null ? person : person.toBuilder().imageDark(optional(this::url)).build();
    }

    private Role role() {
        String id = optionalText();
        RoleKind kind = texts.pick(List.of(RoleKind.values()));
        Organization organization = optional(() -> new Organization(optionalText(), optionalText(), optional(this::url),
                optionalText()));
        String title = optionalText();
        if (blank(title) && (organization == null || blank(organization.name()) && blank(organization.shortName()))) {
            title = texts.nonBlank(); // a role says what it was: a title or an organization name
        }
        return new Role(
                id,
                kind,
                organization,
                title,
                optionalText(),
                optional(() -> texts.pick(List.of(WorkMode.values()))),
                optional(this::period),
                texts(),
                optionalText(),
                texts(),
                list(this::metric),
                texts());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Project project(List<String> roleIds) {
        return new Project(
                optionalText(),
                optionalText(),
                optional(() -> random.nextBoolean() ? Period.year(year()) : period()),
                texts(),
                optionalText(),
                optionalText(),
                optionalText(),
                optionalText(),
                optional(this::flow),
                texts(),
                optionalText(),
                list(this::metric),
                texts(),
                optional(this::url),
                list(() -> new Link(optionalText(), url())),
                texts(),
                optionalText(),
                optionalText(),
                roleIds.isEmpty() ? null : optional(() -> texts.pick(roleIds)),
                texts());
    }

    private DesignNote designNote(List<String> projectIds, int number) {
        return new DesignNote(
                texts.nonBlank() + "-" + number,
                optionalText(),
                texts.nonBlank(),
                texts(),
                list(this::flow),
                list(() -> new Callout(texts.nonBlank(), texts.nonBlank())),
                optionalText(),
                list(() -> new Point(texts.nonBlank(), optionalText())),
                list(() -> usedIn(projectIds)),
                texts());
    }

    private UsedIn usedIn(List<String> projectIds) {
        if (!projectIds.isEmpty() && random.nextBoolean()) {
            return new UsedIn(texts.pick(projectIds), optionalText(), optionalText());
        }
        return new UsedIn(null, texts.nonBlank().strip() + texts.pick(Texts.WORDS), optionalText());
    }

    private Flow flow() {
        return new Flow(optionalText(), list(1, shape == Shape.ONE_OF_EACH ? 1 : 5,
                () -> new Stage(optionalText(), list(1, 3, () -> new Node(texts.nonBlank(), optionalText())))));
    }

    private Skill skill() {
        SkillLevel level = optional(() -> texts.pick(List.of(SkillLevel.values())));
        String levelText = level == null ? optionalText() : null;
        return new Skill(optionalText(), level, levelText, optionalText(), texts(), texts());
    }

    private Metric metric() {
        return new Metric(texts.nonBlank(), texts.nonBlank());
    }

    private Education education() {
        return new Education(optionalText(), optional(this::url), optionalText(), optionalText(),
                optional(this::period), optionalText(), texts());
    }

    private Certificate certificate() {
        return new Certificate(optionalText(), optional(this::date), optional(this::url), optionalText());
    }

    private CustomEntry customEntry() {
        return new CustomEntry(optionalText(), optionalText(), optional(this::date), optional(this::url), optionalText(),
                texts());
    }

    private Award award() {
        return new Award(optionalText(), optional(this::date), optionalText(), optionalText());
    }

    private Publication publication() {
        return new Publication(optionalText(), optionalText(), optional(this::date), optional(this::url),
                optionalText());
    }

    /** A partial date between 1000 and 2999 (what JSON Resume's date pattern allows), mostly recent. */
    private PartialDate date() {
        return truncate(PartialDate.of(year(), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }

    private int year() {
        return random.nextInt(10) == 0 ? random.nextInt(1000, 3000) : random.nextInt(1950, 2031);
    }

    private PartialDate truncate(PartialDate date) {
        return switch (random.nextInt(3)) {
            case 0 -> PartialDate.ofYear(date.year());
            case 1 -> PartialDate.ofMonth(date.year(), date.month());
            default -> date;
        };
    }

    /** A period with a start, an end or both, the end never before the start; open ends mean present. */
    private Period period() {
        PartialDate start = date();
        return switch (random.nextInt(5)) {
            case 0 -> Period.since(start);
            case 1 -> new Period(null, start);
            case 2 -> new Period(start, start);
            default -> {
                java.time.LocalDate from = start.firstDay().plusDays(random.nextInt(0, 4000));
                PartialDate end = from.getYear() > 2999 ? start
                        : truncate(PartialDate.of(from.getYear(), from.getMonthValue(), from.getDayOfMonth()));
                yield new Period(start, end);
            }
        };
    }

    private String url() {
        StringBuilder url = new StringBuilder(texts.pick(List.of("https://", "http://", "HTTPS://", "Http://")))
                .append(texts.pick(HOSTS)).append('/');
        int segments = random.nextInt(4);
        for (int i = 0; i < segments; i++) {
            String segment = texts.pick(URL_SEGMENTS);
            url.append(segment);
            if (!segment.startsWith("?") && !segment.startsWith("#")) {
                url.append('/');
            }
            if (segment.contains("#")) {
                break;
            }
        }
        return url.toString();
    }

    private String countryCode() {
        return texts.pick(List.of("IN", "SG", "US", "DE", "JP", "il", "XK", "ZZ", "EU", "Chennai", "<b>"));
    }

    /** The content language: often none (English), otherwise a tag of one to three subtags. */
    private String language() {
        return optional(() -> List.of("en", "de", "ar", "ta", "pt-BR", "zh-Hans", "sr-Latn-RS").get(random.nextInt(7)));
    }

    private String optionalText() {
        if (shape == Shape.BLANK_OPTIONALS) {
            return texts.pick(List.of("", " ", "\n", "\t", "\u00A0", "\u3000", "\u2003 \n"));
        }
        return optional(texts::text);
    }

    private List<String> texts() {
        return list(texts::nonBlank);
    }

    private <T> T optional(Supplier<T> value) {
        return switch (shape) {
            case MINIMAL -> null;
            case ONE_OF_EACH -> value.get();
            case BLANK_OPTIONALS -> random.nextInt(3) == 0 ? value.get() : null;
            default -> random.nextInt(5) < 3 ? value.get() : null;
        };
    }

    private <T> List<T> list(Supplier<T> element) {
        return switch (shape) {
            case MINIMAL -> List.of();
            case ONE_OF_EACH -> List.of(element.get());
            case BLANK_OPTIONALS -> random.nextInt(4) == 0 ? List.of(element.get()) : List.of();
            default -> list(0, 4, element);
        };
    }

    private <T> List<T> list(int min, int max, Supplier<T> element) {
        int size = random.nextInt(min, max + 1);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** Makes the roles' ids unique by numbering them; a role without id keeps none. */
    private static List<Role> withUniqueIds(List<Role> roles) {
        List<Role> unique = new ArrayList<>(roles.size());
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            unique.add(role.id() == null ? role : role.toBuilder().id(role.id() + "-" + i).build());
        }
        return unique;
    }

    private static List<Project> withUniqueProjectIds(List<Project> projects) {
        List<Project> unique = new ArrayList<>(projects.size());
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            unique.add(project.id() == null ? project
                    : project.toBuilder().id(project.id() + "-" + i).build());
        }
        return unique;
    }

    @Override
    public String toString() {
        return shape.name().toLowerCase(Locale.ROOT);
    }
}

package io.github.portfoliosdk.jsonresume.internal;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Location;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Translations;
import io.github.portfoliosdk.model.internal.translation.TranslatableTexts;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.SkillLevel;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.model.WorkMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one JSON Resume document to a {@link Portfolio}: checks each known property against the JSON Resume
 * schema, binds it, validates the model, and reports every problem at the JSON path and line:column of the
 * value. What the model does not hold becomes an extension. A lenient import repairs what it can (see
 * {@link Repairs}), reports each repair as a warning and keeps the original value as an extension; a value the model
 * cannot use is kept as written and bound again without it. One instance per document; not thread-safe.
 */
public final class Importer {

    private static final Pattern DATE = Pattern.compile("[1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3}");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern MODEL_PATH = Pattern.compile("[A-Za-z]+(?:\\[\\d+]|\\.[A-Za-z]+)+");
    private static final String X = Exporter.X;
    private static final String READ_AS = "read as ";

    private final String source;
    private final Json.Obj root;
    private final boolean lenient;
    /** JSON paths of values a lenient import keeps as written but does not use, with the reason. */
    private final Map<String, String> dropped;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, Place> places = new HashMap<>();
    /** JSON paths of the URLs bound to the model. */
    private final Set<String> urlPaths = new HashSet<>();
    /** Pointers of 1.0 keys present beside an older key, kept so that export writes both. */
    private final Set<String> keptKeys = new HashSet<>();
    /** JSON paths of the values read (whatever became of them), and of the objects and arrays whose members were read. */
    private final Set<String> readPaths = new HashSet<>();
    private final Set<String> readContainers = new HashSet<>();

    /** Where a model value came from: its JSON path and the line and column of the JSON value. */
    private record Place(String path, int line, int column) {
    }

    private Importer(String source, Json.Obj root, boolean lenient, Map<String, String> dropped) {
        this.source = source;
        this.root = root;
        this.lenient = lenient;
        this.dropped = dropped;
    }

    /**
     * A portfolio imported, with what a lenient import repaired.
     *
     * @param portfolio the validated portfolio
     * @param warnings each repair, located, in document order
     */
    public record Imported(Portfolio portfolio, List<Problem> warnings) {
    }

    /**
     * The portfolio this JSON Resume document describes; a lenient import repairs what it can and reports each
     * repair as a warning, keeping the original value in the extensions.
     *
     * @throws InvalidPortfolioException listing every problem that is left, in document order
     */
    public static Imported read(Json document, String source, boolean lenient) {
        if (!(document instanceof Json.Obj object)) {
            throw new InvalidPortfolioException(List.of(new Problem(source, document.line(), document.column(), "",
                    "a JSON Resume document must be a JSON object")));
        }
        return new Importer(source, object, lenient, Map.of()).bind();
    }

    /** The level a JSON Resume level text stands for: exactly a display name, or a level name in other case; else null. */
    public static SkillLevel levelFrom(String text) {
        if (text == null) {
            return null;
        }
        for (SkillLevel level : SkillLevel.values()) {
            if (level.displayName().equals(text)) {
                return level;
            }
        }
        return SkillLevel.fromText(text).orElse(null);
    }

    /** The level text to keep for a JSON Resume level text: null when it is exactly a display name. */
    public static String levelTextFrom(String text) {
        if (text == null) {
            return null;
        }
        for (SkillLevel level : SkillLevel.values()) {
            if (level.displayName().equals(text)) {
                return null;
            }
        }
        return text;
    }

    private Imported bind() {
        places.put("", new Place("", root.line(), root.column()));
        Json.Obj x = more(root, "");
        String xPath = JsonPaths.child("", X);
        Portfolio.Builder portfolio = Portfolio.builder();
        portfolio.person(person());
        portfolio.roles(roles(x.get("roleOrder"), JsonPaths.child(xPath, "roleOrder")));
        portfolio.education(each(root, "education", "", "education", table(Tables.EDUCATION)));
        portfolio.awards(each(root, "awards", "", "awards", table(Tables.AWARD)));
        portfolio.certificates(each(root, "certificates", "", "certificates", table(Tables.CERTIFICATE)));
        portfolio.publications(each(root, "publications", "", "publications", table(Tables.PUBLICATION)));
        portfolio.skills(skills(x.get("skillOrder"), JsonPaths.child(xPath, "skillOrder")));
        portfolio.languages(each(root, "languages", "", "languages", table(Tables.LANGUAGE)));
        portfolio.interests(each(root, "interests", "", "interests", table(Tables.INTEREST)));
        portfolio.references(each(root, "references", "", "references", table(Tables.REFERENCE)));
        portfolio.projects(each(root, "projects", "", "projects", this::project));
        Json.Obj meta = object(root, "meta", "");
        if (meta != null) {
            At at = new At("meta", "meta");
            mark(at, meta);
            io.github.portfoliosdk.model.Meta read = read(Tables.META, meta, at);
            // meta.language is the portfolio's content language, not a part of Meta
            portfolio.language(string(meta, "language", new At("meta", ""), "language"));
            portfolio.meta(meta.size() == 1 && meta.has("language") ? null : read);
        }
        if (root.has("$schema") && !(root.get("$schema") instanceof Json.Str)) {
            problem("$schema", root.get("$schema"), "must be a string");
        }
        At at = new At(xPath, "");
        Json.Obj system = object(x, "systemDesign", xPath);
        if (system != null) {
            portfolio.systemDesign(designNote(system, at.child("systemDesign", "systemDesign")));
        }
        portfolio.designNotesIntro(string(x, "designNotesIntro", at, "designNotesIntro"));
        portfolio.designNotes(each(x, "designNotes", xPath, "designNotes", this::designNote));
        portfolio.primaryStack(strings(x, "primaryStack", at, "primaryStack"));
        portfolio.stackMetrics(each(x, "stackMetrics", xPath, "stackMetrics", table(Tables.METRIC)));
        portfolio.customSections(each(x, "customSections", xPath, "customSections", this::customSection));
        portfolio.translations(translations(x, xPath));
        Portfolio bound = portfolio.buildUnvalidated();

        Set<String> schemaPaths = new HashSet<>();
        problems.forEach(p -> schemaPaths.add(p.path()));
        Map<String, String> unusable = new HashMap<>(dropped);
        for (Problem problem : PortfolioValidator.validate(bound)) {
            Place place = place(problem.path());
            if (lenient && (urlPaths.contains(place.path()) || place.path().endsWith(".email"))) {
                unusable.put(place.path(), "not shown, kept in the JSON Resume export: " + problem.message());
            } else if (lenient && problem.message().contains("is before the start") && place.path().endsWith(".endDate")) {
                unusable.put(place.path(), "before the start date, so the end date is dropped: the entry is shown as going on "
                        + "to the present; kept in the JSON Resume export");
            } else if (lenient && problem.message().equals("needs a title or an organization name") && place.path().matches(".*\\[\\d+]")) {
                unusable.put(place.path(), "an entry with neither position nor organization name dropped: not shown, kept in "
                        + "the JSON Resume export");
            } else if (!schemaPaths.contains(place.path())) {
                problems.add(new Problem(source, place.line(), place.column(), place.path(), jsonPaths(problem.message())));
            }
        }
        if (problems.isEmpty() && unusable.size() > dropped.size()) {
            return new Importer(source, root, true, Map.copyOf(unusable)).bind();
        }
        if (!problems.isEmpty()) {
            throw new InvalidPortfolioException(inDocumentOrder(problems));
        }
        Json.Obj reproduced = Exporter.document(bound, true);
        Map<String, String> extensions = new java.util.TreeMap<>(Extensions.difference(root, reproduced));
        for (String pointer : keptKeys) {
            extensions.putIfAbsent(pointer, JsonWriter.compact(Extensions.at(root, pointer)));
        }
        // what export would not write back (an older form of what the model writes otherwise, such as skills one per
        // entry or a project's highlights before they told problem, solution and impact) is not kept: the model's
        // value wins there, and a re-import would not find the older form again
        extensions.keySet().removeIf(pointer -> !Extensions.placed(reproduced, pointer, extensions.get(pointer)));
        warnUnread(root, "");
        return new Imported(bound.toBuilder().extensions(extensions).buildUnvalidated(), inDocumentOrder(warnings));
    }

    /**
     * Warns of each member of an object read that the import neither read nor warned of already: it is kept in the
     * JSON Resume export, and no renderer shows it. {@code $schema} is the document's, not the reader's.
     */
    private void warnUnread(Json.Obj object, String path) {
        for (Map.Entry<String, Json> member : object) {
            String child = JsonPaths.child(path, member.getKey());
            if (child.equals("$schema")) {
                continue;
            }
            Json value = member.getValue();
            if (readContainers.contains(child)) {
                if (value instanceof Json.Obj inner) {
                    warnUnread(inner, child);
                } else if (value instanceof Json.Arr array) {
                    for (int i = 0; i < array.size(); i++) {
                        String item = JsonPaths.child(child, i);
                        if (array.get(i) instanceof Json.Obj inner && readContainers.contains(item)) {
                            warnUnread(inner, item);
                        }
                    }
                }
            } else if (!readPaths.contains(child) && !isEmpty(value) && !isWarned(child)) {
                String alias = lenient ? "" : LegacyKeys.ALIASES.stream()
                        .filter(a -> !a.older() && a.legacy().equals(member.getKey()))
                        .map(a -> " (a lenient import reads it as " + a.key() + ")").findFirst().orElse("");
                warn(child, value, "not a JSON Resume property: kept in the JSON Resume export, not shown" + alias);
            }
        }
    }

    /** Whether a warning was given for this path or for the object or list it is in (other than that it was read under another name). */
    private boolean isWarned(String path) {
        for (Problem warning : warnings) {
            String p = warning.path();
            if (warning.message().startsWith(READ_AS)) {
                continue;
            }
            if (p.equals(path) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A strict refusal, each problem saying what a lenient import makes of the value, when it repairs it (the
     * lenient import's warnings at the problem's path).
     */
    public static InvalidPortfolioException withLenientHints(InvalidPortfolioException refused, List<Problem> lenientWarnings) {
        List<Problem> hinted = new ArrayList<>();
        boolean any = false;
        for (Problem problem : refused.problems()) {
            Optional<Problem> repair = lenientWarnings.stream().filter(w -> w.path().equals(problem.path()) && !w.path().isEmpty()).findFirst();
            if (repair.isPresent()) {
                any = true;
                hinted.add(new Problem(problem.source(), problem.line(), problem.column(), problem.path(), problem.message()
                        + "; a lenient import (lenient(true) in Java, --lenient on the command line) would take it: "
                        + repair.get().message()));
            } else {
                hinted.add(problem);
            }
        }
        return any ? new InvalidPortfolioException(hinted) : refused;
    }

    private static List<Problem> inDocumentOrder(List<Problem> list) {
        return list.stream().sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
    }

    /** Whether a key is an older one ({@code website}, {@code picture}), which the JSON Resume schema does not check. */
    private static boolean isLegacy(String key) {
        return LegacyKeys.ALIASES.stream().anyMatch(alias -> alias.legacy().equals(key));
    }

    /** The key to read for a 1.0 key: an older key when only it is present (see {@link LegacyKeys}). */
    private String key(Json.Obj object, String section, String jsonPath, String key) {
        String read = LegacyKeys.keyToRead(object, section, key);
        if (read.equals(key)) {
            for (LegacyKeys.Alias alias : LegacyKeys.ALIASES) {
                if (alias.section().equals(section) && alias.key().equals(key) && object.has(alias.legacy())
                        && object.has(key) && !alias.equals(LegacyKeys.MIRRORED)) {
                    keptKeys.add(pointer(JsonPaths.child(jsonPath, key)));
                }
            }
        }
        if (!read.equals(key)) {
            String path = JsonPaths.child(jsonPath, read);
            if (!lenient && !LegacyKeys.isLegacy(section, key, read)) {
                return key;
            }
            if (!LegacyKeys.isLegacy(section, key, read)) {
                warn(path, object.get(read), READ_AS + JsonPaths.child(jsonPath, key) + ", the JSON Resume property it stands for");
            }
        }
        return read;
    }

    /** The JSON Pointer of a JSON path made of plain keys and indexes ({@code work[0].name} is {@code /work/0/name}). */
    private static String pointer(String jsonPath) {
        return "/" + jsonPath.replace("[", ".").replace("]", "").replace('.', '/');
    }

    /** A place being bound: its JSON path and the model path of the value made from it. */
    /**
     * Whether {@code x-portfolio} holds the model's own value of this key; the standard key beside it is then the
     * export's readable form of it (project highlights with problem, solution and impact), and counts as read.
     */
    private boolean ownValue(Json.Obj x, String key, At at) {
        if (!x.has(key)) {
            return false;
        }
        readPaths.add(JsonPaths.child(at.json(), key));
        return true;
    }

    private record At(String json, String model) {
        At child(String key, String modelName) {
            return new At(JsonPaths.child(json, key), model.isEmpty() ? modelName : model + "." + modelName);
        }
    }

    private Person person() {
        Json.Obj basics = object(root, "basics", "");
        At at = new At("basics", "person");
        if (basics == null) {
            places.put("person", new Place("basics", root.line(), root.column()));
            places.put("person.name", new Place("basics.name", root.line(), root.column()));
            if (!root.has("basics")) {
                problem("basics.name", root, "is required: a JSON Resume document needs basics.name, the person's name");
            }
            return new Person(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        mark(at, basics);
        if (!basics.has("name")) {
            places.put("person.name", new Place("basics.name", basics.line(), basics.column()));
            problem("basics.name", basics, "is required: a JSON Resume document needs basics.name, the person's name");
        }
        Json.Obj x = more(basics, at.json());
        At xAt = new At(JsonPaths.child(at.json(), X), "person");
        String email = string(basics, "email", at, "contact.email");
        String phone = string(basics, key(basics, "basics", at.json(), "phone"), at, "contact.phone");
        String website = url(basics, key(basics, "basics", at.json(), "url"), at, "contact.website", true);
        Contact contact = email == null && phone == null && website == null && !flag(x, "emptyContact", xAt)
                ? null : new Contact(email, phone, website);
        Location location = null;
        Json.Obj place = null;
        if (lenient && basics.get("location") instanceof Json.Str text && !text.value().isBlank()) {
            At l = at.child("location", "location");
            mark(l, text);
            warn(l.json(), text, quote(text.value()) + " (a string) read as location.city");
            location = new Location(null, null, text.value(), null, null);
        } else {
            place = object(basics, "location", at.json());
        }
        if (place != null) {
            At l = at.child("location", "location");
            mark(l, place);
            location = read(Tables.LOCATION, place, l);
            String country = key(place, "basics.location", l.json(), "countryCode");
            if (!country.equals("countryCode")) {
                location = new Location(location.address(), location.postalCode(), location.city(), location.region(),
                        string(place, country, l, "countryCode"));
            }
        }
        List<Profile> profiles = each(basics, "profiles", at.json(), "person.profiles", table(Tables.PROFILE));
        return new Person(
                string(basics, "name", at, "name"),
                string(basics, key(basics, "basics", at.json(), "label"), at, "headline"),
                string(x, "tagline", xAt, "tagline"),
                string(basics, "summary", at, "summary"),
                strings(x, "about", xAt, "about"),
                strings(x, "keywords", xAt, "keywords"),
                location,
                contact,
                profiles,
                url(basics, key(basics, "basics", at.json(), "image"), at, "image", false),
                url(x, "imageDark", xAt, "imageDark", false),
                string(x, "availability", xAt, "availability"),
                each(x, "metrics", xAt.json(), "person.metrics", table(Tables.METRIC)),
                each(x, "focus", xAt.json(), "person.focus", table(Tables.FOCUS)));
    }

    private List<Role> roles(Json order, String orderPath) {
        Map<String, Json.Obj> entries = new java.util.LinkedHashMap<>();
        String workKey = key(root, "", "", "work");
        for (String list : List.of(workKey, "volunteer")) {
            Json value = root.get(list);
            objects(root, list, "");
            readContainers.add(list);
            if (value instanceof Json.Arr array) {
                for (int i = 0; i < array.size(); i++) {
                    String itemPath = JsonPaths.child(list, i);
                    if (array.get(i) instanceof Json.Obj entry && !skip(itemPath, entry)) {
                        entries.put("/" + (list.equals(workKey) ? "work" : list) + "/" + i, entry);
                    }
                }
            }
        }
        List<String> pointers = new ArrayList<>(entries.keySet());
        if (order != null) {
            List<String> listed = new ArrayList<>();
            if (order instanceof Json.Arr array) {
                for (Json item : array) {
                    listed.add(item instanceof Json.Str s ? s.value() : null);
                }
            }
            if (listed.size() == pointers.size() && new HashSet<>(listed).equals(entries.keySet())) {
                pointers = listed;
            } else {
                problem(orderPath, order, "must list each entry of work and volunteer exactly once, as JSON Pointers "
                        + "such as \"/work/0\" and \"/volunteer/0\"");
            }
        }
        List<Role> roles = new ArrayList<>();
        for (String pointer : pointers) {
            boolean isWork = pointer.startsWith("/work/");
            int index = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
            Json.Obj entry = entries.get(pointer);
            At at = new At(JsonPaths.child(isWork ? workKey : "volunteer", index), "roles[" + roles.size() + "]");
            mark(at, entry);
            roles.add(role(entry, at, isWork));
        }
        return roles;
    }

    /**
     * A {@code work} or {@code volunteer} entry. They differ in the key of the organization's name and in where
     * the organization's description and the role's location live (standard in work, {@code x-portfolio} in
     * volunteer); work entries may say they are internships.
     */
    private Role role(Json.Obj o, At at, boolean isWork) {
        String section = isWork ? "work" : "volunteer";
        Json.Obj x = more(o, at.json());
        At xAt = new At(JsonPaths.child(at.json(), X), at.model());
        Json.Obj moreOrStandard = isWork ? o : x;
        At moreOrStandardAt = isWork ? at : xAt;
        if (isWork && LegacyKeys.isMirror(o, section)) {
            readPaths.add(JsonPaths.child(at.json(), LegacyKeys.MIRRORED.legacy()));
        }
        Organization org = organization(string(o, key(o, section, at.json(), isWork ? "name" : "organization"), at, "organization.name"),
                string(x, "shortName", xAt, "organization.shortName"),
                url(o, key(o, section, at.json(), "url"), at, "organization.url", true),
                string(moreOrStandard, "description", moreOrStandardAt, "organization.description"),
                flag(x, "emptyOrganization", xAt));
        return new Role(string(x, "id", xAt, "id"), isWork ? kind(x, xAt) : RoleKind.VOLUNTEER, org,
                string(o, "position", at, "title"),
                string(moreOrStandard, "location", moreOrStandardAt, "location"),
                workMode(x, xAt), period(o, at), strings(x, "technologies", xAt, "technologies"),
                string(o, "summary", at, "summary"), ownValue(x, "highlights", at) ? strings(x, "highlights", xAt, "highlights")
                        : strings(o, "highlights", at, "highlights"),
                each(x, "metrics", xAt.json(), at.model() + ".metrics", table(Tables.METRIC)),
                strings(x, "tags", xAt, "tags"));
    }

    private RoleKind kind(Json.Obj x, At xAt) {
        if (!x.has("kind")) {
            return RoleKind.JOB;
        }
        String text = string(x, "kind", xAt, "kind");
        if ("internship".equalsIgnoreCase(text)) {
            return RoleKind.INTERNSHIP;
        }
        if (text != null && !"job".equalsIgnoreCase(text)) {
            problem(JsonPaths.child(xAt.json(), "kind"), x.get("kind"),
                    "must be \"job\" or \"internship\" (volunteer roles belong in volunteer)");
        }
        return RoleKind.JOB;
    }

    private static Organization organization(String name, String shortName, String url, String description, boolean empty) {
        return name == null && shortName == null && url == null && description == null && !empty
                ? null : new Organization(name, shortName, url, description);
    }

    /** A boolean property of an {@code x-portfolio} object; false when absent. */
    private boolean flag(Json.Obj x, String key, At xAt) {
        Json value = x.get(key);
        if (value == null) {
            return false;
        }
        readPaths.add(JsonPaths.child(xAt.json(), key));
        if (value instanceof Json.Bool bool) {
            return bool.value();
        }
        problem(JsonPaths.child(xAt.json(), key), value, "must be true or false");
        return false;
    }

    private WorkMode workMode(Json.Obj x, At xAt) {
        if (!x.has("workMode")) {
            return null;
        }
        String text = string(x, "workMode", xAt, "workMode");
        if (text == null) {
            return null;
        }
        for (WorkMode mode : WorkMode.values()) {
            if (mode.name().equalsIgnoreCase(text) || mode.displayName().equalsIgnoreCase(text)) {
                return mode;
            }
        }
        problem(JsonPaths.child(xAt.json(), "workMode"), x.get("workMode"), "must be \"onsite\", \"remote\" or \"hybrid\"");
        return null;
    }





    /**
     * The skills: an entry whose {@code x-portfolio} holds {@code skills} (a category as our export groups it)
     * gives those skills, any other entry one skill; {@code skillOrder} puts them back in the portfolio's order.
     */
    private List<Skill> skills(Json order, String orderPath) {
        Map<String, Json.Obj> entries = new java.util.LinkedHashMap<>();
        Map<String, String> paths = new HashMap<>();
        List<Json.Obj> items = objects(root, "skills", "");
        Json value = root.get("skills");
        if (value instanceof Json.Arr array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof Json.Obj item) || !items.contains(item)) {
                    continue;
                }
                String path = JsonPaths.child("skills", i);
                Json.Obj x = more(item, path);
                if (x.get("skills") instanceof Json.Arr grouped) {
                    // the group's name and keywords are made from these skills (the export's readable form): read
                    readPaths.add(JsonPaths.child(path, "name"));
                    readPaths.add(JsonPaths.child(path, "keywords"));
                    readContainers.add("skills");
                    readContainers.add(path);
                    readContainers.add(JsonPaths.child(path, X));
                    String groupPath = JsonPaths.child(JsonPaths.child(path, X), "skills");
                    readContainers.add(groupPath);
                    for (int j = 0; j < grouped.size(); j++) {
                        if (grouped.get(j) instanceof Json.Obj skill) {
                            String pointer = "/skills/" + i + "/" + X + "/skills/" + j;
                            entries.put(pointer, skill);
                            paths.put(pointer, JsonPaths.child(groupPath, j));
                        } else {
                            unusable(JsonPaths.child(groupPath, j), grouped.get(j), "must be an object");
                        }
                    }
                } else {
                    entries.put("/skills/" + i, item);
                    paths.put("/skills/" + i, path);
                }
            }
        }
        List<String> pointers = new ArrayList<>(entries.keySet());
        if (order != null) {
            List<String> listed = new ArrayList<>();
            if (order instanceof Json.Arr array) {
                for (Json item : array) {
                    listed.add(item instanceof Json.Str str ? str.value() : null);
                }
            }
            if (listed.size() == pointers.size() && new HashSet<>(listed).equals(entries.keySet())) {
                pointers = listed;
            } else {
                problem(orderPath, order, "must list each skill exactly once, as JSON Pointers such as \"/skills/0\""
                        + " and \"/skills/1/x-portfolio/skills/0\"");
            }
        }
        List<Skill> skills = new ArrayList<>();
        for (String pointer : pointers) {
            At at = new At(paths.get(pointer), "skills[" + skills.size() + "]");
            mark(at, entries.get(pointer));
            skills.add(skill(entries.get(pointer), at));
        }
        return skills;
    }

    private Skill skill(Json.Obj o, At at) {
        Json.Obj x = more(o, at.json());
        At xAt = new At(JsonPaths.child(at.json(), X), at.model());
        String text = string(o, "level", at, "levelText");
        SkillLevel level = levelFrom(text);
        String levelText = levelTextFrom(text);
        if (x.has("level")) {
            level = null;
            Json value = x.get("level");
            if (!(value instanceof Json.Null)) {
                String name = string(x, "level", xAt, "level");
                level = name == null ? null : SkillLevel.fromText(name).orElse(null);
                if (name != null && level == null) {
                    problem(JsonPaths.child(xAt.json(), "level"), value,
                            "must be \"beginner\", \"intermediate\", \"advanced\", \"expert\" or null");
                }
            }
            levelText = x.get("levelText") instanceof Json.Null ? null : string(x, "levelText", xAt, "levelText");
        }
        return new Skill(string(o, "name", at, "name"), level, levelText,
                string(x, "category", xAt, "category"), strings(o, "keywords", at, "keywords"),
                strings(x, "tags", xAt, "tags"));
    }

    private Project project(Json.Obj o, At at) {
        Json.Obj x = more(o, at.json());
        At xAt = new At(JsonPaths.child(at.json(), X), at.model());
        Flow architecture = null;
        Json.Obj flow = object(x, "architecture", xAt.json());
        if (flow != null) {
            architecture = flow(flow, xAt.child("architecture", "architecture"));
        }
        return new Project(
                string(x, "id", xAt, "id"),
                string(o, key(o, "projects", at.json(), "name"), at, "name"),
                period(o, at),
                strings(x, "categories", xAt, "categories"),
                string(x, "badge", xAt, "badge"),
                ownValue(x, "description", at) ? nullable(x, "description", xAt) : string(o, "description", at, "description"),
                string(x, "problem", xAt, "problem"),
                string(x, "solution", xAt, "solution"),
                architecture,
                strings(o, "keywords", at, "techStack"),
                string(x, "impact", xAt, "impact"),
                each(x, "impactMetrics", xAt.json(), at.model() + ".impactMetrics", table(Tables.METRIC)),
                ownValue(x, "highlights", at) ? strings(x, "highlights", xAt, "highlights") : strings(o, "highlights", at, "highlights"),
                url(o, key(o, "projects", at.json(), "url"), at, "url", true),
                each(x, "links", xAt.json(), at.model() + ".links", table(Tables.LINK)),
                strings(o, "roles", at, "roles"),
                string(o, "entity", at, "entity"),
                string(o, "type", at, "type"),
                string(x, "roleId", xAt, "roleId"),
                strings(x, "tags", xAt, "tags"));
    }

    /** A string of {@code x-portfolio} that may be null: the model had no value where the standard one is derived. */
    private String nullable(Json.Obj x, String key, At xAt) {
        return x.get(key) instanceof Json.Null ? null : string(x, key, xAt, key);
    }

    private DesignNote designNote(Json.Obj o, At at) {
        mark(at, o);
        return new DesignNote(string(o, "id", at, "id"), string(o, "category", at, "category"),
                string(o, "title", at, "title"), strings(o, "body", at, "body"),
                each(o, "flows", at.json(), at.model() + ".flows", this::flow),
                each(o, "callouts", at.json(), at.model() + ".callouts", table(Tables.CALLOUT)),
                string(o, "pointsTitle", at, "pointsTitle"),
                each(o, "points", at.json(), at.model() + ".points", table(Tables.POINT)),
                each(o, "usedIn", at.json(), at.model() + ".usedIn", table(Tables.USED_IN)),
                strings(o, "tags", at, "tags"));
    }

    private CustomSection customSection(Json.Obj o, At at) {
        mark(at, o);
        return new CustomSection(string(o, "id", at, "id"), string(o, "title", at, "title"),
                each(o, "entries", at.json(), at.model() + ".entries", table(Tables.CUSTOM_ENTRY)));
    }

    private Flow flow(Json.Obj o, At at) {
        mark(at, o);
        return new Flow(string(o, "title", at, "title"),
                each(o, "stages", at.json(), at.model() + ".stages", (s, sAt) -> new Stage(
                        string(s, "edgeLabel", sAt, "edgeLabel"),
                        each(s, "nodes", sAt.json(), sAt.model() + ".nodes", table(Tables.NODE)))));
    }


    /** Binds the entries of a list with a field table. */
    private <T> BiFunction<Json.Obj, At, T> table(Fields<T> table) {
        return (o, at) -> read(table, o, at);
    }

    /** A record of a field table, each field read with the typed access below (the older keys of its section too). */
    private <T> T read(Fields<T> table, Json.Obj o, At at) {
        List<Fields.Field<T>> fields = table.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Fields.Field<T> field = fields.get(i);
            String key = table.section().isEmpty() ? field.key() : key(o, table.section(), at.json(), field.key());
            values[i] = switch (field.kind()) {
                case STRING -> string(o, key, at, field.component());
                case STRINGS -> strings(o, key, at, field.component());
                case DATE -> date(o, key, at, field.component());
                case URL -> url(o, key, at, field.component(), true);
                case PERIOD -> period(o, at);
            };
        }
        return table.make(values);
    }

    // ---- typed access, each checking the JSON Resume schema's type and recording where the value came from

    /**
     * The {@code x-portfolio} object of an object, or an empty one at the object's place when it has none, so that
     * reading from it gives no values.
     */
    /**
     * The portfolio's text in other languages that our export keeps in {@code x-portfolio.translations} (language tag
     * to JSON Pointer to text), with {@code x-portfolio.originalLanguage}; none for a plain JSON Resume file.
     */
    private Translations translations(Json.Obj x, String xPath) {
        Json.Obj languages = object(x, "translations", xPath);
        String original = string(x, "originalLanguage", new At(xPath, ""), "originalLanguage");
        if (languages == null) {
            return Translations.NONE;
        }
        String path = JsonPaths.child(xPath, "translations");
        Map<String, Map<String, String>> texts = new java.util.TreeMap<>();
        for (Map.Entry<String, Json> language : languages) {
            String languagePath = JsonPaths.child(path, language.getKey());
            readPaths.add(languagePath);
            java.util.Optional<String> wrong = TranslatableTexts.tagProblem(language.getKey());
            if (wrong.isPresent()) {
                problem(languagePath, language.getValue(), wrong.get());
            } else if (!(language.getValue() instanceof Json.Obj byPointer)) {
                problem(languagePath, language.getValue(), "must be an object of JSON Pointer to text");
            } else {
                Map<String, String> translated = new java.util.TreeMap<>();
                for (Map.Entry<String, Json> text : byPointer) {
                    if (!text.getKey().startsWith("/") || !(text.getValue() instanceof Json.Str string)) {
                        problem(JsonPaths.child(languagePath, text.getKey()), text.getValue(),
                                "must be a text at a JSON Pointer (\"/person/headline\": \"...\")");
                    } else {
                        translated.put(text.getKey(), string.value());
                    }
                }
                texts.put(language.getKey(), translated);
            }
        }
        return new Translations(original, Translations.of(texts).texts());
    }

    private Json.Obj more(Json.Obj parent, String parentPath) {
        Json.Obj x = object(parent, X, parentPath);
        return x != null ? x : new Json.Obj(parent.line(), parent.column());
    }

    private Json.Obj object(Json.Obj parent, String key, String parentPath) {
        Json value = parent.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Json.Obj object) {
            readContainers.add(JsonPaths.child(parentPath, key));
            return object;
        }
        problem(JsonPaths.child(parentPath, key), value, "must be an object");
        return null;
    }

    private List<Json.Obj> objects(Json.Obj parent, String key, String parentPath) {
        Json value = parent.get(key);
        List<Json.Obj> objects = new ArrayList<>();
        if (value == null) {
            return objects;
        }
        String path = JsonPaths.child(parentPath, key);
        if (!(value instanceof Json.Arr array)) {
            unusable(path, value, "must be an array");
            return objects;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof Json.Obj object) {
                objects.add(object);
            } else {
                unusable(JsonPaths.child(path, i), array.get(i), "must be an object");
            }
        }
        return objects;
    }

    private <T> List<T> each(Json.Obj parent, String key, String parentPath, String modelList, BiFunction<Json.Obj, At, T> binder) {
        String path = JsonPaths.child(parentPath, key);
        Json value = parent.get(key);
        List<T> values = new ArrayList<>();
        if (value == null) {
            return values;
        }
        places.put(modelList, new Place(path, value.line(), value.column()));
        if (!(value instanceof Json.Arr array)) {
            unusable(path, value, "must be an array");
            return values;
        }
        readContainers.add(path);
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof Json.Obj object) {
                if (skip(JsonPaths.child(path, i), object)) {
                    continue;
                }
                At at = new At(JsonPaths.child(path, i), modelList + "[" + values.size() + "]");
                mark(at, object);
                values.add(binder.apply(object, at));
            } else {
                unusable(JsonPaths.child(path, i), array.get(i), "must be an object");
            }
        }
        return values;
    }

    private String string(Json.Obj o, String key, At at, String modelName) {
        String path = JsonPaths.child(at.json(), key);
        String model = at.model().isEmpty() ? modelName : at.model() + "." + modelName;
        Json value = o.get(key);
        if (value == null) {
            places.putIfAbsent(model, new Place(path, o.line(), o.column()));
            return null;
        }
        places.put(model, new Place(path, value.line(), value.column()));
        readPaths.add(path);
        if (dropped.containsKey(path)) {
            warn(path, value, dropped.get(path));
            return null;
        }
        if (value instanceof Json.Str s) {
            if (path.equals("basics.name")) {
                return s.value();
            }
            if (lenient && (s.value().isBlank() || isNullWord(s.value()))) {
                if (isOpenEnd(o, key)) {
                    warn(path, value, quote(s.value()) + " read as no end date: the entry is shown as going on to the present");
                } else if (!s.value().isBlank()) {
                    warn(path, value, quote(s.value()) + " read as no value");
                }
                return null;
            }
            return lenient ? text(path, s) : s.value();
        }
        if (lenient && value instanceof Json.Null) {
            warn(path, value, "null read as " + (isOpenEnd(o, key) ? "no end date: the entry is shown as going on to the present"
                    : "no value"));
            return null;
        }
        if (lenient && value instanceof Json.Num number) {
            warn(path, value, number.text() + " (a number) used as the text \"" + number.text() + "\"");
            return number.text();
        }
        unusable(path, value, "must be a string");
        return null;
    }

    /** Whether this key is an end date of an entry with a start date: no value there means the entry goes on. */
    private static boolean isOpenEnd(Json.Obj o, String key) {
        return key.equals("endDate") && o.get("startDate") instanceof Json.Str start && !start.value().isBlank();
    }

    /** A string's text; a lenient import reads a line break written as CR LF or CR as LF (the model holds LF only). */
    private String text(String path, Json.Str s) {
        String text = s.value();
        if (text.indexOf('\r') < 0) {
            return text;
        }
        warn(path, s, "line breaks written as CR LF (or CR) read as LF; the text is shown as written");
        return Repairs.lineFeeds(text);
    }

    /** A value of the wrong type: an error, or in a lenient import a warning, the value kept as written. */
    private void unusable(String path, Json value, String rule) {
        if (lenient && !path.equals("basics.name")) {
            warn(path, value, describe(value) + " not shown, kept in the JSON Resume export: " + rule);
        } else {
            problem(path, value, rule);
        }
    }

    private static String describe(Json value) {
        if (value instanceof Json.Str s) {
            return quote(s.value());
        }
        if (value instanceof Json.Num n) {
            return n.text();
        }
        if (value instanceof Json.Bool b) {
            return String.valueOf(b.value());
        }
        if (value instanceof Json.Null) {
            return "null";
        }
        return value instanceof Json.Obj ? "an object" : "an array";
    }

    /** A value quoted for a message, shortened when long. */
    private static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /**
     * A URL: blank, or relative where the schema allows it, is left to the extensions (the model holds only
     * absolute URLs); an absolute URL goes to the model, whose rules judge its scheme.
     */
    private String url(Json.Obj o, String key, At at, String modelName, boolean uriFormat) {
        String value = string(o, key, at, modelName);
        if (value == null || value.isBlank()) {
            return null;
        }
        String path = JsonPaths.child(at.json(), key);
        urlPaths.add(path);
        if (lenient && uriFormat) {
            Optional<String> repaired = Repairs.url(value);
            if (repaired.isPresent() && SCHEME.matcher(repaired.get()).matches()) {
                warn(path, o.get(key), quote(value) + " read as " + repaired.get());
                return repaired.get();
            }
        }
        if (!SCHEME.matcher(value).matches()) {
            if (uriFormat && !isLegacy(key)) {
                unusable(path, o.get(key), "must be an absolute URI (JSON Resume format \"uri\")");
            } else {
                warn(path, o.get(key), quote(value) + " is not an absolute URL (a file beside the document, or a "
                        + "placeholder): not shown, kept in the JSON Resume export");
            }
            return null;
        }
        return value;
    }

    /** A list of strings; blank items, which the model does not hold, are left to the extensions. */
    private List<String> strings(Json.Obj o, String key, At at, String modelName) {
        String path = JsonPaths.child(at.json(), key);
        String model = at.model().isEmpty() ? modelName : at.model() + "." + modelName;
        Json value = o.get(key);
        List<String> strings = new ArrayList<>();
        if (value == null) {
            return strings;
        }
        places.put(model, new Place(path, value.line(), value.column()));
        readPaths.add(path);
        if (!(value instanceof Json.Arr array)) {
            unusable(path, value, "must be an array of strings");
            return strings;
        }
        for (int i = 0; i < array.size(); i++) {
            Json item = array.get(i);
            if (item instanceof Json.Str s) {
                if (!s.value().isBlank()) {
                    places.put(model + "[" + strings.size() + "]", new Place(JsonPaths.child(path, i), item.line(), item.column()));
                    strings.add(lenient ? text(JsonPaths.child(path, i), s) : s.value());
                }
            } else if (lenient && item instanceof Json.Num number) {
                warn(JsonPaths.child(path, i), item, number.text() + " (a number) used as the text \"" + number.text() + "\"");
                places.put(model + "[" + strings.size() + "]", new Place(JsonPaths.child(path, i), item.line(), item.column()));
                strings.add(number.text());
            } else {
                unusable(JsonPaths.child(path, i), item, "must be a string");
            }
        }
        return strings;
    }

    private PartialDate date(Json.Obj o, String key, At at, String modelName) {
        String text = string(o, key, at, modelName);
        if (text == null) {
            return null;
        }
        String path = JsonPaths.child(at.json(), key);
        if (text.isEmpty()) {
            // the one rule for "" in a strict import: never refused; as written where the model holds text, and no
            // value, kept in the JSON Resume export, where the model holds none (a date, a URL); a lenient import
            // reads "" as no value before it gets here
            if (isOpenEnd(o, key)) {
                warn(path, o.get(key), "\"\" read as no end date: the entry is shown as going on to the present");
            }
            return null;
        }
        if (!DATE.matcher(text).matches() && lenient) {
            if (Repairs.isPlaceholder(text)) {
                warn(path, o.get(key), quote(text) + " read as no value");
                return null;
            }
            if (key.equals("endDate") && Repairs.isOpenEnd(text)) {
                warn(path, o.get(key), quote(text) + " read as no end date: the period goes on to the present");
                return null;
            }
        }
        if (lenient) {
            Optional<Repairs.ReadDate> repaired = Repairs.readDate(text);
            if (repaired.isPresent() && !repaired.get().value().equals(text) && DATE.matcher(repaired.get().value()).matches()) {
                warn(path, o.get(key), quote(text) + " read as " + repaired.get().value() + repaired.get().note());
                text = repaired.get().value();
            }
        }
        if (!DATE.matcher(text).matches()) {
            String rule = "must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (JSON Resume iso8601), not " + quote(text);
            if (key.equals("endDate") && lenient) {
                warn(path, o.get(key), quote(text) + " cannot be read as a date, so the end date is dropped: the entry is "
                        + "shown as going on to the present; kept in the JSON Resume export");
            } else if (key.equals("endDate")) {
                problem(path, o.get(key), rule);
            } else {
                unusable(path, o.get(key), rule);
            }
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            problem(path, o.get(key), e.getMessage());
            return null;
        }
    }

    private Period period(Json.Obj o, At at) {
        PartialDate start = date(o, "startDate", at, "period.start");
        PartialDate end = date(o, "endDate", at, "period.end");
        return start == null && end == null ? null : new Period(start, end);
    }

    private void mark(At at, Json value) {
        places.put(at.model(), new Place(at.json(), value.line(), value.column()));
        readContainers.add(at.json());
    }

    /**
     * Whether a lenient import leaves out this entry of a list, with a warning: one the model cannot hold (see
     * {@link #bind()}), or one with no value at all in it (a template's leftover).
     */
    private boolean skip(String path, Json.Obj entry) {
        if (dropped.containsKey(path)) {
            warn(path, entry, dropped.get(path));
            return true;
        }
        if (lenient && isEmpty(entry)) {
            warn(path, entry, "an entry with no value in it dropped: nothing is shown for it");
            return true;
        }
        return false;
    }

    /** Whether a value holds nothing a reader could see: blanks, {@code null}, {@code "null"}, and lists or objects of only those. */
    private static boolean isEmpty(Json value) {
        if (value instanceof Json.Str s) {
            return s.value().isBlank() || isNullWord(s.value());
        }
        if (value instanceof Json.Obj o) {
            for (Map.Entry<String, Json> member : o) {
                if (!isEmpty(member.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Json.Arr a) {
            for (Json item : a) {
                if (!isEmpty(item)) {
                    return false;
                }
            }
            return true;
        }
        return value instanceof Json.Null;
    }

    /** The word null written as a string ({@code "null"}), as a template or a serializer leaves it. */
    private static boolean isNullWord(String text) {
        return text.strip().equalsIgnoreCase("null");
    }

    private void problem(String path, Json value, String message) {
        problems.add(new Problem(source, value.line(), value.column(), path, message));
    }

    private void warn(String path, Json value, String message) {
        warnings.add(new Problem(source, value.line(), value.column(), path, message));
    }

    /** The place a model path came from, or its nearest recorded parent's. */
    private Place place(String modelPath) {
        String path = modelPath;
        while (true) {
            Place place = places.get(path);
            if (place != null) {
                return place;
            }
            if (path.isEmpty()) {
                return new Place("", root.line(), root.column());
            }
            int cut = path.endsWith("]") ? path.lastIndexOf('[') : path.lastIndexOf('.');
            path = cut < 0 ? "" : path.substring(0, cut);
        }
    }

    /** Rewrites model paths quoted in a model message ("must not be before roles[0].period.start") as JSON paths. */
    private String jsonPaths(String message) {
        Matcher matcher = MODEL_PATH.matcher(message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Place place = places.get(matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(place == null ? matcher.group() : place.path()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

package io.github.portfoliosdk.jsonresume.internal;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.SkillLevel;
import io.github.portfoliosdk.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Maps a {@link Portfolio} to a JSON Resume document (see "Format mapping" in README.md): standard
 * properties where JSON Resume has one, an {@code x-portfolio} object for the rest, then the portfolio's
 * extensions at their pointers. Stateless.
 */
public final class Exporter {

    /** The name of the object that holds what JSON Resume has no property for. */
    public static final String X = "x-portfolio";

    private Exporter() {
    }

    /**
     * The document for this portfolio.
     *
     * @param withPortfolioProperties whether to write {@code x-portfolio} objects and the extensions
     * @throws IllegalArgumentException when an extension's pointer or JSON text is broken
     */
    public static Json.Obj export(Portfolio portfolio, boolean withPortfolioProperties) {
        Json.Obj root = document(portfolio, withPortfolioProperties);
        if (withPortfolioProperties) {
            Extensions.place(root, portfolio.extensions());
            LegacyKeys.restore(root, portfolio.extensions());
        }
        return root;
    }

    /**
     * The document the model alone gives, without its extensions, each work entry's employer copied to
     * {@code company} too (see {@link LegacyKeys#MIRRORED}): what import compares the document read with.
     */
    static Json.Obj document(Portfolio portfolio, boolean withPortfolioProperties) {
        Json.Obj root = new Json.Obj();
        root.put("basics", basics(portfolio.person(), withPortfolioProperties));
        List<Role> work = portfolio.roles().stream().filter(r -> r.kind() != RoleKind.VOLUNTEER).toList();
        List<Role> volunteer = portfolio.roles().stream().filter(r -> r.kind() == RoleKind.VOLUNTEER).toList();
        putArray(root, "work", work, r -> role(r, withPortfolioProperties, true));
        putArray(root, "volunteer", volunteer, r -> role(r, withPortfolioProperties, false));
        putArray(root, "education", portfolio.education(), v -> write(Tables.EDUCATION, v));
        putArray(root, "awards", portfolio.awards(), v -> write(Tables.AWARD, v));
        putArray(root, "certificates", portfolio.certificates(), v -> write(Tables.CERTIFICATE, v));
        putArray(root, "publications", portfolio.publications(), v -> write(Tables.PUBLICATION, v));
        putSkills(root, portfolio.skills(), withPortfolioProperties);
        putArray(root, "languages", portfolio.languages(), v -> write(Tables.LANGUAGE, v));
        putArray(root, "interests", portfolio.interests(), v -> write(Tables.INTEREST, v));
        putArray(root, "references", portfolio.references(), v -> write(Tables.REFERENCE, v));
        putArray(root, "projects", portfolio.projects(), p -> project(p, withPortfolioProperties));
        if (portfolio.meta() != null || portfolio.language() != null) {
            Json.Obj meta = portfolio.meta() != null ? write(Tables.META, portfolio.meta()) : new Json.Obj();
            putString(meta, "language", portfolio.language());
            root.put("meta", meta);
        }
        if (withPortfolioProperties) {
            Json.Obj x = new Json.Obj();
            if (portfolio.systemDesign() != null) {
                x.put("systemDesign", designNote(portfolio.systemDesign()));
            }
            putString(x, "designNotesIntro", portfolio.designNotesIntro());
            putArray(x, "designNotes", portfolio.designNotes(), Exporter::designNote);
            putStrings(x, "primaryStack", portfolio.primaryStack());
            putArray(x, "stackMetrics", portfolio.stackMetrics(), v -> write(Tables.METRIC, v));
            putArray(x, "customSections", portfolio.customSections(), Exporter::customSection);
            List<String> skillOrder = skillOrder(portfolio.skills());
            if (!skillOrder.isEmpty()) {
                Json.Arr pointers = new Json.Arr();
                skillOrder.forEach(p -> pointers.add(new Json.Str(p)));
                x.put("skillOrder", pointers);
            }
            List<String> order = roleOrder(portfolio.roles());
            if (!order.isEmpty()) {
                Json.Arr pointers = new Json.Arr();
                order.forEach(p -> pointers.add(new Json.Str(p)));
                x.put("roleOrder", pointers);
            }
            putTranslations(x, portfolio);
            putObject(root, X, x);
        }
        LegacyKeys.mirror(root);
        return root;
    }

    /**
     * The pointers of the roles in the portfolio's order, when that order is not every work entry followed by
     * every volunteer entry; empty otherwise.
     */
    static List<String> roleOrder(List<Role> roles) {
        List<String> order = new ArrayList<>();
        int work = 0;
        int volunteer = 0;
        boolean volunteerSeen = false;
        boolean interleaved = false;
        for (Role role : roles) {
            if (role.kind() == RoleKind.VOLUNTEER) {
                order.add("/volunteer/" + volunteer++);
                volunteerSeen = true;
            } else {
                order.add("/work/" + work++);
                interleaved |= volunteerSeen;
            }
        }
        return interleaved ? order : List.of();
    }

    private static Json.Obj basics(Person person, boolean x) {
        Json.Obj basics = new Json.Obj();
        putString(basics, "name", person.name());
        putString(basics, "label", person.headline());
        putString(basics, "image", person.image());
        Contact contact = person.contact();
        if (contact != null) {
            putString(basics, "email", contact.email());
            putString(basics, "phone", contact.phone());
            putString(basics, "url", contact.website());
        }
        putString(basics, "summary", person.summary());
        if (person.location() != null) {
            basics.put("location", write(Tables.LOCATION, person.location()));
        }
        putArray(basics, "profiles", person.profiles(), v -> write(Tables.PROFILE, v));
        if (x) {
            Json.Obj more = new Json.Obj();
            putString(more, "tagline", person.tagline());
            putStrings(more, "about", person.about());
            putStrings(more, "keywords", person.keywords());
            putString(more, "imageDark", person.imageDark());
            putString(more, "availability", person.availability());
            if (contact != null && contact.email() == null && contact.phone() == null && contact.website() == null) {
                more.put("emptyContact", new Json.Bool(true, 0, 0));
            }
            putArray(more, "metrics", person.metrics(), v -> write(Tables.METRIC, v));
            putArray(more, "focus", person.focus(), v -> write(Tables.FOCUS, v));
            putObject(basics, X, more);
        }
        return basics;
    }



    /**
     * A {@code work} or {@code volunteer} entry: they differ in the key of the organization's name and in where the
     * role's location and the organization's description go (standard in work, {@code x-portfolio} in volunteer).
     */
    private static Json.Obj role(Role role, boolean x, boolean isWork) {
        Organization org = role.organization();
        Json.Obj object = new Json.Obj();
        putString(object, isWork ? "name" : "organization", org == null ? null : org.name());
        if (isWork) {
            putString(object, "location", role.location());
            putString(object, "description", org == null ? null : org.description());
        }
        putString(object, "position", role.title());
        putString(object, "url", org == null ? null : org.url());
        putPeriod(object, "startDate", "endDate", role.period());
        putString(object, "summary", role.summary());
        List<String> highlights = Readable.roleHighlights(role);
        putStrings(object, "highlights", highlights);
        if (x) {
            Json.Obj more = new Json.Obj();
            putString(more, "id", role.id());
            putOriginal(more, "highlights", role.highlights(), highlights);
            putEmptyOrganization(more, org);
            if (role.kind() == RoleKind.INTERNSHIP) {
                putString(more, "kind", lower(role.kind()));
            }
            putString(more, "shortName", org == null ? null : org.shortName());
            if (!isWork) {
                putString(more, "description", org == null ? null : org.description());
                putString(more, "location", role.location());
            }
            putString(more, "workMode", role.workMode() == null ? null : lower(role.workMode()));
            putStrings(more, "technologies", role.technologies());
            putArray(more, "metrics", role.metrics(), v -> write(Tables.METRIC, v));
            putStrings(more, "tags", role.tags());
            putObject(object, X, more);
        }
        return object;
    }

    /** Marks an organization with no name, short name, URL or description, which would otherwise leave no trace. */
    private static void putEmptyOrganization(Json.Obj more, Organization org) {
        if (org != null && org.name() == null && org.shortName() == null && org.url() == null && org.description() == null) {
            more.put("emptyOrganization", new Json.Bool(true, 0, 0));
        }
    }





    /**
     * The skills as JSON Resume themes show them: the skills of one category as one entry named after the category,
     * with the skills' names as its keywords and the skills themselves in its {@code x-portfolio}; a skill with no
     * category as an entry of its own.
     */
    private static void putSkills(Json.Obj root, List<Skill> skills, boolean x) {
        // each entry: a skill without category, or the skills of one category, in order of first appearance
        List<List<Skill>> entries = new ArrayList<>();
        Map<String, List<Skill>> groups = new LinkedHashMap<>();
        for (Skill skill : skills) {
            if (skill.category() == null) {
                entries.add(List.of(skill));
            } else {
                groups.computeIfAbsent(skill.category(), k -> {
                    List<Skill> group = new ArrayList<>();
                    entries.add(group);
                    return group;
                }).add(skill);
            }
        }
        Json.Arr array = new Json.Arr();
        for (List<Skill> entry : entries) {
            Skill first = entry.get(0);
            if (first.category() == null) {
                array.add(skill(first, x));
                continue;
            }
            Json.Obj group = new Json.Obj();
            group.put("name", new Json.Str(first.category()));
            putStrings(group, "keywords", entry.stream().map(Skill::name).filter(Objects::nonNull).toList());
            if (x) {
                Json.Obj more = new Json.Obj();
                putArray(more, "skills", entry, v -> skill(v, true));
                group.put(X, more);
            }
            array.add(group);
        }
        if (array.size() > 0) {
            root.put("skills", array);
        }
    }

    /**
     * Pointers to the skills in the portfolio's order, when grouping by category changed that order; empty
     * otherwise. A grouped skill's pointer is {@code /skills/<group>/x-portfolio/skills/<i>}.
     */
    static List<String> skillOrder(List<Skill> skills) {
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        Map<String, Integer> groupSize = new HashMap<>();
        List<String> pointers = new ArrayList<>();
        List<String> grouped = new ArrayList<>();
        int entries = 0;
        for (Skill skill : skills) {
            if (skill.category() == null) {
                pointers.add("/skills/" + entries++);
                continue;
            }
            Integer index = groupIndex.get(skill.category());
            if (index == null) {
                index = entries++;
                groupIndex.put(skill.category(), index);
            }
            int within = groupSize.merge(skill.category(), 1, Integer::sum) - 1;
            pointers.add("/skills/" + index + "/" + X + "/skills/" + within);
        }
        for (int entry = 0; entry < entries; entry++) {
            for (String pointer : pointers) {
                if (pointer.equals("/skills/" + entry) || pointer.startsWith("/skills/" + entry + "/")) {
                    grouped.add(pointer);
                }
            }
        }
        return grouped.equals(pointers) ? List.of() : pointers;
    }

    /** The model's list in {@code x-portfolio} when the standard property shows more than it (even an empty one). */
    private static void putOriginal(Json.Obj more, String key, List<String> original, List<String> shown) {
        if (!original.equals(shown)) {
            Json.Arr array = new Json.Arr();
            original.forEach(v -> array.add(new Json.Str(v)));
            more.put(key, array);
        }
    }

    private static Json.Obj skill(Skill skill, boolean x) {
        Json.Obj object = new Json.Obj();
        putString(object, "name", skill.name());
        String label = skill.levelLabel().orElse(null);
        putString(object, "level", label);
        putStrings(object, "keywords", skill.keywords());
        if (x) {
            Json.Obj more = new Json.Obj();
            SkillLevel derivedLevel = Importer.levelFrom(label);
            String derivedText = Importer.levelTextFrom(label);
            if (derivedLevel != skill.level() || !Objects.equals(derivedText, skill.levelText())) {
                more.put("level", skill.level() == null ? new Json.Null(0, 0) : new Json.Str(lower(skill.level())));
                more.put("levelText", skill.levelText() == null ? new Json.Null(0, 0) : new Json.Str(skill.levelText()));
            }
            putString(more, "category", skill.category());
            putStrings(more, "tags", skill.tags());
            putObject(object, X, more);
        }
        return object;
    }




    private static Json.Obj project(Project project, boolean x) {
        Json.Obj object = new Json.Obj();
        putString(object, "name", project.name());
        String description = Readable.projectDescription(project);
        List<String> highlights = Readable.projectHighlights(project);
        putString(object, "description", description);
        putStrings(object, "highlights", highlights);
        putStrings(object, "keywords", project.techStack());
        putPeriod(object, "startDate", "endDate", project.period());
        putString(object, "url", project.url());
        putStrings(object, "roles", project.roles());
        putString(object, "entity", project.entity());
        putString(object, "type", project.type());
        if (x) {
            Json.Obj more = new Json.Obj();
            putString(more, "id", project.id());
            if (!Objects.equals(description, project.description())) {
                more.put("description", project.description() == null ? new Json.Null(0, 0)
                        : new Json.Str(project.description()));
            }
            putOriginal(more, "highlights", project.highlights(), highlights);
            putStrings(more, "categories", project.categories());
            putString(more, "badge", project.badge());
            putString(more, "problem", project.problem());
            putString(more, "solution", project.solution());
            if (project.architecture() != null) {
                more.put("architecture", flow(project.architecture()));
            }
            putString(more, "impact", project.impact());
            putArray(more, "impactMetrics", project.impactMetrics(), v -> write(Tables.METRIC, v));
            putArray(more, "links", project.links(), v -> write(Tables.LINK, v));
            putString(more, "roleId", project.roleId());
            putStrings(more, "tags", project.tags());
            putObject(object, X, more);
        }
        return object;
    }


    private static Json.Obj designNote(DesignNote note) {
        Json.Obj object = new Json.Obj();
        putString(object, "id", note.id());
        putString(object, "category", note.category());
        putString(object, "title", note.title());
        putStrings(object, "body", note.body());
        putArray(object, "flows", note.flows(), Exporter::flow);
        putArray(object, "callouts", note.callouts(), v -> write(Tables.CALLOUT, v));
        putString(object, "pointsTitle", note.pointsTitle());
        putArray(object, "points", note.points(), v -> write(Tables.POINT, v));
        putArray(object, "usedIn", note.usedIn(), v -> write(Tables.USED_IN, v));
        putStrings(object, "tags", note.tags());
        return object;
    }

    private static Json.Obj customSection(CustomSection section) {
        Json.Obj object = new Json.Obj();
        putString(object, "id", section.id());
        putString(object, "title", section.title());
        putArray(object, "entries", section.entries(), v -> write(Tables.CUSTOM_ENTRY, v));
        return object;
    }

    private static Json.Obj flow(Flow flow) {
        Json.Obj object = new Json.Obj();
        putString(object, "title", flow.title());
        putArray(object, "stages", flow.stages(), Exporter::stage);
        return object;
    }

    private static Json.Obj stage(Stage stage) {
        Json.Obj object = new Json.Obj();
        putString(object, "edgeLabel", stage.edgeLabel());
        putArray(object, "nodes", stage.nodes(), v -> write(Tables.NODE, v));
        return object;
    }








    /** A record of a field table: each field with a value, in table order. */
    static <T> Json.Obj write(Fields<T> table, T record) {
        Json.Obj object = new Json.Obj();
        for (Fields.Field<T> field : table.fields()) {
            Object value = field.value().apply(record);
            switch (field.kind()) {
                case STRING, URL -> putString(object, field.key(), (String) value);
                case STRINGS -> putStrings(object, field.key(), strings(value));
                case DATE -> putDate(object, field.key(), (PartialDate) value);
                case PERIOD -> putPeriod(object, "startDate", "endDate", (Period) value);
            }
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static void putString(Json.Obj object, String key, String value) {
        if (value != null) {
            object.put(key, new Json.Str(value));
        }
    }

    private static void putStrings(Json.Obj object, String key, List<String> values) {
        if (!values.isEmpty()) {
            Json.Arr array = new Json.Arr();
            values.forEach(v -> array.add(new Json.Str(v)));
            object.put(key, array);
        }
    }

    private static <T> void putArray(Json.Obj object, String key, List<T> values, Function<T, Json.Obj> mapping) {
        if (!values.isEmpty()) {
            Json.Arr array = new Json.Arr();
            values.forEach(v -> array.add(mapping.apply(v)));
            object.put(key, array);
        }
    }

    /**
     * The portfolio's text in its other languages, {@code translations: {"de": {"/person/headline": "..."}}}, and the
     * language it was written in when another was chosen ({@code originalLanguage}); the standard fields hold the
     * language of {@code meta.language}.
     */
    private static void putTranslations(Json.Obj x, Portfolio portfolio) {
        Json.Obj translations = new Json.Obj();
        portfolio.translations().texts().forEach((language, texts) -> {
            Json.Obj byPointer = new Json.Obj();
            texts.forEach((pointer, text) -> byPointer.put(pointer, new Json.Str(text)));
            translations.put(language, byPointer);
        });
        putObject(x, "translations", translations);
        putString(x, "originalLanguage", portfolio.translations().original());
    }

    private static void putObject(Json.Obj object, String key, Json.Obj value) {
        if (!value.isEmpty()) {
            object.put(key, value);
        }
    }

    private static void putDate(Json.Obj object, String key, PartialDate date) {
        if (date != null) {
            object.put(key, new Json.Str(date.toString()));
        }
    }

    private static void putPeriod(Json.Obj object, String startKey, String endKey, Period period) {
        if (period != null) {
            putDate(object, startKey, period.start());
            putDate(object, endKey, period.end());
        }
    }
}

package io.github.portfoliosdk.testing;

import io.github.portfoliosdk.model.Award;
import io.github.portfoliosdk.model.Callout;
import io.github.portfoliosdk.model.Certificate;
import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.CustomEntry;
import io.github.portfoliosdk.model.CustomSection;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Shared test fixtures: small portfolios that every module's tests render, convert and check.
 * Published in the model's test-jar.
 */
public final class SamplePortfolios {

    /** The clock all tests render with: 25 November 2026, noon UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private SamplePortfolios() {
    }

    /** The least a valid portfolio holds: a name. */
    public static Portfolio minimal() {
        return Portfolio.builder().person(Person.builder().name("Ada Lovelace").build()).build();
    }

    /**
     * An invalid portfolio made with the record constructor, which does not validate: a role that ends (Mar 2019)
     * before it starts (Jan 2020) and a {@code javascript:} website. Every renderer must refuse it with these two
     * problems, {@link #INVALID_PROBLEMS}.
     */
    public static Portfolio invalidThroughConstructor() {
        Person person = Person.builder().name("Ada Lovelace")
                .contact(new Contact(null, null, "javascript:alert(1)")).build();
        Role role = Role.builder().organization(Organization.named("Acme")).title("Engineer")
                .period(Period.of(PartialDate.ofMonth(2020, 1), PartialDate.ofMonth(2019, 3))).build();
        return new Portfolio(null, person, List.of(role), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** The problems of {@link #invalidThroughConstructor()}, as {@code path: message}, in path order. */
    public static final List<String> INVALID_PROBLEMS = List.of(
            "person.contact.website: must not use the javascript: scheme",
            "roles[0].period.end: 2019-03 is before the start 2020-01");

    /** A portfolio with every section and every field set, each text distinct. */
    public static Portfolio full() {
        return full(UnaryOperator.identity(), "https://example.com/");
    }

    /**
     * A portfolio with every section and field, each text passed through {@code text} (to fill every field
     * with hostile strings, say) and every URL starting with {@code urlBase}. Not validated, as hostile
     * texts may break the model's own rules on purpose.
     */
    public static Portfolio full(UnaryOperator<String> text, String urlBase) {
        UnaryOperator<String> t = text;
        UnaryOperator<String> u = path -> urlBase + path;
        Flow architecture = new Flow(t.apply("Request path"), List.of(
                Stage.of(Node.of(t.apply("Client"), t.apply("Browser · Mobile"))),
                Stage.of(Node.of(t.apply("API"))),
                new Stage(t.apply("HIT"), List.of(Node.of(t.apply("Cache")), Node.of(t.apply("Database"), t.apply("Primary store"))))));
        Role job = Role.builder()
                .id(t.apply("acme"))
                .kind(RoleKind.JOB)
                .organization(new Organization(t.apply("Acme Private Limited"), t.apply("Acme"), u.apply("acme"), t.apply("Logistics software")))
                .title(t.apply("Backend Engineer"))
                .location(t.apply("Singapore"))
                .workMode(WorkMode.REMOTE)
                .period(Period.since(PartialDate.ofMonth(2026, 2)))
                .technologies(List.of(t.apply("TypeScript"), t.apply("Node.js")))
                .summary(t.apply("Builds freight services."))
                .highlights(List.of(t.apply("Built tracking."), t.apply("Cut costs.")))
                .metrics(List.of(Metric.of(t.apply("200K+"), t.apply("Users"))))
                .tags(List.of(t.apply("backend")))
                .build();
        Role internship = Role.builder()
                .kind(RoleKind.INTERNSHIP)
                .organization(Organization.named(t.apply("Training Centre")))
                .title(t.apply("PHP Intern"))
                .location(t.apply("Chennai, India"))
                .period(Period.of(PartialDate.ofMonth(2023, 2), PartialDate.ofMonth(2023, 7)))
                .highlights(List.of(t.apply("Learned MVC.")))
                .build();
        Role volunteering = Role.builder()
                .kind(RoleKind.VOLUNTEER)
                .organization(new Organization(t.apply("Food Bank"), null, u.apply("food"), null))
                .title(t.apply("Volunteer"))
                .period(Period.of(PartialDate.of(2020, 1, 15), PartialDate.ofYear(2021)))
                .summary(t.apply("Sorted donations."))
                .build();
        Project project = Project.builder()
                .id(t.apply("civic"))
                .name(t.apply("Civic Services Platform"))
                .period(Period.year(2024))
                .categories(List.of(t.apply("AI"), t.apply("Civic tech")))
                .badge(t.apply("200K+ USERS"))
                .description(t.apply("A platform for citizens."))
                .problem(t.apply("Paper backlogs."))
                .solution(t.apply("A Django backend."))
                .architecture(architecture)
                .techStack(List.of(t.apply("Python"), t.apply("Django")))
                .impact(t.apply("Days became minutes."))
                .impactMetrics(List.of(Metric.of(t.apply("99%+"), t.apply("Uptime SLA"))))
                .highlights(List.of(t.apply("Went live in 2024.")))
                .url(u.apply("civic"))
                .links(List.of(Link.of(t.apply("Source"), u.apply("civic/source"))))
                .roles(List.of(t.apply("Lead developer")))
                .entity(t.apply("An NGO"))
                .type(t.apply("application"))
                .roleId(t.apply("acme"))
                .tags(List.of(t.apply("featured")))
                .build();
        DesignNote overview = DesignNote.builder()
                .id(t.apply("scalable-backend"))
                .title(t.apply("Scalable production backend"))
                .body(List.of(t.apply("Each layer has one job.")))
                .flows(List.of(Flow.chain(t.apply("Async layer"), t.apply("Queue"), t.apply("Workers"))))
                .pointsTitle(t.apply("How the system works"))
                .points(List.of(Point.of(t.apply("Request flow"), t.apply("Nginx first.")), Point.of(t.apply("Caching"), t.apply("Redis next."))))
                .build();
        DesignNote note = DesignNote.builder()
                .id(t.apply("webhooks"))
                .category(t.apply("EVENT-DRIVEN SYSTEMS"))
                .title(t.apply("Designing Webhook Processing Systems"))
                .body(List.of(t.apply("Webhooks deliver events."), t.apply("Enqueue, then answer.")))
                .flows(List.of(architecture))
                .callouts(List.of(Callout.of(t.apply("WHY ASYNC"), t.apply("Respond in under 5s."))))
                .usedIn(List.of(UsedIn.project(t.apply("civic"), t.apply("ID checks")), UsedIn.named(t.apply("Commai"), null)))
                .tags(List.of(t.apply("architecture")))
                .build();
        Person person = Person.builder()
                .name(t.apply("Vinayagam D"))
                .headline(t.apply("Python Backend Engineer"))
                .tagline(t.apply("Building scalable systems and APIs."))
                .summary(t.apply("Backend engineer from Chennai."))
                .about(List.of(t.apply("First paragraph."), t.apply("Second paragraph.")))
                .keywords(List.of(t.apply("Chennai"), t.apply("Python")))
                .location(new Location(t.apply("1 Main Road"), t.apply("600001"), t.apply("Chennai"), t.apply("Tamil Nadu"), "IN"))
                .contact(new Contact("someone@example.com", t.apply("+91 00000 00000"), u.apply("home")))
                .profiles(List.of(Profile.of(t.apply("X / Twitter"), t.apply("_vinyjr"), u.apply("x"))))
                .image(u.apply("me.png"))
                .imageDark(u.apply("me-dark.png"))
                .availability(t.apply("Employed"))
                .metrics(List.of(Metric.of(t.apply("8+"), t.apply("Apps Shipped"))))
                .focus(List.of(FocusItem.of(t.apply("Deepening system design"), t.apply("Distributed systems."))))
                .build();
        return new Portfolio(
                null,
                person,
                List.of(job, internship, volunteering),
                List.of(project),
                overview,
                t.apply("Short technical notes."),
                List.of(note),
                List.of(Skill.of(t.apply("Python"), SkillLevel.EXPERT, t.apply("Languages")),
                        new Skill(t.apply("Flask / FastAPI"), null, t.apply("Master"), t.apply("Languages"),
                                List.of(t.apply("APIs")), List.of(t.apply("web"))),
                        Skill.of(t.apply("Docker"), SkillLevel.ADVANCED, t.apply("Cloud & DevOps"))),
                List.of(t.apply("Python"), t.apply("Django")),
                List.of(Metric.of(t.apply("2+"), t.apply("Years of production experience"))),
                List.of(new Education(t.apply("Anna University"), u.apply("anna"), t.apply("Computer Science"),
                        t.apply("Bachelor"), Period.parse("2017", "2021"), t.apply("8.1"), List.of(t.apply("Databases")))),
                List.of(new Certificate(t.apply("PHP Developer"), PartialDate.ofMonth(2023, 7), u.apply("cert"), t.apply("Training Centre"))),
                List.of(new Award(t.apply("Best Intern"), PartialDate.ofYear(2023), t.apply("Training Centre"), t.apply("For the best project."))),
                List.of(new Publication(t.apply("Webhooks at scale"), t.apply("Dev Blog"), PartialDate.of(2025, 3, 1), u.apply("post"), t.apply("On queues."))),
                List.of(Language.of(t.apply("Tamil"), t.apply("Native speaker")), Language.of(t.apply("English"), t.apply("Fluent"))),
                List.of(new Interest(t.apply("Distributed systems"), List.of(t.apply("Queues")))),
                List.of(Reference.of(t.apply("A. Manager"), t.apply("Ships reliable systems."))),
                List.of(new CustomSection("talks", t.apply("Talks"), List.of(new CustomEntry(t.apply("Caching at the edge"),
                        t.apply("JavaLand"), PartialDate.ofMonth(2025, 3), u.apply("talk"), t.apply("Cache layers."),
                        List.of(t.apply("Four hundred attendees")))))),
                new Meta(u.apply("portfolio"), t.apply("v1"), t.apply("2026-11-01T10:00:00")),
                Map.of("/basics/x-pronouns", "\"he/him\""),
                null);
    }
}

package io.github.portfoliosdk.examples;

import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Location;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.SkillLevel;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.model.WorkMode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Builds a short portfolio in Java with the model's builders, then shows what happens when a portfolio breaks
 * the model's rules: {@code build()} validates and throws one {@link InvalidPortfolioException} that lists every
 * problem with its path.
 */
public final class BuildWithBuilders {

    private BuildWithBuilders() {
    }

    /**
     * Builds both portfolios and prints what happened.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Builds the valid portfolio and the broken one, printing a line about the first and the problems of the
     * second to {@code out}.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        Portfolio portfolio = portfolio();
        Role role = portfolio.roles().get(0);
        out.println("Built and validated the portfolio of " + portfolio.person().name() + ": "
                + role.title() + " at " + role.organization().displayName() + " since "
                + role.period().start().format(Locale.ENGLISH) + ", " + portfolio.projects().size() + " project, "
                + portfolio.skills().size() + " skills.");

        try {
            brokenPortfolio().build();
            out.println("The broken portfolio was accepted, which should not happen.");
        } catch (InvalidPortfolioException e) {
            out.println("The broken portfolio was rejected with " + e.problems().size() + " problems:");
            for (Problem problem : e.problems()) {
                out.println("  " + problem);
            }
        }
    }

    /**
     * A short, valid portfolio: a person with a location and a profile, one job, one project with an
     * architecture diagram, and three skills.
     *
     * @return the portfolio, validated by {@link Portfolio.Builder#build()}
     */
    public static Portfolio portfolio() {
        Person person = Person.builder()
                .name("Asha Raman")
                .headline("Backend Engineer")
                .tagline("APIs that stay fast under load.")
                .location(Location.builder().city("Pune").region("Maharashtra").countryCode("IN").build())
                .addProfile(Profile.of("GitHub", "asha-raman", "https://github.com/asha-raman"))
                .addMetric(Metric.of("3", "Years in production"))
                .build();

        Role job = Role.builder()
                .id("parcelwise")
                .kind(RoleKind.JOB)
                .organization(new Organization("Parcelwise Private Limited", "Parcelwise", "https://parcelwise.example", null))
                .title("Backend Engineer")
                .location("Pune")
                .workMode(WorkMode.HYBRID)
                .period(Period.since(PartialDate.ofMonth(2023, 6)))
                .technologies(List.of("Java", "Spring Boot", "PostgreSQL"))
                .addHighlight("Cut the p99 latency of the tracking API from 900 ms to 120 ms.")
                .addMetric(Metric.of("8x", "Faster tracking API"))
                .build();

        // A diagram is a flow of stages; a stage with several nodes fans out.
        Flow architecture = Flow.of("Request path",
                Stage.of(Node.of("Client", "Mobile app")),
                Stage.of(Node.of("Tracking API", "Spring Boot")),
                Stage.labelled("read", Node.of("Cache", "Redis"), Node.of("Database", "PostgreSQL")));

        Project tracking = Project.builder()
                .id("live-tracking")
                .name("Live parcel tracking")
                .period(Period.year(2024))
                .categories(List.of("Logistics", "Performance"))
                .problem("Customers refreshed a slow status page to learn where their parcel was.")
                .solution("A read-through cache in front of the tracking tables, invalidated on every scan event.")
                .architecture(architecture)
                .techStack(List.of("Java", "Redis", "PostgreSQL"))
                .impactMetrics(List.of(Metric.of("120 ms", "p99 latency")))
                .roleId("parcelwise")
                .build();

        return Portfolio.builder()
                .person(person)
                .addRole(job)
                .addProject(tracking)
                .addSkill(Skill.of("Java", SkillLevel.EXPERT, "Languages"))
                .addSkill(Skill.of("PostgreSQL", SkillLevel.ADVANCED, "Databases"))
                .addSkill(Skill.of("Redis", SkillLevel.INTERMEDIATE, "Databases"))
                .primaryStack(List.of("Java", "Spring Boot", "PostgreSQL"))
                .build();
    }

    /**
     * A builder holding a portfolio with four mistakes: a blank name, a profile URL that is not a web address,
     * a role that ends before it starts, and a project naming a role that does not exist. Its
     * {@link Portfolio.Builder#build()} throws an {@link InvalidPortfolioException} listing all four.
     *
     * @return the builder, not yet built
     */
    public static Portfolio.Builder brokenPortfolio() {
        return Portfolio.builder()
                .person(Person.builder()
                        .name(" ")
                        .addProfile(Profile.of("GitHub", "asha-raman", "javascript:alert(1)"))
                        .build())
                .addRole(Role.builder()
                        .id("parcelwise")
                        .title("Backend Engineer")
                        .period(Period.parse("2025-06", "2023-06"))
                        .build())
                .addProject(Project.builder()
                        .name("Live parcel tracking")
                        .roleId("parcel-wise")
                        .build());
    }
}

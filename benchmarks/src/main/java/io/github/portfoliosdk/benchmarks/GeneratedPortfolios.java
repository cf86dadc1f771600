package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.WorkMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic portfolios for the benchmarks: a base portfolio (the showcase) with its work history grown to any
 * number of roles, and many distinct portfolios for batch rendering. The same arguments always give equal portfolios.
 */
public final class GeneratedPortfolios {

    private static final String[] COMPANIES = {
        "Northwind Logistics", "Contoso Payments", "Fabrikam R&D", "Tailspin Toys", "Wide World Importers",
        "Adventure Works", "Proseware, Inc.", "Litware \"Labs\"", "Lucerne Publishing", "Margie's Travel",
    };
    private static final String[] TITLES = {
        "Backend Engineer", "Senior Backend Engineer", "Platform Engineer", "Site Reliability Engineer",
        "Data Engineer", "Software Engineer <Payments>", "Tech Lead", "Staff Engineer",
    };
    private static final String[] PLACES = {"Singapore", "Chennai, India", "Berlin", "São Paulo", "東京", "Zürich"};
    private static final String[] TECHNOLOGIES = {
        "Python", "Django", "FastAPI", "PostgreSQL", "Redis", "Kafka", "Docker", "Kubernetes", "Go", "Java",
        "C++", "C#", "TypeScript", "Node.js", "AWS", "Terraform", "gRPC", "RabbitMQ", "Celery", "Nginx",
    };
    private static final String[] ACHIEVEMENTS = {
        "Cut p99 latency from 900 ms to <120 ms by moving reads to a Redis cache.",
        "Built the webhook pipeline that processes 2M+ events a day with at-least-once delivery.",
        "Led the migration from a monolith to 12 services & a shared event bus.",
        "Wrote the on-call runbook; pages fell by 60% in two quarters.",
        "Designed idempotent payment APIs used by 40 partner banks.",
        "Mentored 4 engineers; two were promoted within a year.",
    };

    private GeneratedPortfolios() {
    }

    /**
     * The base portfolio with exactly {@code roles} roles: its own roles first, then generated ones, further back in
     * time; a larger portfolio repeats a smaller one and adds to it. Projects whose role is no longer there lose their
     * role reference, so the result is always valid.
     *
     * @throws io.github.portfoliosdk.model.InvalidPortfolioException never for a valid base; checked to be sure
     */
    public static Portfolio withRoles(Portfolio base, int roles) {
        return PortfolioValidator.check(withRolesUnvalidated(base, roles, 2026));
    }

    private static Portfolio withRolesUnvalidated(Portfolio base, int roles, long seed) {
        List<Role> all = new ArrayList<>(base.roles().subList(0, Math.min(roles, base.roles().size())));
        SplittableRandom random = new SplittableRandom(seed);
        PartialDate end = PartialDate.ofMonth(2019, 12);
        for (int i = all.size(); i < roles; i++) {
            PartialDate start = monthsBefore(end, 1 + random.nextInt(3));
            all.add(role(i, random, Period.of(start, end)));
            end = monthsBefore(start, 1);
        }
        Set<String> ids = new HashSet<>();
        all.forEach(role -> ids.add(role.id()));
        List<Project> projects = base.projects().stream()
                .map(project -> project.roleId() == null || ids.contains(project.roleId())
                        ? project : project.toBuilder().roleId(null).build())
                .toList();
        return base.toBuilder().roles(all).projects(projects).buildUnvalidated();
    }

    /**
     * The {@code index}-th of many distinct portfolios, as a member directory holds: the base portfolio under another
     * name, with 1 to 20 roles generated from the index. Not validated, to keep generation cheap; valid for a valid
     * base ({@link BatchBenchmark} checks its members).
     */
    public static Portfolio member(Portfolio base, int index) {
        SplittableRandom random = new SplittableRandom(index);
        Portfolio grown = withRolesUnvalidated(base, 1 + random.nextInt(20), index);
        return grown.toBuilder()
                .person(grown.person().toBuilder().name("Member " + index).headline(TITLES[index % TITLES.length]).build())
                .buildUnvalidated();
    }

    private static Role role(int index, SplittableRandom random, Period period) {
        List<String> technologies = new ArrayList<>();
        for (int t = 0, count = 3 + random.nextInt(4); t < count; t++) {
            String technology = TECHNOLOGIES[random.nextInt(TECHNOLOGIES.length)];
            if (!technologies.contains(technology)) {
                technologies.add(technology);
            }
        }
        List<String> highlights = new ArrayList<>();
        for (int h = 0; h < 3; h++) {
            highlights.add(ACHIEVEMENTS[(index + h) % ACHIEVEMENTS.length]);
        }
        String company = COMPANIES[random.nextInt(COMPANIES.length)];
        int kind = random.nextInt(10);
        return Role.builder()
                .id("generated-" + index)
                .kind(kind == 0 ? RoleKind.INTERNSHIP : kind == 1 ? RoleKind.VOLUNTEER : RoleKind.JOB)
                .organization(new Organization(company + " #" + index, null,
                        "https://example.com/companies/" + index, "Makes software for " + company + "."))
                .title(TITLES[random.nextInt(TITLES.length)])
                .location(PLACES[random.nextInt(PLACES.length)])
                .workMode(WorkMode.values()[random.nextInt(WorkMode.values().length)])
                .period(period)
                .technologies(technologies)
                .summary("Role " + index + ": owned the services behind " + company + "'s customer APIs.")
                .highlights(highlights)
                .metrics(List.of(Metric.of((10 + random.nextInt(90)) + "K+", "Requests per minute")))
                .build();
    }

    private static PartialDate monthsBefore(PartialDate date, int months) {
        int total = date.year() * 12 + (date.month() - 1) - months;
        return PartialDate.ofMonth(total / 12, total % 12 + 1);
    }
}

package io.github.portfoliosdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Experience;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.FocusItem;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Point;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.SkillLevel;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.model.UsedIn;
import io.github.portfoliosdk.model.WorkMode;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The showcase holds the seed page's content, section by section, as a reader of the page expects it. */
class ShowcaseTest {

    private static final Portfolio SHOWCASE = Showcase.portfolio();

    @Test
    void loadsAndIsValid() {
        assertThat(PortfolioValidator.validate(SHOWCASE)).isEmpty();
    }

    @Test
    void eachCallReadsAnEqualPortfolio() {
        assertThat(Showcase.portfolio()).isEqualTo(SHOWCASE).isNotSameAs(SHOWCASE);
    }

    @Test
    void hasNothingBeyondTheSeedPage() {
        assertThat(SHOWCASE.education()).isEmpty();
        assertThat(SHOWCASE.certificates()).isEmpty();
        assertThat(SHOWCASE.awards()).isEmpty();
        assertThat(SHOWCASE.publications()).isEmpty();
        assertThat(SHOWCASE.languages()).isEmpty();
        assertThat(SHOWCASE.interests()).isEmpty();
        assertThat(SHOWCASE.references()).isEmpty();
        assertThat(SHOWCASE.extensions()).isEmpty();
    }

    private static List<String> names(List<Node> nodes) {
        return nodes.stream().map(Node::name).toList();
    }

    private static List<List<String>> stageNames(Flow flow) {
        return flow.stages().stream().map(stage -> names(stage.nodes())).toList();
    }

    private static Map<String, String> captions(Flow flow) {
        Map<String, String> captions = new LinkedHashMap<>();
        flow.stages().stream().flatMap(stage -> stage.nodes().stream())
                .forEach(node -> captions.put(node.name(), node.caption()));
        return captions;
    }

    @Nested
    class Hero {
        private final Person person = SHOWCASE.person();

        @Test
        void namesThePersonWithHeadlineAndTagline() {
            assertThat(person.name()).isEqualTo("Vinayagam D");
            assertThat(person.headline()).isEqualTo("Python Backend Engineer");
            assertThat(person.tagline()).isEqualTo("Building scalable systems and APIs.");
            assertThat(person.summary()).startsWith("I'm a Backend Engineer from Chennai with 2+ years")
                    .endsWith("real load, real users, and real problems.");
        }

        @Test
        void hasTheKeywordsLine() {
            assertThat(String.join(" | ", person.keywords())).isEqualTo("Chennai | Backend Eng | Python");
        }

        @Test
        void hasTheFactsLocationExperienceCurrentRoleAndStatus() {
            assertThat(person.location().shortForm()).isEqualTo("Chennai, IN");
            assertThat(Experience.of(SHOWCASE, SamplePortfolios.CLOCK).yearsLabel()).isEqualTo("2+");
            Role current = SHOWCASE.roles().stream().filter(role -> role.period().isOngoing()).findFirst().orElseThrow();
            assertThat(current.organization().displayName()).isEqualTo("Trames Pvt Ltd");
            assertThat(person.availability()).isEqualTo("Employed");
        }

        @Test
        void hasTheFourHeadlineMetrics() {
            assertThat(person.metrics()).containsExactly(
                    Metric.of("200K+", "Users Served"),
                    Metric.of("200%", "API Performance Gain"),
                    Metric.of("60%", "Manual Work Automated"),
                    Metric.of("8+", "Production Apps Shipped"));
        }
    }

    @Nested
    class About {
        @Test
        void hasThreeParagraphs() {
            List<String> about = SHOWCASE.person().about();
            assertThat(about).hasSize(3);
            assertThat(about.get(0)).startsWith("I'm a Backend Engineer based in Chennai, India")
                    .endsWith("I build for correctness first, then optimise for scale.");
            assertThat(about.get(1)).startsWith("Currently at Trames Private Limited — a Singapore-based");
            assertThat(about.get(2)).startsWith("Previously at Thaagam Foundation")
                    .contains("I also built Commai, a multi-tenant SaaS omnichannel communication platform")
                    .endsWith("into a unified AI-assisted dashboard.");
        }
    }

    @Nested
    class Work {
        private final List<Role> roles = SHOWCASE.roles();

        @Test
        void hasThreeRolesMostRecentFirst() {
            assertThat(roles).extracting(Role::title)
                    .containsExactly("Backend Engineer", "Python Django Developer", "PHP Development Intern");
            assertThat(roles).extracting(Role::kind)
                    .containsExactly(RoleKind.JOB, RoleKind.JOB, RoleKind.INTERNSHIP);
            assertThat(roles).extracting(Role::id).containsExactly("trames", "thaagam", "cadd-centre");
        }

        @Test
        void tramesIsARemoteJobInSingaporeSinceFebruary2026() {
            Role trames = roles.get(0);
            assertThat(trames.organization().name()).isEqualTo("Trames Private Limited");
            assertThat(trames.organization().shortName()).isEqualTo("Trames Pvt Ltd");
            assertThat(trames.workMode()).isEqualTo(WorkMode.REMOTE);
            assertThat(trames.locationLine()).isEqualTo("Singapore (Remote)");
            assertThat(trames.period()).isEqualTo(Period.since(PartialDate.ofMonth(2026, 2)));
            assertThat(trames.period().start().format(Locale.ENGLISH)).isEqualTo("Feb 2026");
            assertThat(trames.technologies()).containsExactly("TypeScript", "Node.js", "PostgreSQL", "AWS");
            assertThat(trames.highlights()).hasSize(2);
            assertThat(trames.highlights().get(1)).isEqualTo("Building and maintaining backend services in TypeScript "
                    + "and Node.js supporting global freight operations and real-time shipment tracking.");
            assertThat(trames.metrics()).isEmpty();
        }

        @Test
        void thaagamHasTwelveTechnologiesSixHighlightsAndFourMetrics() {
            Role thaagam = roles.get(1);
            assertThat(thaagam.organization().displayName()).isEqualTo("Thaagam Foundation");
            assertThat(thaagam.locationLine()).isEqualTo("Chennai, India");
            assertThat(thaagam.period()).isEqualTo(Period.parse("2023-10", "2025-10"));
            assertThat(thaagam.technologies()).containsExactly("Python", "Django", "DRF", "PostgreSQL", "Redis",
                    "AWS EC2", "S3", "SES", "SNS", "WhatsApp API", "Gemini AI", "Django Channels");
            assertThat(thaagam.highlights()).hasSize(6);
            assertThat(thaagam.highlights().get(0)).startsWith("Built 8+ scalable production Django backends");
            assertThat(thaagam.highlights().get(5)).isEqualTo("Built multi-platform payment integration across "
                    + "Razorpay and PayU gateways for donation and event management systems.");
            assertThat(thaagam.metrics()).containsExactly(
                    Metric.of("200K+", "Users"), Metric.of("200%", "Perf. Gain"),
                    Metric.of("60%", "Work Automated"), Metric.of("8+", "Apps Shipped"));
        }

        @Test
        void caddCentreIsAnInternshipThatDoesNotCountAsExperience() {
            Role cadd = roles.get(2);
            assertThat(cadd.kind()).isEqualTo(RoleKind.INTERNSHIP);
            assertThat(cadd.organization().name()).isEqualTo("CADD Centre");
            assertThat(cadd.period()).isEqualTo(Period.parse("2023-02", "2023-07"));
            assertThat(cadd.technologies()).containsExactly("PHP", "MySQL", "MVC Architecture");
            assertThat(cadd.highlights()).containsExactly(
                    "Trained in PHP web development, MVC architecture, and MySQL database design.",
                    "Developed multiple training projects and earned professional certification.");
            // Feb 2026 to Nov 2026 (10 months) and Oct 2023 to Oct 2025 (25 months); the internship is not counted
            assertThat(Experience.of(SHOWCASE, SamplePortfolios.CLOCK).months()).isEqualTo(35);
        }
    }

    @Nested
    class Projects {
        private final List<Project> projects = SHOWCASE.projects();

        @Test
        void hasTwoProjectsEachFromTheThaagamRoleInASingleYear() {
            assertThat(projects).extracting(Project::name)
                    .containsExactly("AI-Powered Civic Services Platform", "Thaagam Donation Management System");
            assertThat(projects).extracting(Project::period).containsExactly(Period.year(2024), Period.year(2023));
            assertThat(projects).allMatch(project -> project.period().isSingleDate());
            assertThat(projects).extracting(Project::roleId).containsExactly("thaagam", "thaagam");
        }

        @Test
        void civicPlatformHasCategoriesBadgeProblemSolutionAndImpactFigures() {
            Project civic = projects.get(0);
            assertThat(civic.id()).isEqualTo("civic-services-platform");
            assertThat(civic.categories()).containsExactly("AI", "Civic tech", "Django");
            assertThat(civic.badge()).isEqualTo("200K+ users");
            assertThat(civic.problem()).startsWith("A large NGO serving 200K+ citizens")
                    .endsWith("high error rates in identity validation workflows.");
            assertThat(civic.solution()).startsWith("Built a production Django backend with DRF")
                    .endsWith("stored in AWS S3 with presigned URL access.");
            assertThat(civic.techStack()).containsExactly("Python", "Django", "DRF", "PostgreSQL", "Redis", "Celery",
                    "Google Gemini AI", "AWS EC2", "AWS S3", "Nginx");
            assertThat(civic.impactMetrics()).containsExactly(Metric.of("200K+", "Active Users"),
                    Metric.of("99%+", "Uptime SLA"), Metric.of("~0", "Manual ID Reviews"));
            assertThat(civic.impact()).isNull();
        }

        @Test
        void civicPlatformArchitectureFansOutFromTheApiToItsFourBackingServices() {
            assertThat(stageNames(projects.get(0).architecture())).containsExactly(
                    List.of("Client"), List.of("Nginx"), List.of("Django API"),
                    List.of("Redis Cache", "PostgreSQL", "Gemini AI", "AWS S3"));
        }

        @Test
        void donationSystemHasItsImpactInWordsAndAPaymentFlow() {
            Project donation = projects.get(1);
            assertThat(donation.id()).isEqualTo("donation-management-system");
            assertThat(donation.categories()).containsExactly("Fintech", "Payments", "Compliance");
            assertThat(donation.badge()).isNull();
            assertThat(donation.problem()).startsWith("Donations arrived through multiple channels — online, UPI,");
            assertThat(donation.solution()).contains("AWS SES dispatches 80G-compliant tax receipts automatically.");
            assertThat(donation.techStack())
                    .containsExactly("Django", "DRF", "PostgreSQL", "Razorpay", "PayU", "Redis", "AWS SES");
            assertThat(donation.impact()).isEqualTo("Reconciliation time reduced from days to under five minutes. "
                    + "Zero manual receipt generation — the complete post-payment workflow runs without human "
                    + "intervention. Full 80G-compliant transaction audit trail maintained in PostgreSQL.");
            assertThat(donation.impactMetrics()).isEmpty();
            assertThat(stageNames(donation.architecture())).extracting(stage -> stage.get(0)).containsExactly(
                    "Donor", "Django API", "Razorpay / PayU", "Webhook Handler", "PostgreSQL", "AWS SES", "Receipt");
        }
    }

    @Nested
    class SystemDesign {
        private final DesignNote overview = SHOWCASE.systemDesign();

        @Test
        void hasTitleAndBodyParagraph() {
            assertThat(overview.id()).isEqualTo("scalable-backend");
            assertThat(overview.title()).isEqualTo("Scalable production backend");
            assertThat(overview.body()).singleElement().asString()
                    .startsWith("The architecture pattern below reflects how I design and deploy")
                    .endsWith("No layer bleeds into another's concern.");
        }

        @Test
        void requestFlowHasSixCaptionedStages() {
            Flow request = overview.flows().get(0);
            assertThat(request.title()).isEqualTo("Request flow");
            assertThat(captions(request)).containsExactly(
                    Map.entry("Client", "Browser · Mobile · API consumer"),
                    Map.entry("Nginx", "API Gateway / Reverse Proxy"),
                    Map.entry("Django API", "DRF · Business Logic · Auth"),
                    Map.entry("Redis", "Cache · Queue · Session"),
                    Map.entry("PostgreSQL", "Primary Datastore · ACID"),
                    Map.entry("External APIs", "WhatsApp · AI · S3 · SES"));
            assertThat(request.stages()).allMatch(stage -> stage.nodes().size() == 1);
        }

        @Test
        void asyncLayerEndsInFourParallelKindsOfWork() {
            Flow async = overview.flows().get(1);
            assertThat(overview.flows()).hasSize(2);
            assertThat(async.title()).isEqualTo("Async layer");
            assertThat(async.stages().get(0).nodes()).containsExactly(Node.of("Redis Queue", "Broker"));
            assertThat(stageNames(async)).containsExactly(
                    List.of("Redis Queue"), List.of("Celery Workers"),
                    List.of("Email Dispatch", "AI Processing", "Webhook Handlers", "File Processing"));
        }

        @Test
        void explainsHowTheSystemWorksInFourNumberedPoints() {
            assertThat(overview.pointsTitle()).isEqualTo("How the system works");
            assertThat(overview.points()).extracting(Point::title)
                    .containsExactly("Request flow", "Redis caching", "Async workers", "Scalability");
            assertThat(overview.points().get(0).text()).startsWith("Every inbound HTTP or WebSocket request hits Nginx first.");
            assertThat(overview.points().get(3).text())
                    .endsWith("what allows 200K+ users to be served from the same architectural pattern.");
        }
    }

    @Nested
    class DesignNotes {
        private final List<DesignNote> notes = SHOWCASE.designNotes();

        @Test
        void hasAnIntroAndThreeNotes() {
            assertThat(SHOWCASE.designNotesIntro()).startsWith("Short technical notes on backend architecture")
                    .endsWith("caching layers, and messaging infrastructure.");
            assertThat(notes).extracting(DesignNote::category)
                    .containsExactly("Event-driven systems", "Performance engineering", "Distributed systems");
            assertThat(notes).extracting(DesignNote::title).containsExactly(
                    "Designing Webhook Processing Systems", "Redis Caching Strategy", "Scaling Messaging Platforms");
            assertThat(notes).allSatisfy(note -> {
                assertThat(note.body()).hasSize(2);
                assertThat(note.flows()).hasSize(1);
            });
        }

        @Test
        void webhookNoteHasTwoCalloutsAndIsUsedInCommaiAndTheDonationProject() {
            DesignNote webhooks = notes.get(0);
            assertThat(webhooks.body().get(0)).contains("within a tight timeout window (typically 5–10 seconds)");
            assertThat(webhooks.flows().get(0).title()).isEqualTo("Processing flow");
            assertThat(captions(webhooks.flows().get(0))).containsEntry("Webhook Endpoint", "Validate sig → Enqueue → 200 OK")
                    .containsEntry("PostgreSQL", "Persist with idempotency key").hasSize(5);
            assertThat(webhooks.callouts()).extracting(c -> c.label()).containsExactly("Why async", "Why idempotency");
            assertThat(webhooks.usedIn()).containsExactly(
                    UsedIn.named("Commai", "WhatsApp / Instagram / FB webhooks"),
                    new UsedIn("donation-management-system", "Donation System", "Razorpay / PayU payment confirmations"));
            String donationId = webhooks.usedIn().get(1).project();
            assertThat(SHOWCASE.projects()).extracting(Project::id).contains(donationId);
        }

        @Test
        void cachingNoteMissesToPostgresqlAfterRedis() {
            DesignNote caching = notes.get(1);
            Flow path = caching.flows().get(0);
            assertThat(path.title()).isEqualTo("Cache read path");
            assertThat(stageNames(path)).containsExactly(
                    List.of("Client Request"), List.of("Django API"), List.of("Redis Cache"), List.of("PostgreSQL"));
            assertThat(path.stages()).extracting(Stage::edgeLabel).containsExactly(null, null, null, "MISS");
            assertThat(captions(path)).containsEntry("Client Request", "GET /api/profile/")
                    .containsEntry("Redis Cache", "HIT → return <1ms");
            assertThat(caching.callouts()).extracting(c -> c.label())
                    .containsExactly("What to cache", "Invalidation", "Result");
            assertThat(caching.callouts().get(1).text())
                    .endsWith("TTL is a safety net, not a strategy.");
            assertThat(caching.usedIn()).isEmpty();
        }

        @Test
        void messagingNoteStartsWithFourParallelChannels() {
            DesignNote messaging = notes.get(2);
            Flow events = messaging.flows().get(0);
            assertThat(events.title()).isEqualTo("Multi-channel event flow");
            assertThat(stageNames(events)).containsExactly(
                    List.of("WhatsApp API", "Instagram API", "Facebook API", "Email API"),
                    List.of("Webhook Gateway"), List.of("Redis Queues"), List.of("Worker Pool"),
                    List.of("PostgreSQL"), List.of("AI + Response"));
            assertThat(captions(events)).containsEntry("Worker Pool", "Celery · Auto-scale on depth");
            assertThat(messaging.callouts()).extracting(c -> c.label())
                    .containsExactly("Queue isolation", "Worker scaling");
            assertThat(messaging.usedIn()).singleElement().satisfies(use -> {
                assertThat(use.project()).isNull();
                assertThat(use.label()).isEqualTo("Commai platform");
                assertThat(use.detail()).startsWith("four independent webhook receivers");
            });
        }
    }

    @Nested
    class Skills {
        @Test
        void hasTwentySkillsInFiveCategoriesInPageOrder() {
            Map<String, Long> perCategory = new LinkedHashMap<>();
            SHOWCASE.skills().forEach(skill -> perCategory.merge(skill.category(), 1L, Long::sum));
            assertThat(perCategory).containsExactly(
                    Map.entry("Backend — languages & frameworks", 5L),
                    Map.entry("Databases & caching", 3L),
                    Map.entry("Cloud & DevOps", 4L),
                    Map.entry("Architecture & patterns", 4L),
                    Map.entry("AI & integrations", 4L));
        }

        @Test
        void hasTheLevelsOfThePage() {
            assertThat(SHOWCASE.skills()).filteredOn(skill -> skill.level() == SkillLevel.EXPERT).extracting(Skill::name)
                    .containsExactly("Python", "Django", "Django REST Framework", "PostgreSQL", "REST API Design");
            assertThat(SHOWCASE.skills()).filteredOn(skill -> skill.level() == SkillLevel.INTERMEDIATE)
                    .extracting(Skill::name).containsExactly("RAG / LangChain");
            assertThat(SHOWCASE.skills()).filteredOn(skill -> skill.level() == SkillLevel.ADVANCED).hasSize(14);
            assertThat(SHOWCASE.skills()).allSatisfy(skill -> assertThat(skill.levelText()).isNull());
        }

        @Test
        void hasThePrimaryStackAndTheThreeStackFigures() {
            assertThat(SHOWCASE.primaryStack()).containsExactly(
                    "Python", "Django", "DRF", "PostgreSQL", "Redis", "AWS", "Docker", "Nginx", "Celery");
            assertThat(SHOWCASE.stackMetrics()).containsExactly(
                    Metric.of("2+", "Years of production experience"),
                    Metric.of("8+", "Production apps shipped"),
                    Metric.of("200K+", "Users across deployed systems"));
        }
    }

    @Nested
    class Focus {
        @Test
        void hasFourItems() {
            List<FocusItem> focus = SHOWCASE.person().focus();
            assertThat(focus).extracting(FocusItem::title).containsExactly(
                    "Building at Trames", "Deepening system design", "Exploring AI integration", "Growing as an engineer");
            assertThat(focus.get(3).text()).isEqualTo("Reading, building side projects, and sharpening my craft "
                    + "every day. Still early in my journey — excited about what's ahead.");
        }
    }

    @Nested
    class Contact {
        @Test
        void hasTheXProfileAndTheFullLocation() {
            assertThat(SHOWCASE.person().profiles())
                    .containsExactly(Profile.of("X / Twitter", "_vinyjr", "https://x.com/_vinyjr"));
            assertThat(SHOWCASE.person().location().longForm()).isEqualTo("Chennai, Tamil Nadu, India");
            assertThat(SHOWCASE.person().contact()).isNull();
        }
    }
}

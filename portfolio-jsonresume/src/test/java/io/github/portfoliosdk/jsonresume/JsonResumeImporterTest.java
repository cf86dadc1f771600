package io.github.portfoliosdk.jsonresume;

import static io.github.portfoliosdk.jsonresume.Fixtures.IMPORTER;
import static io.github.portfoliosdk.jsonresume.Fixtures.RENDERER;
import static io.github.portfoliosdk.jsonresume.Fixtures.exported;
import static io.github.portfoliosdk.jsonresume.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.SkillLevel;
import io.github.portfoliosdk.model.WorkMode;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonResumeImporterTest {

    private static String resource(String name) throws Exception {
        try (InputStream in = JsonResumeImporterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** JSON Resume → model → JSON Resume gives every value back at the same path, arrays in order. */
    private static void assertSameDocumentAfterRoundTrip(String json, String name) {
        Portfolio portfolio = IMPORTER.read(json, name);
        String again = RENDERER.render(portfolio);
        assertThat(tree(again)).as(name).isEqualTo(exported(json));
        assertThat(RENDERER.render(IMPORTER.read(again, name))).as("stable after a second trip").isEqualTo(again);
    }

    @Test
    void theOfficialSampleComesBackAsTheSameDocument() throws Exception {
        assertSameDocumentAfterRoundTrip(Files.readString(OfficialSchema.sample()), "sample.resume.json");
    }

    @Test
    void theOfficialExamplesComeBackAsTheSameDocuments() throws Exception {
        try (Stream<Path> files = Files.list(OfficialSchema.dir().resolve("examples"))) {
            List<Path> examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(examples).isNotEmpty();
            for (Path example : examples) {
                assertSameDocumentAfterRoundTrip(Files.readString(example), example.getFileName().toString());
            }
        }
    }

    @Test
    void theOfficialSampleFillsTheModelsFields() throws Exception {
        Portfolio sample = IMPORTER.read(OfficialSchema.sample());
        assertThat(sample.person().name()).isEqualTo("Richard Hendriks");
        assertThat(sample.person().headline()).isEqualTo("Programmer");
        assertThat(sample.person().contact().website()).isEqualTo("http://richardhendricks.example.com");
        Role ceo = sample.roles().get(0);
        assertThat(ceo.kind()).isEqualTo(RoleKind.JOB);
        assertThat(ceo.organization().name()).isEqualTo("Pied Piper");
        assertThat(ceo.organization().description()).isEqualTo("Awesome compression company");
        assertThat(ceo.period()).isEqualTo(Period.of(PartialDate.of(2013, 12, 1), PartialDate.of(2014, 12, 1)));
        assertThat(sample.roles().get(1).kind()).isEqualTo(RoleKind.VOLUNTEER);
        assertThat(sample.roles().get(1).organization().name()).isEqualTo("CoderDojo");
        assertThat(sample.skills().get(0).level()).isNull();
        assertThat(sample.skills().get(0).levelText()).isEqualTo("Master");
        assertThat(sample.projects().get(0).techStack()).containsExactly("GoogleMaps", "Chrome Extension", "Javascript");
        assertThat(sample.projects().get(0).period().isSingleDate()).isTrue();
        assertThat(sample.extensions()).containsOnlyKeys("/$schema", "/basics/image");
    }

    @Test
    void aFileWithEverySectionUnicodeMarkupOdditiesAndUnknownPropertiesComesBackTheSame() throws Exception {
        assertSameDocumentAfterRoundTrip(resource("every-section.resume.json"), "every-section.resume.json");
    }

    @Test
    void valuesTheModelCannotHoldAreKeptAsExtensionsAtTheirPointers() throws Exception {
        Portfolio portfolio = IMPORTER.read(resource("every-section.resume.json"), "every-section.resume.json");
        assertThat(portfolio.extensions())
                .containsEntry("/basics/image", "\"\"")
                .containsEntry("/basics/x-numbers", "[2.50,-0,1e400,12345678901234567890,true,null,{\"nested\":{\"deep\":[]}}]")
                .containsEntry("/work/0/highlights", "[]")
                .containsEntry("/work/0/keywords", "[\"unknown to the schema\",\"kept\"]")
                .containsEntry("/work/1/highlights", "[\"\",\"  \",\"real one\"]")
                .containsEntry("/work/1/x-portfolio/future", "1")
                .containsEntry("/volunteer/0/url", "\"\"")
                .containsEntry("/meta/theme", "\"even\"")
                .containsEntry("/x-top-level", "{\"a\":[1,2,3]}");
        assertThat(portfolio.roles().get(1).highlights()).containsExactly("real one");
        assertThat(portfolio.roles().get(1).workMode()).isEqualTo(WorkMode.REMOTE);
    }

    @Test
    void aValueSetAfterImportWinsOverTheKeptOriginal() throws Exception {
        Portfolio sample = IMPORTER.read(OfficialSchema.sample());
        Portfolio edited = sample.toBuilder()
                .person(sample.person().toBuilder().image("https://example.com/me.png").build())
                .build();
        assertThat(tree(RENDERER.render(edited)).at("/basics/image").asString()).isEqualTo("https://example.com/me.png");

        Portfolio blanks = IMPORTER.read("{\"basics\": {\"name\": \"Ada\"}, \"work\": [{\"position\": \"Analyst\", \"highlights\": [\"\", \"one\"]}]}", "b.json");
        assertThat(tree(RENDERER.render(blanks)).at("/work/0/highlights").toString()).isEqualTo("[\"\",\"one\"]");
        Portfolio changed = blanks.toBuilder().roles(List.of(blanks.roles().get(0).toBuilder().highlights(List.of("two")).build())).build();
        assertThat(tree(RENDERER.render(changed)).at("/work/0/highlights").toString()).isEqualTo("[\"two\"]");
    }

    @Test
    void thePortraitForDarkThemesIsReadFromXPortfolio() {
        String json = """
                {"basics": {"name": "Ada", "image": "https://example.com/ada.png",
                 "x-portfolio": {"imageDark": "https://example.com/ada-dark.png"}}}
                """;
        Portfolio portfolio = IMPORTER.read(json, "dark.json");
        assertThat(portfolio.person().image()).isEqualTo("https://example.com/ada.png");
        assertThat(portfolio.person().imageDark()).isEqualTo("https://example.com/ada-dark.png");
        assertThat(portfolio.extensions()).isEmpty();
        assertSameDocumentAfterRoundTrip(json, "dark.json");
    }

    @Test
    void theContentLanguageIsMetaLanguage() {
        String json = """
                {"basics": {"name": "Ada"}, "meta": {"language": "de"}}
                """;
        Portfolio portfolio = IMPORTER.read(json, "de.json");
        assertThat(portfolio.language()).isEqualTo("de");
        assertThat(portfolio.contentLocale()).isEqualTo(java.util.Locale.GERMAN);
        assertThat(portfolio.meta()).as("meta holding only the language is no Meta").isNull();
        assertThat(portfolio.extensions()).isEmpty();
        assertSameDocumentAfterRoundTrip(json, "de.json");
        assertSameDocumentAfterRoundTrip("""
                {"basics": {"name": "Ada"}, "meta": {"version": "v1.0.0", "language": "pt-BR"}}
                """, "pt.json");
    }

    @Test
    void aContentLanguageThatIsNoLanguageTagIsRefusedAtItsPlace() {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                io.github.portfoliosdk.model.InvalidPortfolioException.class,
                () -> IMPORTER.read("{\"basics\": {\"name\": \"Ada\"},\n \"meta\": {\"language\": \"en_US\"}}", "bad.json"))
                .problems()).extracting(Object::toString).singleElement().asString()
                .startsWith("bad.json:2:23: meta.language: \"en_US\" is not a BCP 47 language tag");
    }

    @Test
    void aRelativePortraitForDarkThemesIsKeptAsAnExtensionLikeARelativeImage() {
        String json = """
                {"basics": {"name": "Ada", "image": "ada.png", "x-portfolio": {"imageDark": "ada-dark.png"}}}
                """;
        Portfolio portfolio = IMPORTER.read(json, "relative.json");
        assertThat(portfolio.person().image()).isNull();
        assertThat(portfolio.person().imageDark()).isNull();
        assertSameDocumentAfterRoundTrip(json, "relative.json");
    }

    @Test
    void skillLevelsKeepTheirExactText() throws Exception {
        List<Skill> skills = IMPORTER.read(resource("every-section.resume.json"), "x.json").skills();
        assertThat(skills.get(0).level()).isEqualTo(SkillLevel.EXPERT);
        assertThat(skills.get(0).levelText()).isNull();
        assertThat(skills.get(1).level()).isEqualTo(SkillLevel.EXPERT);
        assertThat(skills.get(1).levelText()).isEqualTo("expert");
        assertThat(skills.get(2).level()).isNull();
        assertThat(skills.get(2).levelText()).isEqualTo("Master");
    }

    @Test
    void datesKeepThePrecisionGiven() {
        Portfolio portfolio = IMPORTER.read("""
                {"basics": {"name": "Ada"}, "work": [{"position": "Analyst", "startDate": "2019", "endDate": "2019-07-01"},
                 {"position": "Engineer", "startDate": "2019-07"}]}
                """, "dates.json");
        assertThat(portfolio.roles().get(0).period()).isEqualTo(Period.of(PartialDate.ofYear(2019), PartialDate.of(2019, 7, 1)));
        assertThat(portfolio.roles().get(1).period()).isEqualTo(Period.since(PartialDate.ofMonth(2019, 7)));
        assertThat(tree(RENDERER.render(portfolio)).at("/work/1/startDate").asString()).isEqualTo("2019-07");
    }

    @Test
    void theModelComesBackEqualThroughJsonResume() {
        assertThat(Fixtures.throughJsonResume(SamplePortfolios.minimal())).isEqualTo(SamplePortfolios.minimal());
        assertThat(Fixtures.throughJsonResume(SamplePortfolios.full())).isEqualTo(SamplePortfolios.full());
        Portfolio showcase = Fixtures.showcase();
        assertThat(Fixtures.throughJsonResume(showcase)).isEqualTo(showcase);
    }

    @Test
    void customSectionsAreKeptUnderXPortfolioAndComeBackAsCustomSectionsNotAsExtensions() {
        Portfolio example = io.github.portfoliosdk.json.PortfolioFormat.yaml()
                .read(io.github.portfoliosdk.testing.Checkers.customSectionsFile());
        tools.jackson.databind.JsonNode document = tree(RENDERER.render(example));

        assertThat(document.at("/x-portfolio/customSections/0/id").asString()).isEqualTo("talks");
        assertThat(document.at("/x-portfolio/customSections/0/entries/0/date").asString()).isEqualTo("2025-03");
        assertThat(document.at("/x-portfolio/customSections/0/entries/0/highlights/1").asString())
                .isEqualTo("Slides and code are online");
        assertThat(document.at("/x-portfolio/customSections/1/entries/0/url").asString())
                .isEqualTo("https://github.com/example/example-retry");
        Portfolio back = Fixtures.throughJsonResume(example);
        assertThat(back.extensions()).isEmpty();
        assertThat(back).isEqualTo(example);
    }

    @Test
    void anOrganizationOrContactWithNothingInItComesBackToo() {
        Portfolio portfolio = Portfolio.builder()
                .person(io.github.portfoliosdk.model.Person.builder().name("Ada")
                        .contact(new io.github.portfoliosdk.model.Contact(null, null, null)).build())
                .addRole(Role.builder().title("Analyst").organization(new io.github.portfoliosdk.model.Organization(null, null, null, null)).build())
                .addRole(Role.builder().title("Helper").kind(RoleKind.VOLUNTEER).organization(new io.github.portfoliosdk.model.Organization(null, null, null, null)).build())
                .addRole(Role.builder().title("No organization").build())
                .build();
        assertThat(Fixtures.throughJsonResume(portfolio)).isEqualTo(portfolio);
    }

    @Test
    void theModelComesBackEqualWithUnicodeAndMarkupInEveryField() {
        for (String text : List.of("தமிழ் ", "中文 ", "עברית ", "🚀👩🏽‍💻 ", "<b>&amp;</b> \"' \\ ", "*_`#|[]() ")) {
            Portfolio portfolio = SamplePortfolios.full(t -> text + t, "https://example.com/");
            assertThat(Fixtures.throughJsonResume(portfolio)).as(text).isEqualTo(portfolio);
        }
    }

    @Test
    void aLargeFileComesBackTheSame() {
        StringBuilder json = new StringBuilder("{\"basics\": {\"name\": \"Many Roles\"}, \"work\": [");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": \"Company ").append(i)
                    .append("\", \"position\": \"Engineer\", \"startDate\": \"2001-02\", \"highlights\": [\"Did ")
                    .append(i).append(" things, அ 中 🚀\"], \"x-index\": ").append(i).append("}");
        }
        json.append("]}");
        assertThat(json.length()).isGreaterThan(500_000);
        Portfolio portfolio = IMPORTER.read(json.toString(), "large.json");
        assertThat(portfolio.roles()).hasSize(5000);
        assertThat(portfolio.extensions()).hasSize(5000).containsEntry("/work/4999/x-index", "4999");
        assertThat(tree(RENDERER.render(portfolio))).isEqualTo(exported(json.toString()));
    }

    @Test
    void readsFilesAndStreamsAsUtf8() throws Exception {
        Path file = Files.createTempFile("resume", ".json");
        Files.writeString(file, "\uFEFF{\"basics\": {\"name\": \"தமிழ் 中文\"}}", StandardCharsets.UTF_8);
        assertThat(IMPORTER.read(file).person().name()).isEqualTo("தமிழ் 中文");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(IMPORTER.read(new ByteArrayInputStream(bytes), "stdin").person().name()).isEqualTo("தமிழ் 中文");
        Files.delete(file);
    }
}

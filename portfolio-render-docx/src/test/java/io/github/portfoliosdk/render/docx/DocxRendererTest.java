package io.github.portfoliosdk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxRendererTest {

    private static final DocxRenderer RENDERER = DocxRenderer.builder().clock(SamplePortfolios.CLOCK).build();

    @Test
    void isTheDocxFormatAndIsFoundByName() throws Exception {
        assertThat(RENDERER.format()).isEqualTo("docx");
        assertThat(RENDERER.mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(PortfolioRenderers.forFormat("docx")).get().isInstanceOf(DocxRenderer.class);
    }

    @Test
    void theSameClockGivesTheSameBytesAndEveryEntryCarriesItsTime() throws Exception {
        Portfolio showcase = Showcase.load();
        byte[] first = RENDERER.toBytes(showcase);
        byte[] second = DocxRenderer.builder().clock(SamplePortfolios.CLOCK).build().toBytes(showcase);
        assertThat(second).isEqualTo(first);

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(2026, 11, 25, 12, 0));
            }
        }
        assertThat(names).startsWith("[Content_Types].xml").contains("word/document.xml", "word/styles.xml",
                "word/numbering.xml", "docProps/core.xml");

        Clock later = Clock.fixed(Instant.parse("2027-01-02T03:04:05Z"), ZoneOffset.UTC);
        assertThat(DocxRenderer.builder().clock(later).build().toBytes(showcase)).isNotEqualTo(first);
    }

    @Test
    void sectionsAreWordHeadingsInThePdfsOrderUnderTheNameAsTitle() throws Exception {
        Portfolio showcase = Showcase.load();
        try (XWPFDocument document = WordDocuments.open(RENDERER.toBytes(showcase))) {
            assertThat(WordDocuments.paragraphs(document, "Title")).containsExactly("Vinayagam D");
            assertThat(WordDocuments.paragraphs(document, "Subtitle")).containsExactly("Python Backend Engineer");
            assertThat(WordDocuments.paragraphs(document, "Heading1"))
                    .containsExactly("Work history", "Selected projects", "Tech stack", "Get in touch");
            List<String> entries = WordDocuments.paragraphs(document, "Heading2");
            assertThat(entries).startsWith("Backend Engineer · Trames Private Limited",
                    "Python Django Developer · Thaagam Foundation", "PHP Development Intern · CADD Centre");
            assertThat(entries).hasSize(3 + showcase.projects().size());

            XWPFStyle heading1 = document.getStyles().getStyle("Heading1");
            assertThat(heading1.getName()).isEqualTo("heading 1");
            assertThat(heading1.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
            assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(document.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(BigInteger.ONE);
        }
    }

    @Test
    void highlightsAreAListOfWordsNumberingNotTypedBullets() throws Exception {
        Portfolio showcase = Showcase.load();
        int highlights = showcase.roles().stream().mapToInt(role -> role.highlights().size()).sum()
                + showcase.projects().stream().mapToInt(project -> project.highlights().size()).sum();
        try (XWPFDocument document = WordDocuments.open(RENDERER.toBytes(showcase))) {
            List<XWPFParagraph> items = document.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertThat(items).hasSize(highlights);
            for (XWPFParagraph item : items) {
                BigInteger abstractId = document.getNumbering().getAbstractNumID(item.getNumID());
                assertThat(document.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(0)
                        .getNumFmt().getVal()).isEqualTo(STNumberFormat.BULLET);
            }
            assertThat(document.getParagraphs()).noneMatch(p -> p.getText().startsWith("\u2022")
                    || p.getText().startsWith("- "));
        }
    }

    @Test
    void linksAreLiveOnlyForUrlsTheLinkPolicyAllows() throws Exception {
        Portfolio full = SamplePortfolios.full();
        try (XWPFDocument document = WordDocuments.open(DocxRenderer.builder().clock(SamplePortfolios.CLOCK)
                .build().toBytes(full))) {
            List<String> targets = new ArrayList<>();
            for (PackageRelationship link : document.getPackagePart().getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink")) {
                targets.add(link.getTargetURI().toString());
            }
            assertThat(targets).isNotEmpty().allMatch(LinkPolicy::isLink);
            assertThat(targets).contains("mailto:" + full.person().contact().email(),
                    LinkPolicy.telUrl(full.person().contact().phone()), "https://example.com/acme",
                    "https://example.com/civic", "https://example.com/civic/source");
        }
    }

    @Test
    void titleAuthorSubjectDatesAndLanguageAreSet() throws Exception {
        try (XWPFDocument document = WordDocuments.open(RENDERER.toBytes(Showcase.load()))) {
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Vinayagam D — Python Backend Engineer");
            assertThat(core.getCreator()).isEqualTo("Vinayagam D");
            assertThat(core.getSubject()).isEqualTo("Curriculum vitae of Vinayagam D");
            assertThat(core.getCreated()).isEqualTo(Date.from(SamplePortfolios.CLOCK.instant()));
            assertThat(core.getModified()).isEqualTo(Date.from(SamplePortfolios.CLOCK.instant()));
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en");
            assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                    .getLangArray(0).getVal()).isEqualTo("en");
        }
    }

    @Test
    void everyLocaleTitlesTheSectionsInItsLanguageAndSetsIt() throws Exception {
        Portfolio showcase = Showcase.load();
        for (String tag : Labels.bundledLocales()) {
            Locale locale = Locale.forLanguageTag(tag);
            Labels labels = Labels.of(locale);
            try (XWPFDocument document = WordDocuments.open(DocxRenderer.builder().clock(SamplePortfolios.CLOCK)
                    .locale(locale).build().toBytes(showcase))) {
                assertThat(WordDocuments.paragraphs(document, "Heading1")).as(tag).containsExactly(
                        labels.text("section.work"), labels.text("section.projects"), labels.text("section.skills"),
                        labels.text("section.contact"));
                // the language goes into the slot of its script; Latin runs of a Japanese CV are not tagged Japanese
                var lang = document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0);
                String slot = switch (tag) {
                    case "ja", "zh-Hans" -> lang.getEastAsia();
                    case "ar", "he", "hi", "ta" -> lang.getBidi();
                    default -> lang.getVal();
                };
                assertThat(slot).as(tag).isEqualTo(labels.language().toLanguageTag());
                assertThat(document.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                        .as(tag).contains(labels.language().toLanguageTag());
            }
        }
    }

    @Test
    void anArabicCvSetsRightToLeftOnlyWhereTheTextIsArabic() throws Exception {
        Portfolio showcase = Showcase.load();
        Labels arabic = Labels.of(Locale.forLanguageTag("ar"));
        try (XWPFDocument document = WordDocuments.open(DocxRenderer.builder().clock(SamplePortfolios.CLOCK)
                .locale(Locale.forLanguageTag("ar")).build().toBytes(showcase))) {
            List<String> rightToLeft = new ArrayList<>();
            List<String> leftToRight = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                boolean bidi = paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetBidi();
                (bidi ? rightToLeft : leftToRight).add(paragraph.getText());
                for (var run : paragraph.getRuns()) {
                    boolean arabicLetters = run.text().codePoints()
                            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
                    boolean rtl = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfRtlArray() > 0;
                    assertThat(rtl).as("run \"%s\" marked right to left", run.text()).isEqualTo(arabicLetters);
                }
            }
            // the section titles are Arabic, so right to left; the user's English name, headline and summary are not
            assertThat(rightToLeft).contains(arabic.text("section.work"), arabic.text("section.projects"));
            assertThat(leftToRight).contains(showcase.person().name(), showcase.person().headline())
                    .anySatisfy(p -> assertThat(p).startsWith("I'm a Backend Engineer from Chennai"));
            var defaults = document.getStyles().getCtStyles().getDocDefaults();
            assertThat(defaults.getRPrDefault().getRPr().sizeOfRtlArray()).as("no document-wide w:rtl").isZero();
            assertThat(defaults.getPPrDefault().getPPr().isSetBidi()).as("no document-wide w:bidi").isFalse();
            assertThat(defaults.getRPrDefault().getRPr().getLangArray(0).getBidi()).isEqualTo("ar");
        }
    }

    @Test
    void thePaperSetsThePageAndTheThemeTheAccent() throws Exception {
        for (Paper paper : Paper.values()) {
            for (Theme theme : Theme.values()) {
                DocxRenderer renderer = DocxRenderer.builder().paper(paper).theme(theme).clock(SamplePortfolios.CLOCK)
                        .build();
                try (XWPFDocument document = WordDocuments.open(renderer.toBytes(Showcase.load()))) {
                    CTSectPr page = document.getDocument().getBody().getSectPr();
                    long width = ((BigInteger) page.getPgSz().getW()).longValueExact();
                    long height = ((BigInteger) page.getPgSz().getH()).longValueExact();
                    assertThat(width).as("%s width in twips", paper).isEqualTo(paper == Paper.A4 ? 11906 : 12240);
                    assertThat(height).as("%s height in twips", paper).isEqualTo(paper == Paper.A4 ? 16838 : 15840);
                    String colour = document.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0)
                            .xgetVal().getStringValue();
                    assertThat(colour).as(theme.id()).isEqualTo(theme == Theme.CLASSIC ? "1F3A60" : "0B6E3A");
                }
            }
        }
    }

    @Test
    void chosenSectionsComeInTheOrderGiven() throws Exception {
        DocxRenderer renderer = DocxRenderer.builder().clock(SamplePortfolios.CLOCK)
                .sections(List.of(Section.CONTACT, Section.FOCUS, Section.WORK)).build();
        try (XWPFDocument document = WordDocuments.open(renderer.toBytes(Showcase.load()))) {
            assertThat(WordDocuments.paragraphs(document, "Heading1"))
                    .containsExactly("Get in touch", "What I'm focused on", "Work history");
            assertThat(WordDocuments.paragraphs(document, "Title")).isEmpty();
        }
    }

    @Test
    void anInvalidPortfolioIsRefusedWithEveryProblemAndNothingWritten() throws Exception {
        Portfolio showcase = Showcase.load();
        Project hostile = showcase.projects().get(0).toBuilder().url("javascript:alert(1)").build();
        Role untitled = Role.builder().kind(RoleKind.JOB).build();
        Portfolio invalid = showcase.toBuilder().projects(List.of(hostile)).addRole(untitled).buildUnvalidated();
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        assertThatThrownBy(() -> RENDERER.write(invalid, output))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("projects[0].url")
                .hasMessageContaining("roles[3]");
        assertThat(output.size()).isZero();
    }
}

package io.github.portfoliosdk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/**
 * Validates every XML part of our Word documents against the ECMA-376 (Office Open XML, transitional) schemas as
 * compiled by Apache POI ({@code poi-ooxml-full}, XMLBeans): element names, their order and nesting, required
 * attributes and the types of values (style ids, colours as hex, sizes as numbers, enumerations). Opening the
 * package with POI's OPC layer checks the packaging rules first (content types, relationships, one core-properties
 * part). Runs in its own surefire execution, without the lite schema subset that would shadow the full one.
 */
class OoxmlSchemaTest {

    @Test
    void everyPartOfEveryVariantIsValidAgainstTheSchemas() throws Exception {
        Portfolio full = SamplePortfolios.full();
        List<String> checked = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (Paper paper : Paper.values()) {
                for (String tag : List.of("en", "de", "ja", "ar")) {
                    DocxRenderer renderer = DocxRenderer.builder().theme(theme).paper(paper)
                            .locale(Locale.forLanguageTag(tag)).clock(SamplePortfolios.CLOCK)
                            .sections(Section.defaultOrder()).build();
                    for (Portfolio portfolio : List.of(Showcase.load(), full)) {
                        String name = theme.id() + "/" + paper.id() + "/" + tag;
                        assertThat(problems(renderer.toBytes(portfolio), checked)).as(name).isEmpty();
                    }
                }
            }
        }
        // 32 documents (2 themes, 2 papers, 4 locales, 2 portfolios), each with document, styles, numbering,
        // settings, core and app properties
        assertThat(checked).hasSize(32 * 6);
        assertThat(checked).contains("/word/document.xml", "/word/styles.xml", "/word/numbering.xml",
                "/docProps/core.xml");
    }

    @Test
    void theValidatorRejectsADocumentWithAnElementWordDoesNotKnowAndOneOutOfOrder() throws Exception {
        String bad = """
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
                <w:p><w:r><w:t>text</w:t></w:r><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:p>
                <w:p><w:heading>not WordprocessingML</w:heading></w:p>
                </w:body></w:document>""";
        List<String> problems = validate(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.xml");
        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join("\n", problems)).contains("pPr").contains("heading");
    }

    /**
     * The schema problems of the package's WordprocessingML parts and its extended properties; adds each part's name
     * to {@code checked}. The packaging parts ([Content_Types].xml, relationships, core properties) are checked by
     * POI's OPC reader as it opens the package, which refuses a package that breaks the OPC rules.
     */
    private static List<String> problems(byte[] docx, List<String> checked) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            assertThat(pkg.getPackageProperties().getTitleProperty()).isPresent();
            checked.add("/docProps/core.xml");
        }
        List<String> problems = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = "/" + entry.getName();
                if (name.endsWith(".xml") && (name.startsWith("/word/") || name.equals("/docProps/app.xml"))) {
                    problems.addAll(validate(zip, name));
                    checked.add(name);
                }
            }
        }
        return problems;
    }

    private static List<String> validate(InputStream xml, String name) throws Exception {
        XmlOptions options = new XmlOptions().setLoadLineNumbers();
        SchemaTypeLoader schemas = DocumentDocument.type.getTypeSystem();
        XmlObject parsed = schemas.parse(new NonClosing(xml), null, options);
        List<String> problems = new ArrayList<>();
        if (!parsed.schemaType().isDocumentType()) {
            problems.add(name + ": no schema knows its root element");
            return problems;
        }
        List<XmlError> errors = new ArrayList<>();
        if (!parsed.validate(new XmlOptions().setErrorListener(errors))) {
            for (XmlError error : errors) {
                problems.add(name + ":" + error.getLine() + ":" + error.getColumn() + ": " + error.getMessage());
            }
        }
        return problems;
    }

    /** Keeps the zip stream open when the XML parser closes what it read. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}

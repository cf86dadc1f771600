package io.github.portfoliosdk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** What {@code mvn help:describe} shows: the descriptor the build generates from the goals' Javadoc. */
class PluginDescriptorTest {

    @Test
    void theReadmeGoalShowsItsMarkersAndEveryGoalItsParameters() throws Exception {
        Document descriptor;
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(xml).as("the generated plugin.xml").isNotNull();
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml);
        }
        NodeList descriptions = descriptor.getElementsByTagName("description");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < descriptions.getLength(); i++) {
            texts.add(descriptions.item(i).getTextContent());
        }

        assertThat(texts).anySatisfy(text -> assertThat(text)
                .contains("between the README's markers (<!-- portfolio:start --> and <!-- portfolio:end -->)"));
        assertThat(texts).anySatisfy(text -> assertThat(text)
                .contains("<!-- portfolio:start:NAME --> and <!-- portfolio:end:NAME -->"));
        assertThat(texts).noneSatisfy(text -> assertThat(text).contains("( and )"));
        NodeList names = descriptor.getElementsByTagName("name");
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            parameters.add(names.item(i).getTextContent());
        }
        assertThat(parameters).contains("locale", "tags", "theme", "paper", "sections", "lenient", "formats", "css",
                "headingOffset", "badges", "mermaid", "skip", "readme", "marker");
    }
}

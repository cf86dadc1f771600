package io.github.portfoliosdk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocxRendererTest {

    private static final DocxRenderer RENDERER = DocxRenderer.builder().clock(SamplePortfolios.CLOCK).build();

    @Test
    void isTheDocxFormatAndIsFoundByName() throws Exception {
        assertThat(RENDERER.format()).isEqualTo("docx");
        assertThat(RENDERER.mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(PortfolioRenderers.forFormat("docx")).get().isInstanceOf(DocxRenderer.class);
        Files.write(Path.of("target/smoke.docx"), RENDERER.toBytes(Showcase.load()));
    }
}

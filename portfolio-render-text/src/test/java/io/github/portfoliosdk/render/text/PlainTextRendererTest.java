package io.github.portfoliosdk.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

    private static final PlainTextRenderer RENDERER = PlainTextRenderer.builder().clock(SamplePortfolios.CLOCK).build();

    @Test
    void isTheTextFormatAndIsFoundByName() throws Exception {
        assertThat(RENDERER.format()).isEqualTo("text");
        assertThat(PortfolioRenderers.forFormat("text")).get().isInstanceOf(PlainTextRenderer.class);
        Files.writeString(Path.of("target/smoke.txt"), RENDERER.render(Showcase.load()));
    }
}

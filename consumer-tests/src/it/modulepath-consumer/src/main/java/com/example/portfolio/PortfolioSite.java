package com.example.portfolio;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a user writes: read a portfolio file, write the page, the README, the JSON Resume and the PDF CV side by side. */
public final class PortfolioSite {

    private final Map<String, PortfolioRenderer> renderers = new LinkedHashMap<>();

    /** Renderers built once and shared, rendering with this clock. */
    public PortfolioSite(Clock clock) {
        renderers.put("index.html", HtmlRenderer.builder().theme(Theme.CLASSIC).clock(clock).build());
        renderers.put("README.md", MarkdownRenderer.builder().flavor(Flavor.GITHUB).clock(clock).build());
        renderers.put("resume.json", JsonResumeRenderer.builder().build());
        renderers.put("cv.pdf", PdfRenderer.builder().clock(clock).build());
    }

    /** Writes every output for the portfolio into the folder, streaming; returns the files by name. */
    public Map<String, Path> write(Portfolio portfolio, Path folder) {
        Map<String, Path> written = new LinkedHashMap<>();
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, PortfolioRenderer> entry : renderers.entrySet()) {
                Path file = folder.resolve(entry.getKey());
                try (OutputStream out = Files.newOutputStream(file)) {
                    entry.getValue().write(portfolio, out);
                }
                written.put(entry.getKey(), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** {@code PortfolioSite portfolio.yaml out/}. */
    public static void main(String[] args) {
        Portfolio portfolio = PortfolioFormat.yaml().read(Path.of(args[0]));
        new PortfolioSite(Clock.systemUTC()).write(portfolio, Path.of(args[1]))
                .forEach((name, file) -> System.out.println("wrote " + file));
    }
}

package io.github.portfoliosdk.cli;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files the end-to-end tests hand to the command line, written with the library itself. */
final class Inputs {

    /** A portfolio whose only role ends before it starts: the problem is on line 7 of the file. */
    static final String END_BEFORE_START = """
            person:
              name: Ada Lovelace
            roles:
              - title: Analyst
                period:
                  start: "2024-05"
                  end: "2023-01"
            """;

    private Inputs() {
    }

    /** {@link SamplePortfolios#full()} in our YAML format. */
    static String fullYaml() {
        return PortfolioFormat.yaml().write(SamplePortfolios.full());
    }

    /** A portfolio as a JSON Resume document. */
    static String jsonResume(Portfolio portfolio) {
        return JsonResumeRenderer.builder().build().render(portfolio);
    }

    /** Writes a UTF-8 text file and returns its path. */
    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a file a command wrote. */
    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a UTF-8 text file. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.portfoliosdk.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputsTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryFileCreatingItsFolder() throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve("site/index.html"), bytes("<p>new</p>"));
        files.put(dir.resolve("site/README.md"), bytes("# new"));

        AtomicOutputs.write(files);

        assertThat(dir.resolve("site/index.html")).hasContent("<p>new</p>");
        assertThat(dir.resolve("site/README.md")).hasContent("# new");
        assertThat(dir.resolve("site").toFile().list()).containsExactlyInAnyOrder("index.html", "README.md");
    }

    @Test
    void writesNothingWhenOneTargetCannotBeWritten() throws IOException {
        Path page = Files.writeString(dir.resolve("index.html"), "<p>old</p>");
        Files.createDirectories(dir.resolve("README.md"));
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(page, bytes("<p>new</p>"));
        files.put(dir.resolve("README.md"), bytes("# new"));

        assertThatThrownBy(() -> AtomicOutputs.write(files)).isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("README.md");

        assertThat(page).hasContent("<p>old</p>");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("index.html", "README.md");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

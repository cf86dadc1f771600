package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing outputs so that nothing is lost: {@link PortfolioFiles#write(Map)}. */
class PortfolioFilesWriteTest {

    @TempDir
    Path dir;

    @Test
    void writesTheTextAsUtf8AndLeavesNoTemporaryFileBehind() throws IOException {
        write(dir.resolve("index.html"), "<p>Zoë → ✓</p>\n");

        assertThat(Files.readString(dir.resolve("index.html"))).isEqualTo("<p>Zoë → ✓</p>\n");
        assertThat(dir.toFile().list()).containsExactly("index.html");
    }

    @Test
    void aTemporaryNameThatIsTakenIsNeverWrittenThrough() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "not yours");
        String taken = ".index.html." + ProcessHandle.current().pid() + "-0.tmp";
        Files.createSymbolicLink(dir.resolve(taken), elsewhere);

        write(dir.resolve("index.html"), "page");

        assertThat(Files.readString(dir.resolve("index.html"))).isEqualTo("page");
        assertThat(Files.readString(elsewhere)).isEqualTo("not yours");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("index.html", "elsewhere.txt", taken);
    }

    @Test
    void createsMissingFolders() throws IOException {
        write(dir.resolve("site/en/index.html"), "page");

        assertThat(Files.readString(dir.resolve("site/en/index.html"))).isEqualTo("page");
    }

    @Test
    void whenOneFileCannotBeWrittenNoneIsReplaced() throws IOException {
        Path index = Files.writeString(dir.resolve("index.html"), "old page");
        Files.createDirectory(dir.resolve("README.md"));
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(index, "new page".getBytes(StandardCharsets.UTF_8));
        files.put(dir.resolve("README.md"), "new readme".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PortfolioFiles.write(files))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + dir.resolve("README.md") + ": is a folder");
        assertThat(Files.readString(index)).isEqualTo("old page");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("index.html", "README.md");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path script = Files.writeString(dir.resolve("page.html"), "old");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-rw----"));

        write(script, "new");

        assertThat(Files.readString(script)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rw-rw----");
    }

    @Test
    void writesThroughASymbolicLinkSoThatTheLinkStays() throws IOException {
        Path real = Files.writeString(dir.resolve("profile-README.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("README.md"), real.getFileName());

        write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    private static void write(Path file, String text) {
        PortfolioFiles.write(Map.of(file, text.getBytes(StandardCharsets.UTF_8)));
    }
}

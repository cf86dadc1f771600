package io.github.portfoliosdk.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A member's folder is replaced whole, never seen half-written, whether written locally with java.nio or through
 * Hadoop's file system API (what {@code hdfs:} and {@code s3a:} outputs take; run here on Hadoop's local file system).
 */
class MemberFoldersTest {

    private static final List<MemberResult.Output> OUTPUTS = List.of(
            new MemberResult.Output("html", "index.html", new byte[64 * 1024]),
            new MemberResult.Output("markdown", "README.md", new byte[16 * 1024]),
            new MemberResult.Output("json-resume", "resume.json", new byte[16 * 1024]));

    @TempDir
    Path work;

    @Test
    void aLocalOutputIsWrittenWithJavaNioWithOrWithoutItsScheme() {
        assertThat(MemberFolders.at(work.toString(), new Configuration()).local()).isTrue();
        assertThat(MemberFolders.at(work.toUri().toString(), new Configuration()).local()).isTrue();
        assertThat(MemberFolders.at("file://" + work, new Configuration()).local()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void replacingAFolderLeavesExactlyTheNewFilesAndNothingBeside(boolean local) throws IOException {
        MemberFolders folders = folders(local);
        folders.replace("ada", OUTPUTS);
        Files.writeString(work.resolve("site/ada/notes.txt"), "stale");

        folders.replace("ada", List.of(new MemberResult.Output("html", "index.html", bytes("second"))));

        assertThat(names(work.resolve("site"))).containsExactly("ada");
        assertThat(names(work.resolve("site/ada"))).containsExactly("index.html");
        assertThat(Files.readString(work.resolve("site/ada/index.html"))).isEqualTo("second");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aReaderNeverSeesAPartlyWrittenFileWhileTheFolderIsReplaced(boolean local) throws Exception {
        MemberFolders folders = folders(local);
        Path ada = work.resolve("site/ada");
        folders.replace("ada", OUTPUTS);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                for (MemberResult.Output output : OUTPUTS) {
                    try {
                        seen.add(output.fileName() + " " + Files.size(ada.resolve(output.fileName())));
                    } catch (IOException e) {
                        // between the two renames the folder is briefly absent (or the old one is being deleted)
                    }
                }
            }
        });
        reader.start();
        for (int i = 0; i < (local ? 200 : 50); i++) {
            folders.replace("ada", OUTPUTS);
        }
        writing.set(false);
        reader.join();

        assertThat(seen).isNotEmpty().allSatisfy(view -> assertThat(view)
                .isIn("index.html 65536", "README.md 16384", "resume.json 16384"));
        assertThat(names(work.resolve("site"))).containsExactly("ada");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aReplacementThatFailsHalfWayLeavesTheMembersFolderAsItWasAndNothingBeside(boolean local) throws IOException {
        MemberFolders folders = folders(local);
        folders.replace("ada", List.of(new MemberResult.Output("html", "index.html", bytes("first"))));

        // the second file of the new folder cannot be created (the name is taken): the write fails half-way
        assertThatThrownBy(() -> folders.replace("ada", List.of(
                new MemberResult.Output("html", "index.html", bytes("second")),
                new MemberResult.Output("html", "index.html", bytes("third")))))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot write")
                .hasMessageContaining(work.resolve("site/ada").toString());

        assertThat(names(work.resolve("site"))).containsExactly("ada");
        assertThat(Files.readString(work.resolve("site/ada/index.html"))).isEqualTo("first");
    }

    private MemberFolders folders(boolean local) throws IOException {
        String output = work.resolve("site").toString();
        MemberFolders folders = local ? MemberFolders.at(output, new Configuration())
                : MemberFolders.throughHadoop(output, new Configuration());
        assertThat(folders.local()).isEqualTo(local);
        return folders;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }
}

package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.portfoliosdk.cli.CliProcess.Result;
import io.github.portfoliosdk.testing.Checkers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archives a user installs (portfolio-VERSION.tar.gz and .zip), unpacked and run as a user runs
 * them, and the example GitHub Actions workflow's script run against the freshly built archive (no network).
 */
class DistributionIT {

    @TempDir
    Path dir;

    @Test
    void bothArchivesHoldTheLaunchersTheJarsTheReadmeAndTheLicences() throws IOException {
        List<String> tar = run(dir, List.of("tar", "-tvzf", tarGz().toString())).stdout().lines().toList();
        Set<String> tarNames = tar.stream().map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .filter(name -> !name.endsWith("/")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> zipNames;
        String bat;
        try (ZipFile zip = new ZipFile(Path.of(System.getProperty("portfolio.dist.zip")).toFile())) {
            zipNames = zip.stream().map(ZipEntry::getName).filter(name -> !name.endsWith("/"))
                    .collect(Collectors.toCollection(TreeSet::new));
            ZipEntry launcher = zip.stream().filter(entry -> entry.getName().endsWith("/bin/portfolio.bat")).findFirst().orElseThrow();
            bat = new String(zip.getInputStream(launcher).readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(zipNames).isEqualTo(tarNames);
        String top = tarNames.iterator().next().replaceAll("/.*", "");
        assertThat(top).startsWith("portfolio-");
        assertThat(tarNames).contains(top + "/bin/portfolio", top + "/bin/portfolio.bat", top + "/README.md",
                top + "/LICENSE", top + "/THIRD-PARTY.txt", top + "/lib/portfolio-cli.jar", top + "/lib/picocli.jar");
        assertThat(tar).filteredOn(line -> line.endsWith("/bin/portfolio")).singleElement().asString().startsWith("-rwxr-xr-x");
        assertThat(bat).contains("\r\n").doesNotContain("\r\r").contains("io.github.portfoliosdk.cli.PortfolioCli %*");
    }

    @Test
    void theThirdPartyListNamesEveryBundledLibraryAndNothingElse() throws IOException {
        Path home = unpack();
        Set<String> libraries;
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            libraries = jars.map(jar -> jar.getFileName().toString()).filter(name -> !name.startsWith("portfolio-"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = Files.readAllLines(home.resolve("THIRD-PARTY.txt")).stream()
                .filter(line -> line.matches("\\S+\\.jar\\s.*")).map(line -> line.split("\\s+")[0])
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).isEqualTo(libraries);
    }

    @Test
    void theUnpackedLauncherPrintsTheVersionAndRendersAsTheExecutableJarDoes() throws IOException {
        Path home = unpack();
        Path showcase = Checkers.showcaseFile().toAbsolutePath();
        Path cache = dir.resolve("cache");
        List<String> launcher = List.of(home.resolve("bin/portfolio").toString());

        Result version = run(dir, concat(launcher, "--version"));
        Result render = run(dir, concat(launcher, "render", showcase.toString(), "-f", "all", "-o", "site"));

        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.stdout()).isEqualTo(CliProcess.run(dir, "--version").stdout());
        assertThat(render.exitCode()).as(render.toString()).isZero();
        assertThat(Files.readString(dir.resolve("site/index.html")))
                .isEqualTo(CliProcess.run(dir, "render", showcase.toString()).stdout());
        assertThat(dir.resolve("site").toFile().list()).containsExactlyInAnyOrder("index.html", "README.md", "resume.json", "cv.pdf",
                "cv.docx", "cv.txt");
        try (Stream<Path> archives = Files.walk(cache)) {
            assertThat(archives.map(Path::toString)).as("the start-up archive the first run made")
                    .anyMatch(name -> name.matches(".*/portfolio-sdk/\\d+/portfolio-.*\\.(jsa|aot)"));
        }
    }

    @Test
    void theWorkflowScriptCommitsAndPushesTheUpdatedReadmeOnceAndOnlyWhenItChanged() throws IOException {
        Path origin = dir.resolve("origin.git");
        Path profile = dir.resolve("profile");
        git(dir, "init", "--quiet", "--bare", "--initial-branch=main", origin.toString());
        git(dir, "clone", "--quiet", origin.toString(), profile.toString());
        Inputs.write(profile.resolve("portfolio.yaml"), "person:\n  name: Ada Lovelace\n  headline: Analyst\n");
        Inputs.write(profile.resolve("README.md"), "# Hi\n\n<!-- portfolio:start -->\n<!-- portfolio:end -->\n\nMine.\n");
        git(profile, "add", ".");
        git(profile, "-c", "user.name=Ada", "-c", "user.email=ada@example.com", "commit", "--quiet", "-m", "Start");
        git(profile, "push", "--quiet", "origin", "HEAD:main");
        List<String> script = List.of("bash", workflowScript().toString(), tarGz().toString());

        Result first = run(profile, script);
        Result second = run(profile, script);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.stdout()).contains("Committed the updated README.md").contains("Pushed");
        String pushed = git(origin, "show", "main:README.md").stdout();
        assertThat(pushed).startsWith("# Hi\n\n<!-- portfolio:start -->\n").endsWith("<!-- portfolio:end -->\n\nMine.\n")
                .contains("Ada Lovelace");
        assertThat(git(origin, "log", "--format=%s", "main").stdout())
                .isEqualTo("Update the profile README from portfolio.yaml\nStart\n");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.stdout()).contains("README.md is up to date").doesNotContain("Committed");
    }

    @Test
    void theWorkflowScriptFailsOnAnInvalidPortfolioWithItsProblemsAndLeavesTheReadmeAlone() throws IOException {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        git(profile, "init", "--quiet", "--initial-branch=main");
        Inputs.write(profile.resolve("portfolio.yaml"), Inputs.END_BEFORE_START);
        String readme = "<!-- portfolio:start -->\n<!-- portfolio:end -->\n";
        Inputs.write(profile.resolve("README.md"), readme);
        git(profile, "add", ".");
        git(profile, "-c", "user.name=Ada", "-c", "user.email=ada@example.com", "commit", "--quiet", "-m", "Start");

        Result result = run(profile, List.of("bash", workflowScript().toString(), tarGz().toString()));

        assertThat(result.exitCode()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.stderr()).contains("portfolio.yaml:7:12: roles[0].period.end: 2023-01 is before the start 2024-05");
        assertThat(Inputs.read(profile.resolve("README.md"))).isEqualTo(readme);
        assertThat(git(profile, "log", "--format=%s").stdout()).isEqualTo("Start\n");
    }

    private Path unpack() {
        Path target = dir.resolve("installed");
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Result untar = run(dir, List.of("tar", "-xzf", tarGz().toString(), "-C", target.toString()));
        assertThat(untar.exitCode()).as(untar.toString()).isZero();
        String[] unpacked = target.toFile().list();
        assertThat(unpacked).hasSize(1);
        return target.resolve(unpacked[0]);
    }

    private static Path tarGz() {
        Path archive = Path.of(System.getProperty("portfolio.dist", "target/portfolio.tar.gz"));
        if (!Files.isRegularFile(archive)) {
            fail("The distribution archive is missing: " + archive.toAbsolutePath() + ". Build it with ./mvnw -pl portfolio-cli -am package");
        }
        return archive.toAbsolutePath();
    }

    private static Path workflowScript() {
        Path script = Path.of(System.getProperty("portfolio.workflows", "../examples/workflows"), "update-readme.sh");
        assertThat(script).isRegularFile();
        return script.toAbsolutePath();
    }

    private Result git(Path workingDir, String... args) {
        Result result = run(workingDir, concat(List.of("git"), args));
        assertThat(result.exitCode()).as("git " + String.join(" ", args) + "\n" + result).isZero();
        return result;
    }

    private static List<String> concat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        Collections.addAll(all, rest);
        return all;
    }

    /**
     * Runs a command with the test's fixed time and Java, a start-up archive cache of the test's own, and without
     * the user's git configuration.
     */
    private Result run(Path workingDir, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SOURCE_DATE_EPOCH", CliProcess.EPOCH);
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        try {
            Path out = Files.createTempFile(dir, "run", ".out");
            Path err = Files.createTempFile(dir, "run", ".err");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("Timed out after 2 minutes: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new AssertionError("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted: " + String.join(" ", command), e);
        }
    }
}

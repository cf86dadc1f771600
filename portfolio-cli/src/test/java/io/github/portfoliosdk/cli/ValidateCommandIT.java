package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.CliProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio validate}, run as a process. */
class ValidateCommandIT {

    @TempDir
    Path dir;

    @Test
    void aValidPortfolioExitsZeroAndSaysSo() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "validate", "portfolio.yaml");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.errorLines()).containsExactly("portfolio.yaml: valid portfolio of " + io.github.portfoliosdk.testing.SamplePortfolios.full().person().name());
        assertThat(CliProcess.run(dir, "validate", "--quiet", "portfolio.yaml").stderr()).isEmpty();
    }

    @Test
    void everyProblemIsPrintedOnItsOwnLineLikeACompiler() {
        Inputs.write(dir.resolve("bad.yaml"), """
                person:
                  name: ""
                  contact:
                    email: not-an-email
                roles:
                  - title: Analyst
                    period:
                      start: "2024-05"
                      end: "2023-01"
                """);

        Result result = CliProcess.run(dir, "validate", "bad.yaml");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.errorLines()).hasSize(3).allMatch(line -> line.matches("bad\\.yaml:\\d+:\\d+: \\S+: .+"));
        assertThat(result.errorLines()).anyMatch(line -> line.startsWith("bad.yaml:2:9: person.name: "))
                .anyMatch(line -> line.startsWith("bad.yaml:4:12: person.contact.email: "))
                .anyMatch(line -> line.equals("bad.yaml:9:12: roles[0].period.end: 2023-01 is before the start 2024-05"));
    }

    @Test
    void aLenientValidationPrintsEachRepairAsALocatedWarningAndExitsZero() {
        Inputs.write(dir.resolve("resume.json"), """
                {"basics": {"name": "Ada", "url": "www.ada.example"},
                 "work": [{"company": "Acme", "startDate": "May 2019", "endDate": "Present"}]}
                """);

        Result strict = CliProcess.run(dir, "validate", "resume.json");
        Result lenient = CliProcess.run(dir, "validate", "--lenient", "resume.json");

        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        String lenientTakesIt = "; a lenient import (lenient(true) in Java, --lenient on the command line) would take it: ";
        assertThat(strict.errorLines()).containsExactly(
                "resume.json:1:35: basics.url: must be an absolute URI (JSON Resume format \"uri\")" + lenientTakesIt
                        + "\"www.ada.example\" read as https://www.ada.example",
                "resume.json:2:44: work[0].startDate: must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (JSON Resume iso8601), not \"May 2019\""
                        + lenientTakesIt + "\"May 2019\" read as 2019-05",
                "resume.json:2:67: work[0].endDate: must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (JSON Resume iso8601), not \"Present\""
                        + lenientTakesIt + "\"Present\" read as no end date: the period goes on to the present");
        assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
        assertThat(lenient.errorLines()).containsExactly(
                "warning: resume.json:1:35: basics.url: \"www.ada.example\" read as https://www.ada.example",
                "warning: resume.json:2:44: work[0].startDate: \"May 2019\" read as 2019-05",
                "warning: resume.json:2:67: work[0].endDate: \"Present\" read as no end date: the period goes on to the present",
                "resume.json: valid portfolio of Ada");
    }

    @Test
    void standardInputIsNamedStdinInProblems() {
        Result result = CliProcess.runWithInput(dir, Inputs.END_BEFORE_START, "validate", "-");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.errorLines()).containsExactly(
                "<stdin>:7:12: roles[0].period.end: 2023-01 is before the start 2024-05");
    }

    @Test
    void aFileThatIsNotUtf8IsInvalidInputLocatedAtTheFirstBadByte() throws IOException {
        Files.write(dir.resolve("latin1.yaml"), "person:\n  name: Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        Result result = CliProcess.run(dir, "validate", "latin1.yaml");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.errorLines()).containsExactly("latin1.yaml:2:12: invalid UTF-8: byte 0xE9 at offset 19 cannot start or continue a character; save the file as UTF-8");
    }

    @Test
    void aMissingFileOrAFolderIsAnIoError() throws IOException {
        Files.createDirectory(dir.resolve("folder.yaml"));

        Result missing = CliProcess.run(dir, "validate", "missing.yaml");
        Result folder = CliProcess.run(dir, "validate", "folder.yaml");

        assertThat(missing.exitCode()).isEqualTo(PortfolioCli.IO_ERROR);
        assertThat(missing.errorLines()).containsExactly("portfolio: cannot read missing.yaml: no such file or folder");
        assertThat(folder.exitCode()).isEqualTo(PortfolioCli.IO_ERROR);
        assertThat(folder.errorLines()).containsExactly("portfolio: cannot read folder.yaml: is a folder, not a file");
    }

    @Test
    void aJsonResumeFileIsValidatedAsJsonResume() {
        Inputs.write(dir.resolve("resume.json"), """
                {
                  "basics": {
                    "name": "Ada Lovelace",
                    "email": "not-an-email"
                  }
                }
                """);

        Result result = CliProcess.run(dir, "validate", "resume.json");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.errorLines()).singleElement().asString().startsWith("resume.json:4:");
    }
}

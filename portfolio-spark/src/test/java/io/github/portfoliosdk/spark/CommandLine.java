package io.github.portfoliosdk.spark;

import io.github.portfoliosdk.cli.PortfolioCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code portfolio} command line, run in this JVM as a user runs it, whose output the job must equal byte for
 * byte. The build sets {@code SOURCE_DATE_EPOCH} for the tests, so it renders with the same "now" as the job.
 * One run at a time: it takes over the process's standard streams while it runs.
 */
final class CommandLine {

    /**
     * What one run did.
     *
     * @param exitCode its exit code
     * @param output what it printed on standard output (an output, when no -o is given)
     * @param messages what it printed on standard error
     */
    record Run(int exitCode, byte[] output, String messages) {
    }

    private CommandLine() {
    }

    /** Runs {@code portfolio ARGS}. */
    static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        try (PrintStream capturedOut = new PrintStream(printed, true, StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(messages, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            int exitCode = PortfolioCli.execute(args);
            capturedOut.flush();
            return new Run(exitCode, printed.toByteArray(), messages.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}

package io.github.portfoliosdk.cli;

import io.github.portfoliosdk.cli.internal.Cli;

/**
 * The {@code portfolio} command line's entry point: {@code render}, {@code validate}, {@code convert},
 * {@code init}, {@code readme}, {@code serve} and {@code generate-completion}.
 * <p>Exit codes: {@value #OK} success, {@value #INVALID_INPUT} invalid input (nothing written),
 * {@value #USAGE} usage error, {@value #IO_ERROR} I/O error.
 */
public final class PortfolioCli {

    /** Exit code: the command did what it was asked. */
    public static final int OK = 0;
    /** Exit code: the input (a portfolio, a README's markers) is invalid; nothing was written. */
    public static final int INVALID_INPUT = 1;
    /** Exit code: the command line itself is wrong (unknown option, missing argument, bad value). */
    public static final int USAGE = 2;
    /** Exit code: a file could not be read or written; existing outputs are unchanged. */
    public static final int IO_ERROR = 3;

    private PortfolioCli() {
    }

    /** Runs the command line and exits the process with its exit code. */
    public static void main(String... args) {
        System.exit(execute(args));
    }

    /**
     * Runs the command line with the process's standard streams, without exiting.
     *
     * @return the exit code
     */
    public static int execute(String... args) {
        return Cli.execute(args);
    }
}

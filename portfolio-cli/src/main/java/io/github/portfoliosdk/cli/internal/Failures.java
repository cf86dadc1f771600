package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.cli.PortfolioCli;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.internal.text.IoReasons;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns what went wrong into messages on standard error and the documented exit codes. */
final class Failures {

    private Failures() {
    }

    /**
     * Reports a failure of a running command and returns its exit code: invalid input is 1 with every
     * problem on its own line, I/O is 3, anything else is a bug and is reported with its stack trace.
     */
    static int report(Exception exception, PrintWriter err) {
        if (exception instanceof InvalidPortfolioException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println(problem);
            }
            err.flush();
            return PortfolioCli.INVALID_INPUT;
        }
        if (exception instanceof InvalidInputException invalid) {
            err.println(invalid.getMessage());
            err.flush();
            return PortfolioCli.INVALID_INPUT;
        }
        if (exception instanceof UncheckedIOException io) {
            err.println("portfolio: " + io.getMessage());
            err.flush();
            return PortfolioCli.IO_ERROR;
        }
        err.println("portfolio: internal error, please report it with the stack trace below");
        exception.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }

    /** Exit code for a bug in the command line or a library, never for a user's mistake. */
    static final int INTERNAL_ERROR = 4;

    /** Reports a usage error in one line plus a pointer to the command's help, exit code 2. */
    static int usageError(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("portfolio: " + exception.getMessage());
        UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** An I/O failure on a file, with the file's name and what happened, for exit code 3. */
    static UncheckedIOException io(String doing, Object file, IOException e) {
        return new UncheckedIOException("cannot " + doing + " " + file + ": " + IoReasons.of(e), e);
    }
}

package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.PortfolioValidator;
import java.util.List;
import java.util.Set;

/**
 * Starts the model's validator (Hibernate Validator and the constraints of every model record, the largest part of
 * start-up) on a second thread while the main thread parses the command line and reads the input, for the commands
 * that read a portfolio. The main thread's first validation waits for it to finish; nothing else is shared.
 */
final class ValidatorWarmUp {

    private static final Set<String> READING_COMMANDS = Set.of("render", "validate", "convert", "readme");

    private ValidatorWarmUp() {
    }

    /** Starts the warm-up when these arguments run a command that reads a portfolio (and not its help). */
    static void startFor(String... args) {
        List<String> arguments = List.of(args);
        if (arguments.isEmpty() || !READING_COMMANDS.contains(arguments.get(0))
                || arguments.contains("--help") || arguments.contains("-h")) {
            return;
        }
        Thread warmUp = new Thread(ValidatorWarmUp::prepare, "portfolio-validator-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void prepare() {
        try {
            Cli.quietLibraryLogging();
            PortfolioValidator.prepare();
        } catch (RuntimeException e) {
            // the main thread's own validation reports any real failure
        }
    }
}

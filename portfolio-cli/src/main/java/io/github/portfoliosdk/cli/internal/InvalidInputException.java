package io.github.portfoliosdk.cli.internal;

/** Input that cannot be used and is not a portfolio problem (a README's markers, say); exit code 1. */
final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception whose message reads well alone, starting with the input's name. */
    InvalidInputException(String message) {
        super(message);
    }
}

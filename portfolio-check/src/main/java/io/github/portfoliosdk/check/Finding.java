package io.github.portfoliosdk.check;

import java.util.Objects;

/**
 * One thing that would keep a parser from a CV's text, where it is, and what a reader should do about it.
 *
 * @param rule what the finding is about
 * @param location where it is
 * @param message a sentence that reads well alone
 */
public record Finding(Rule rule, Location location, String message) {

    /** Checks nothing is null. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** "page 1, 40/700 pt: reading-order: ...". */
    @Override
    public String toString() {
        return location + ": " + rule.id() + ": " + message;
    }
}

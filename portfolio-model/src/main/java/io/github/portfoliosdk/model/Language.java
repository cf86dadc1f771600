package io.github.portfoliosdk.model;


/**
 * A spoken language and how fluent the person is.
 *
 * @param language the language, or null
 * @param fluency fluency in words ("Native speaker"), or null
 */
public record Language(
        @CleanText String language,
        @CleanText String fluency) {

    /** A language. */
    public static Language of(String language, String fluency) {
        return new Language(language, fluency);
    }
}

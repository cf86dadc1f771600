package io.github.portfoliosdk.model.internal;

/** Jakarta Validation message templates for messages built at run time. */
final class Templates {

    private Templates() {
    }

    /**
     * The message as a template that shows it literally: templates treat braces, dollar and backslash specially, and
     * user text (ids, URLs) must read as written.
     */
    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}

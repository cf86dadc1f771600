package io.github.portfoliosdk.model.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

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

    /**
     * Whether a value is valid, given what is wrong with it: when something is, it becomes the violation's message in
     * place of the constraint's default one.
     */
    static boolean valid(Optional<String> problem, ConstraintValidatorContext context) {
        if (problem.isPresent()) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(literal(problem.get())).addConstraintViolation();
        }
        return problem.isEmpty();
    }
}

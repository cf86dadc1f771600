package io.github.portfoliosdk.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a {@link Portfolio} against every rule of the model: the Jakarta Validation constraints on the
 * records (usable with any {@code @Valid}) and the cross-field rules (periods, unique ids, references, a portrait
 * for dark themes only with one for light themes).
 * <p>Thread-safe. Hibernate Validator is started once, on first use, without an expression-language
 * implementation; messages are in English.
 */
public final class PortfolioValidator {

    private PortfolioValidator() {
    }

    /** Every problem of this portfolio, sorted by path; empty when it is valid. */
    public static List<Problem> validate(Portfolio portfolio) {
        Set<ConstraintViolation<Portfolio>> violations = Holder.VALIDATOR.validate(portfolio);
        return violations.stream()
                .map(v -> Problem.at(path(v.getPropertyPath()), message(v)))
                .sorted(Comparator.comparing(Problem::path, PortfolioValidator::comparePaths)
                        .thenComparing(Problem::message))
                .toList();
    }

    /**
     * Starts the validator now, so that the first {@link #validate(Portfolio)} does not pay for it: for a server's
     * start-up, or a background thread of a command line while it reads its input (a validation that comes meanwhile
     * waits for it rather than doing the same work twice). Optional; safe to call from any thread, any number of times.
     */
    public static void prepare() {
        Objects.requireNonNull(Holder.VALIDATOR);
    }

    /**
     * Checks this portfolio.
     *
     * @return the same portfolio, for chaining
     * @throws InvalidPortfolioException listing every problem when it is not valid
     */
    public static Portfolio check(Portfolio portfolio) {
        List<Problem> problems = validate(portfolio);
        if (!problems.isEmpty()) {
            throw new InvalidPortfolioException(problems);
        }
        return portfolio;
    }

    /**
     * The path of a violation as users read it: {@code roles[1].period.end}, with list indexes after the
     * list's name and no names for container elements.
     */
    static String path(Path propertyPath) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                text.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN) {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(node.getName());
            }
        }
        return text.toString();
    }

    private static String message(ConstraintViolation<?> violation) {
        if (violation.getConstraintDescriptor().getAnnotation() instanceof ValidPeriod
                && violation.getMessage().equals("must not be before start")) {
            String path = path(violation.getPropertyPath());
            return "must not be before " + path.substring(0, path.length() - "end".length()) + "start";
        }
        return violation.getMessage();
    }

    /** Orders paths so that {@code roles[2]} comes before {@code roles[10]}. */
    private static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                int byNumber = Long.compare(Long.parseLong(a.substring(i, endA)), Long.parseLong(b.substring(j, endB)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * Starts Hibernate Validator on first use (lazy holder idiom), once per class loader, and has it read the constraints
     * of every record of the model at once: a first validation needs most of them anyway, and reading them all in one
     * go lets {@link #prepare()} do the whole start on another thread.
     */
    private static final class Holder {
        private static final Validator VALIDATOR = create();

        private static Validator create() {
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                    .buildValidatorFactory();
            Validator validator = factory.getValidator();
            readConstraints(validator, Portfolio.class, new HashSet<>());
            return validator;
        }

        /** Reads the constraints of this record and of the records its components hold, directly or in a list. */
        private static void readConstraints(Validator validator, Class<?> type, Set<Class<?>> seen) {
            if (!type.isRecord() || !seen.add(type)) {
                return;
            }
            validator.getConstraintsForClass(type);
            for (RecordComponent component : type.getRecordComponents()) {
                Type held = component.getGenericType();
                if (held instanceof ParameterizedType list) {
                    held = list.getActualTypeArguments()[0];
                }
                if (held instanceof Class<?> record) {
                    readConstraints(validator, record, seen);
                }
            }
        }
    }
}

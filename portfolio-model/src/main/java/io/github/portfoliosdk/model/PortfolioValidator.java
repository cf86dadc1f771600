package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.logging.QuietLoggers;
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
import io.github.portfoliosdk.model.internal.WeakIdentitySet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a {@link Portfolio} against every rule of the model: the Jakarta Validation constraints on the
 * records (usable with any {@code @Valid}) and the cross-field rules (periods, unique ids, references, a role says
 * what it was, a portrait for dark themes only with one for light themes).
 * <p>Two ways to get one, both thread-safe:
 * <ul>
 * <li>{@link #create()} (and the static {@link #validate(Portfolio)} and {@link #check(Portfolio)}, which use it):
 * the SDK's own Hibernate Validator, started once per class loader on first use, without an expression-language
 * implementation and without reading {@code META-INF/validation.xml}; messages are in English.</li>
 * <li>{@link #using(ValidatorFactory)}: a factory the application already has (Spring's
 * {@code LocalValidatorFactoryBean}, say), so that no second Hibernate Validator is started. The model's own
 * rules give the same messages; those of the standard constraints ({@code must not be blank}) come from that
 * factory's message interpolator, in its language.</li>
 * </ul>
 * <p>Every validator remembers, for the life of the JVM, each portfolio instance it found valid (weakly: a remembered
 * portfolio is still garbage collected). Portfolios are immutable, so {@link #checkOnce(Portfolio)}, which every
 * renderer calls, validates a portfolio made by {@link Portfolio.Builder#build()}, by a reader or checked before
 * in a few nanoseconds, and only an unvalidated one (the record constructor,
 * {@link Portfolio.Builder#buildUnvalidated()}) in full, once.
 */
public final class PortfolioValidator {

    private static final PortfolioValidator STANDARD = new PortfolioValidator(null);

    /** The portfolios any validator found valid: the same instance need not be validated again. */
    private static final WeakIdentitySet<Portfolio> VALID = new WeakIdentitySet<>();

    /** The caller's validator, or null for the SDK's own, started on first use. */
    private final Validator validator;

    private PortfolioValidator(Validator validator) {
        this.validator = validator;
    }

    /** The SDK's own validator, started on first use; the same instance every time. */
    public static PortfolioValidator create() {
        return STANDARD;
    }

    /**
     * A validator that uses the application's factory instead of starting one of its own. The factory must be a
     * Jakarta Validation 3 provider that can make the model's constraint validators (Hibernate Validator, including
     * Spring's {@code LocalValidatorFactoryBean} over it); it is not closed by the SDK.
     *
     * @throws NullPointerException when {@code factory} is null
     */
    public static PortfolioValidator using(ValidatorFactory factory) {
        Objects.requireNonNull(factory, "factory");
        return new PortfolioValidator(factory.getValidator());
    }

    /** Every problem of this portfolio, sorted by path; empty when it is valid. Always validates the whole portfolio. */
    public List<Problem> problems(Portfolio portfolio) {
        Objects.requireNonNull(portfolio, "portfolio");
        Set<ConstraintViolation<Portfolio>> violations =
                (validator != null ? validator : Holder.VALIDATOR).validate(portfolio);
        if (violations.isEmpty()) {
            VALID.add(portfolio);
            return List.of();
        }
        return violations.stream()
                .map(v -> Problem.at(path(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem::path, PortfolioValidator::comparePaths)
                        .thenComparing(Problem::message))
                .toList();
    }

    /**
     * Checks this portfolio.
     *
     * @return the same portfolio, for chaining
     * @throws InvalidPortfolioException listing every problem when it is not valid
     */
    public Portfolio requireValid(Portfolio portfolio) {
        List<Problem> problems = problems(portfolio);
        if (!problems.isEmpty()) {
            throw new InvalidPortfolioException(problems);
        }
        return portfolio;
    }

    /** Every problem of this portfolio found by the SDK's own validator, sorted by path; empty when it is valid. */
    public static List<Problem> validate(Portfolio portfolio) {
        return STANDARD.problems(portfolio);
    }

    /**
     * Starts the SDK's own validator now and reads the constraints of every record of the model, so that the
     * first {@link #validate(Portfolio)} does not pay for it: for a server's start-up, or a background thread of a
     * command line while it reads its input (a validation that comes meanwhile waits for the start, and shares what
     * is read). Optional; safe to call from any thread, any number of times. Not needed with {@link #using}.
     */
    public static void prepare() {
        readConstraints(Holder.VALIDATOR, Portfolio.class, new HashSet<>());
    }

    /**
     * Checks this portfolio with the SDK's own validator.
     *
     * @return the same portfolio, for chaining
     * @throws InvalidPortfolioException listing every problem when it is not valid
     */
    public static Portfolio check(Portfolio portfolio) {
        return STANDARD.requireValid(portfolio);
    }

    /**
     * Checks this portfolio unless this very instance was found valid before, by any validator: by
     * {@link Portfolio.Builder#build()}, a reader ({@code PortfolioFormat}, {@code JsonResumeImporter},
     * {@link PortfolioFiles}), {@link #check(Portfolio)} or {@link #validate(Portfolio)}. What every renderer calls
     * before it writes anything, so that an invalid portfolio is refused however it was made, while rendering a
     * valid one many times costs one validation at most (a look-up by identity, some nanoseconds, after that).
     *
     * @return the same portfolio, for chaining
     * @throws InvalidPortfolioException listing every problem when it is not valid
     */
    public static Portfolio checkOnce(Portfolio portfolio) {
        Objects.requireNonNull(portfolio, "portfolio");
        return VALID.contains(portfolio) ? portfolio : check(portfolio);
    }

    /** Whether this very instance was found valid by a validator; for tests. */
    static boolean knownValid(Portfolio portfolio) {
        return VALID.contains(portfolio);
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

    /**
     * Starts the SDK's own Hibernate Validator on first use (lazy holder idiom), once per class loader. The first
     * validation reads the constraints only of the records it meets; {@link #prepare()} reads all of them.
     */
    private static final class Holder {
        static {
            // Hibernate Validator announces its version at INFO when it starts: not a library's business on stderr
            QuietLoggers.warningAndAbove("org.hibernate.validator");
        }

        private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                // the SDK configures its private factory in code: no search for, nor parsing of, validation.xml
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory()
                .getValidator();
    }
}

package dev.rudderiam.catalog;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A destination template was given a parameter it cannot use: a required one is missing, an unknown one is given,
 * or a value breaks its type's rule. The message names the destination, the parameter, the value and the rule;
 * the accessors give them to programs.
 */
public final class DestinationParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the parameter. */
    public enum Problem {
        /** A required parameter has no value. */
        MISSING,
        /** The template declares no parameter of this name. */
        UNKNOWN,
        /** The value breaks the parameter's rule. */
        INVALID
    }

    private final String destination;
    private final String parameter;
    private final @Nullable String value;
    private final Problem problem;
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param destination the template id, such as {@code S3}
     * @param parameter the parameter name
     * @param value the value given, null when missing
     * @param problem what is wrong
     * @param rule the rule the parameter must satisfy
     */
    public DestinationParameterException(String destination, String parameter, @Nullable String value,
            Problem problem, String rule) {
        super(message(destination, parameter, value, problem, rule));
        this.destination = Objects.requireNonNull(destination, "destination");
        this.parameter = Objects.requireNonNull(parameter, "parameter");
        this.value = value;
        this.problem = Objects.requireNonNull(problem, "problem");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    private static String message(String destination, String parameter, @Nullable String value, Problem problem,
            String rule) {
        String subject = "destination " + destination + ": parameter '" + parameter + "'"
                + (value == null ? "" : " = '" + value + "'");
        switch (problem) {
            case MISSING:
                return subject + " is missing: " + rule;
            case UNKNOWN:
                return subject + " is unknown: " + rule;
            default:
                return subject + " is invalid: " + rule;
        }
    }

    /** {@return the template id} */
    public String destination() {
        return destination;
    }

    /** {@return the parameter name} */
    public String parameter() {
        return parameter;
    }

    /** {@return the value given, or null when the parameter is missing} */
    public @Nullable String value() {
        return value;
    }

    /** {@return what is wrong} */
    public Problem problem() {
        return problem;
    }

    /** {@return the rule the parameter must satisfy} */
    public String rule() {
        return rule;
    }
}

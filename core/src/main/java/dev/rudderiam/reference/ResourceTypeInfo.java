package dev.rudderiam.reference;

import dev.rudderiam.pattern.Glob;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A resource type of a service.
 *
 * <p>Its ARN format is a template whose variables ({@code ${BucketName}}; a few services write {@code <name>})
 * stand for values the caller chooses; {@link #arnPattern()} and {@link #arnPatternOfNamedResources()} turn it into
 * the wildcard patterns that policies' resources are compared with, the one place that conversion lives.
 *
 * @param name the resource type name, such as {@code bucket}
 * @param arnFormat the ARN template, such as {@code arn:${Partition}:s3:::${BucketName}}
 * @param conditionKeys the condition keys the resource type supports
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">Actions,
 *     resources, and condition keys: resource types</a>
 */
public record ResourceTypeInfo(String name, String arnFormat, List<String> conditionKeys) {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*\\}|<[^>]*>");

    /** Copies the list. */
    public ResourceTypeInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arnFormat, "arn format");
        conditionKeys = List.copyOf(conditionKeys);
    }

    /**
     * {@return the ARN format with each variable as {@code *}}: covers every ARN of the type (case-sensitive, no
     * policy variables), and more, as a variable may be empty here ({@code arn:aws:s3:::bucket/} fits the object
     * format): an overlap with it may name no resource of the type, so it suits a question where saying too much
     * is safe; {@link #arnPatternOfNamedResources()} is the exact one
     */
    public Glob arnPattern() {
        return Glob.of(VARIABLE.matcher(arnFormat).replaceAll("*"), Glob.Syntax.PATTERN_NO_VARIABLES);
    }

    /**
     * {@return the ARN format with each variable as {@code ?*}}: a resource overlaps it exactly when it can name a
     * resource of the type, every variable (a name, a region, an account) having a value of at least one character
     */
    public Glob arnPatternOfNamedResources() {
        return Glob.of(VARIABLE.matcher(arnFormat).replaceAll("?*"), Glob.Syntax.PATTERN_NO_VARIABLES);
    }
}

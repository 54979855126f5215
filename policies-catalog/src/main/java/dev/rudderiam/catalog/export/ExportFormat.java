package dev.rudderiam.catalog.export;

import dev.rudderiam.json.JsonValues;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.validation.ValidationResult;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The formats a role spec is exported in, for teams that create the role with their infrastructure-as-code tool
 * rather than through this library's AWS adapter.
 *
 * <pre>{@code
 * String template = ExportFormat.CLOUDFORMATION.write(role, true);
 * }</pre>
 */
public enum ExportFormat {
    /**
     * This library's JSON bundle: {@code roleName}, {@code path}, {@code description}, {@code maxSessionDuration}
     * (seconds), {@code trustPolicy}, {@code permissionPolicies} (inline policy name to document),
     * {@code managedPolicyArns}, {@code permissionsBoundary}, {@code tags} (key to value) and {@code findings}.
     * Absent scalars are {@code null}. {@code findings} holds the validator's findings on the role
     * ({@code severity}, {@code code}, {@code path}, {@code message}, {@code link}) when written with
     * {@link #jsonBundle(RoleSpec, ValidationResult, boolean)}, and is empty otherwise.
     */
    JSON("json", role -> JsonBundle.of(role, ValidationResult.EMPTY)),
    /**
     * An AWS CloudFormation template with one {@code AWS::IAM::Role} (logical id {@code RudderStackRole})
     * carrying its inline policies, and an output {@code RoleArn}. It also serves as a StackSet template to create
     * the role in many accounts (one stack instance per account: IAM is global, so two regions of one account
     * would collide on the role name). Deploying it needs {@code CAPABILITY_NAMED_IAM}.
     */
    CLOUDFORMATION("cloudformation", CloudFormationTemplate::of),
    /**
     * A Terraform configuration in JSON syntax (save as {@code *.tf.json}): an {@code aws_iam_role}, one
     * {@code aws_iam_role_policy} per inline policy, one {@code aws_iam_role_policy_attachment} per managed policy,
     * and an output {@code role_arn}.
     */
    TERRAFORM("terraform", TerraformConfig::of);

    private final String id;
    private final Function<RoleSpec, Map<String, Object>> export;

    ExportFormat(String id, Function<RoleSpec, Map<String, Object>> export) {
        this.id = id;
        this.export = export;
    }

    /** {@return the format's name on the command line, such as {@code cloudformation}} */
    public String id() {
        return id;
    }

    /** {@return the export of {@code role} as JSON values (maps, lists, strings, numbers, policy documents)} */
    public Map<String, Object> export(RoleSpec role) {
        return export.apply(Objects.requireNonNull(role, "role"));
    }

    /** {@return the export of {@code role} as JSON text, indented when {@code pretty}} */
    public String write(RoleSpec role, boolean pretty) {
        return JsonValues.write(export(role), pretty);
    }

    /**
     * {@return the {@link #JSON} bundle of {@code role} with {@code validation}'s findings in {@code findings}, as
     * JSON text, indented when {@code pretty}}
     *
     * <pre>{@code
     * ValidationResult findings = RudderStackRole.validator(workspaceId).validate(role);
     * String bundle = ExportFormat.jsonBundle(role, findings, true);
     * }</pre>
     */
    public static String jsonBundle(RoleSpec role, ValidationResult validation, boolean pretty) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(validation, "validation");
        return JsonValues.write(JsonBundle.of(role, validation), pretty);
    }

    /**
     * {@return the format named {@code id}, ignoring case}
     *
     * @throws IllegalArgumentException naming the known formats when there is none
     */
    public static ExportFormat of(String id) {
        Objects.requireNonNull(id, "format");
        Optional<ExportFormat> format = Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
        return format.orElseThrow(() -> new IllegalArgumentException("format '" + id + "' is unknown: expected one"
                + " of " + Arrays.stream(values()).map(f -> f.id).collect(Collectors.joining(", "))));
    }
}

package dev.rudderiam.catalog.export;

import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.validation.ValidationResult;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The formats a role spec is exported in, for teams that create the role with their infrastructure-as-code tool
 * rather than through this library's AWS adapter.
 *
 * <pre>{@code
 * String template = ExportFormat.CLOUDFORMATION.write(role, JsonStyle.PRETTY);
 * }</pre>
 */
public enum ExportFormat {
    /**
     * This library's JSON bundle: {@code roleName}, {@code path}, {@code description}, {@code maxSessionDuration}
     * (seconds), {@code trustPolicy}, {@code permissionPolicies} (inline policy name to document),
     * {@code managedPolicyArns}, {@code permissionsBoundary}, {@code tags} (key to value) and {@code findings}.
     * Absent scalars are {@code null}. {@code findings} holds the validator's findings on the role
     * ({@code severity}, {@code code}, {@code path}, {@code message}, {@code link}) when written with
     * {@link #jsonBundle(RoleSpec, ValidationResult, JsonStyle)}, and is empty otherwise.
     */
    JSON("json", role -> JsonBundle.of(role, ValidationResult.EMPTY), null),
    /**
     * An AWS CloudFormation template with one {@code AWS::IAM::Role} (logical id {@code RudderStackRole})
     * carrying its inline policies, and an output {@code RoleArn}. It also serves as a StackSet template to create
     * the role in many accounts (one stack instance per account: IAM is global, so two regions of one account
     * would collide on the role name). Deploying it needs {@code CAPABILITY_NAMED_IAM}.
     *
     * <p>{@linkplain #exportParameterized Parameterized}, one file {@value #CLOUDFORMATION_FILE}: the same role
     * with the workspace id, role name and destination values as {@code Parameters}, checked by CloudFormation
     * against the catalog's parameter types (see {@code StackSetTemplate}).
     */
    CLOUDFORMATION("cloudformation", CloudFormationTemplate::of,
            role -> Map.of(ExportFormat.CLOUDFORMATION_FILE, StackSetTemplate.of(role))),
    /**
     * A Terraform configuration in JSON syntax (save as {@code *.tf.json}): an {@code aws_iam_role}, one
     * {@code aws_iam_role_policy} per inline policy, one {@code aws_iam_role_policy_attachment} per managed policy,
     * and an output {@code role_arn}.
     *
     * <p>{@linkplain #exportParameterized Parameterized}: a module of three files ({@code variables.tf.json} with
     * a {@code validation} block per variable from the catalog's parameter types, {@code main.tf.json},
     * {@code outputs.tf.json}) called once per account (see {@code TerraformModule}).
     */
    TERRAFORM("terraform", TerraformConfig::of, TerraformModule::of);

    /** The file name of the parameterized CloudFormation template. */
    public static final String CLOUDFORMATION_FILE = "rudderstack-role.template.json";

    private final String id;
    private final Function<RoleSpec, Map<String, Object>> export;
    private final @Nullable Function<ParameterizedRole, Map<String, Map<String, Object>>> parameterized;

    ExportFormat(String id, Function<RoleSpec, Map<String, Object>> export,
            @Nullable Function<ParameterizedRole, Map<String, Map<String, Object>>> parameterized) {
        this.id = id;
        this.export = export;
        this.parameterized = parameterized;
    }

    /** {@return the format's name on the command line, such as {@code cloudformation}} */
    public String id() {
        return id;
    }

    /** {@return the export of {@code role} as JSON values (maps, lists, strings, numbers, policy documents)} */
    public Map<String, Object> export(RoleSpec role) {
        return export.apply(Objects.requireNonNull(role, "role"));
    }

    /** {@return the export of {@code role} as JSON text, laid out in {@code style}} */
    public String write(RoleSpec role, JsonStyle style) {
        return JsonValues.write(export(role), style);
    }

    /**
     * {@return the parameterized export of {@code role}: file name to its JSON values, one template for every
     * account of a fleet whose per-account values are parameters of the deployment tool}
     *
     * @throws IllegalArgumentException when the format has no parameterized form ({@link #JSON}), or a value given
     *     cannot be a parameter's default
     * @throws dev.rudderiam.catalog.DestinationParameterException when a destination's values are wrong
     */
    public Map<String, Map<String, Object>> exportParameterized(ParameterizedRole role) {
        Objects.requireNonNull(role, "role");
        if (parameterized == null) {
            throw new IllegalArgumentException("format '" + id + "' has no parameterized form: use "
                    + Arrays.stream(values()).filter(f -> f.parameterized != null).map(f -> f.id)
                            .collect(Collectors.joining(" or ")));
        }
        return parameterized.apply(role);
    }

    /** {@return the {@link #exportParameterized parameterized export} as file name to JSON text} */
    public Map<String, String> writeParameterized(ParameterizedRole role, JsonStyle style) {
        Map<String, String> files = new TreeMap<>();
        exportParameterized(role).forEach((name, json) -> files.put(name, JsonValues.write(json, style)));
        return files;
    }

    /**
     * {@return the {@link #JSON} bundle of {@code role} with {@code validation}'s findings in {@code findings}, as
     * JSON text, laid out in {@code style}}
     *
     * <pre>{@code
     * ValidationResult findings = RudderStackRole.validator(workspaceId).validate(role);
     * String bundle = ExportFormat.jsonBundle(role, findings, JsonStyle.PRETTY);
     * }</pre>
     */
    public static String jsonBundle(RoleSpec role, ValidationResult validation, JsonStyle style) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(validation, "validation");
        return JsonValues.write(JsonBundle.of(role, validation), style);
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

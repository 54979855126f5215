package dev.rudderiam.benchmarks;

import dev.rudderiam.catalog.DestinationTemplate;
import dev.rudderiam.catalog.Parameter;
import dev.rudderiam.catalog.ParameterType;
import dev.rudderiam.catalog.PolicyCatalog;
import dev.rudderiam.catalog.blueprint.PolicyLayout;
import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.minimize.PolicyMinimizer;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.role.RoleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the permission policy of every two-destination role the catalog composes (one combined inline policy,
 * required parameters set to sample values), as written and with its Sids removed, as {@code NAME.json}, with
 * rudder-iam's minimized form as
 * {@code NAME.rudder-iam.json}, for {@code benchmarks/cdk/compare.js} to set beside aws-cdk-lib's minimize.
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.rudderiam.benchmarks.CatalogRoles DIR}.
 */
public final class CatalogRoles {
    private CatalogRoles() {
    }

    /** Writes the policies into the directory named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/cdk/out");
        Files.createDirectories(dir);
        List<DestinationTemplate> destinations = PolicyCatalog.bundled().destinations();
        int written = 0;
        for (int i = 0; i < destinations.size(); i++) {
            for (int j = i + 1; j < destinations.size(); j++) {
                DestinationTemplate a = destinations.get(i);
                DestinationTemplate b = destinations.get(j);
                String name = a.id() + "+" + b.id();
                try {
                    RoleSpec role = RudderStackRole.builder().workspaceId("2Nk4t3WkHTGYzbTvG2zLXJXKNoF")
                            .roleName("rudderstack").policyLayout(PolicyLayout.COMBINED)
                            .destination(a.id(), sample(a)).destination(b.id(), sample(b)).build();
                    for (PolicyDocument policy : role.inlinePolicies().values()) {
                        write(dir, name, policy);
                        write(dir, name + "-without-sids", withoutSids(policy));
                        written += 2;
                    }
                } catch (IllegalArgumentException e) {
                    System.err.println("skipped " + name + ": " + e.getMessage());
                }
            }
        }
        write(dir, "benchmark-100-statements", MinimizerBenchmark.hundredStatements());
        System.err.println("wrote " + (written + 1) + " policies to " + dir);
    }

    private static void write(Path dir, String name, PolicyDocument policy) throws IOException {
        Files.writeString(dir.resolve(name + ".json"), PolicyJson.write(policy, JsonStyle.PRETTY));
        Files.writeString(dir.resolve(name + ".rudder-iam.json"),
                PolicyJson.write(PolicyMinimizer.minimize(policy), JsonStyle.PRETTY));
    }

    /** Both minimizers leave statements with a Sid alone; without Sids they may merge. */
    private static PolicyDocument withoutSids(PolicyDocument policy) {
        PolicyDocument.Builder b = policy.toBuilder().statements(List.of());
        policy.statements().forEach(s -> b.addStatement(s.toBuilder().without(StatementElement.SID).build()));
        return b.build();
    }

    /** Required parameters with sample values; names derive from the destination so two never coincide. */
    static Map<String, String> sample(DestinationTemplate destination) {
        Map<String, String> values = new LinkedHashMap<>();
        String stem = destination.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        for (Parameter parameter : destination.parameters()) {
            if (parameter.required()) {
                values.put(parameter.name(), sample(parameter, stem));
            }
        }
        return values;
    }

    private static String sample(Parameter parameter, String stem) {
        ParameterType type = parameter.type();
        switch (type) {
            case S3_BUCKET: return "acme-" + stem;
            case S3_PREFIX: return "rudder/" + stem;
            case AWS_REGION: return "us-east-1";
            case ACCOUNT_ID: return "123456789012";
            case KINESIS_STREAM: case FIREHOSE_DELIVERY_STREAM: case LAMBDA_FUNCTION: return stem + "-events";
            case EVENT_BUS: return "default";
            case CHOICE: return parameter.choices().get(0);
            case BOOLEAN: return "true";
            case KMS_KEY_ARN: return "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
            case PERSONALIZE_DATASET_ARN: return "arn:aws:personalize:us-east-1:123456789012:dataset/rudder/INTERACTIONS";
            case REDSHIFT_CLUSTER: return "analytics";
            case REDSHIFT_DATABASE: return "dev";
            case REDSHIFT_USER: return "rudder";
            case REDSHIFT_WORKGROUP_ID: return "01234567-89ab-cdef-0123-456789abcdef";
            case GLUE_DATABASE: return "rudder_events";
            case IAM_USER_ARN: return "arn:aws:iam::123456789012:user/snowflake";
            case EXTERNAL_ID: return "SF_EXT_ID_1";
            default: throw new IllegalArgumentException("no sample for parameter type " + type);
        }
    }
}

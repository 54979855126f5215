package dev.rudderiam.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data: for a template, every combination of its optional parameters (absent, or each choice and boolean
 * value, or one example value) whose requirements hold, with the required parameters always given.
 */
public final class CatalogVariants {
    private static final Map<ParameterType, String> EXAMPLES = new EnumMap<>(ParameterType.class);

    static {
        EXAMPLES.put(ParameterType.S3_BUCKET, "acme-events");
        EXAMPLES.put(ParameterType.S3_PREFIX, "snowflake/stage");
        EXAMPLES.put(ParameterType.AWS_REGION, "eu-west-1");
        EXAMPLES.put(ParameterType.ACCOUNT_ID, "123456789012");
        EXAMPLES.put(ParameterType.KINESIS_STREAM, "events");
        EXAMPLES.put(ParameterType.FIREHOSE_DELIVERY_STREAM, "tracks,identifies");
        EXAMPLES.put(ParameterType.EVENT_BUS, "rudder-bus");
        EXAMPLES.put(ParameterType.LAMBDA_FUNCTION, "ingest-events");
        EXAMPLES.put(ParameterType.KMS_KEY_ARN, "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        EXAMPLES.put(ParameterType.PERSONALIZE_DATASET_ARN,
                "arn:aws:personalize:eu-west-1:123456789012:dataset/shop/USERS");
        EXAMPLES.put(ParameterType.REDSHIFT_CLUSTER, "analytics-1");
        EXAMPLES.put(ParameterType.REDSHIFT_DATABASE, "dev");
        EXAMPLES.put(ParameterType.REDSHIFT_USER, "rudder");
        EXAMPLES.put(ParameterType.REDSHIFT_WORKGROUP_ID, "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b");
        EXAMPLES.put(ParameterType.GLUE_DATABASE, "rudder_events");
        EXAMPLES.put(ParameterType.IAM_USER_ARN, "arn:aws:iam::210987654321:user/abc1-s-v2st1234");
        EXAMPLES.put(ParameterType.EXTERNAL_ID, "MYACCOUNT_SFCRole=2_abcdefg=");
    }

    private CatalogVariants() {
    }

    /** Every combination of optional parameters (absent, or each of its values) whose requirements hold. */
    public static List<Map<String, String>> of(DestinationTemplate template) {
        List<Map<String, String>> variants = new ArrayList<>();
        variants.add(new LinkedHashMap<>());
        for (Parameter parameter : template.parameters()) {
            List<String> values = new ArrayList<>();
            if (parameter.type() == ParameterType.CHOICE) {
                values.addAll(parameter.choices());
            } else if (parameter.type() == ParameterType.BOOLEAN) {
                values.addAll(List.of("true", "false"));
            } else {
                values.add(EXAMPLES.get(parameter.type()));
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> variant : variants) {
                if (!parameter.required()) {
                    next.add(variant);
                }
                for (String value : values) {
                    Map<String, String> copy = new LinkedHashMap<>(variant);
                    copy.put(parameter.name(), value);
                    next.add(copy);
                }
            }
            variants = next;
        }
        variants.removeIf(variant -> !requirementsHold(template, variant));
        return variants;
    }

    private static boolean requirementsHold(DestinationTemplate template, Map<String, String> values) {
        return values.keySet().stream().allMatch(name -> template.parameter(name).orElseThrow().requires().stream()
                .allMatch(other -> values.containsKey(other)
                        || template.parameter(other).orElseThrow().defaultValue() != null));
    }
}

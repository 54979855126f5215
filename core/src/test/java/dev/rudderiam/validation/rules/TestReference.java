package dev.rudderiam.validation.rules;

import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ActionInfo.ResourceTypeUse;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small service reference with facts copied from the Service Authorization Reference for S3, IAM and others
 * ({@link #INSTANCE}); a test that needs its own services makes them a reference with {@link ServiceReference#of}.
 */
final class TestReference {
    private static final List<String> TAG_KEYS = List.of("aws:ResourceTag/${TagKey}");

    static final ServiceReference INSTANCE = ServiceReference.of(
            new ServiceInfo("s3", actions(
                    action("GetObject", "Read", "object"), action("PutObject", "Write", "object"),
                    action("PutObjectAcl", "Permissions management", "object"), action("ListBucket", "List", "bucket"),
                    action("ListAllMyBuckets", "List")),
                    Map.of("bucket", new ResourceTypeInfo("bucket", "arn:${Partition}:s3:::${BucketName}", List.of()),
                            "object", new ResourceTypeInfo("object",
                                    "arn:${Partition}:s3:::${BucketName}/${ObjectName}", List.of())),
                    Map.of("s3:prefix", "String", "s3:DataAccessPointArn", "ARN", "s3:max-keys", "Numeric")),
            new ServiceInfo("iam", actions(action("PassRole", "Write", "role"),
                    action("CreateServiceLinkedRole", "Write", "role"), action("ListRoles", "List")),
                    Map.of("role", new ResourceTypeInfo("role",
                            "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}", TAG_KEYS)),
                    Map.of("iam:PassedToService", "String", "iam:AWSServiceName", "String")),
            new ServiceInfo("events", actions(action("PutRule", "Write", "rule")),
                    Map.of("rule", new ResourceTypeInfo("rule",
                            "arn:${Partition}:events:${Region}:${Account}:rule/${RuleName}", TAG_KEYS)),
                    Map.of("events:source", "ArrayOfString")),
            new ServiceInfo("secretsmanager", actions(action("GetSecretValue", "Read", "Secret")),
                    Map.of("Secret", new ResourceTypeInfo("Secret",
                            "arn:${Partition}:secretsmanager:${Region}:${Account}:secret:${SecretId}", TAG_KEYS)),
                    Map.of("secretsmanager:ResourceTag/tag-key", "String")),
            new ServiceInfo("sts", actions(action("AssumeRole", "Write", "role")),
                    Map.of("role", new ResourceTypeInfo("role",
                            "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}", List.of())),
                    Map.of("sts:ExternalId", "String")));

    private TestReference() {
    }

    private static Map<String, ActionInfo> actions(ActionInfo... actions) {
        Map<String, ActionInfo> map = new LinkedHashMap<>();
        for (ActionInfo action : actions) {
            map.put(action.name(), action);
        }
        return map;
    }

    private static ActionInfo action(String name, String level, String... types) {
        return new ActionInfo(name, level,
                java.util.Arrays.stream(types).map(t -> new ResourceTypeUse(t, true)).toList(), List.of());
    }
}

package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleDescription;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.Tag;
import java.util.HashMap;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Sample specs, and the check that a stored role is exactly (semantically) what a spec asks, written apart. */
final class Roles {
    static final String WORKSPACE = "2AbCdEfGhIjKlMnOpQrStUvWxYz";
    static final Arn READ_ONLY = Arn.parse("arn:aws:iam::aws:policy/ReadOnlyAccess");
    static final Arn BOUNDARY = Arn.parse("arn:aws:iam::aws:policy/PowerUserAccess");

    private Roles() {
    }

    static PolicyDocument s3Write(String bucket) {
        return PolicyDocument.builder().version(PolicyDocument.VERSION_2012_10_17)
                .addStatement(Statement.builder().effect(Effect.ALLOW).addAction("s3:PutObject")
                        .addAction("s3:GetObject").addResource("arn:aws:s3:::" + bucket + "/*").build())
                .build();
    }

    /** RudderStack's role for an S3 destination: trust, one inline policy, a tag. */
    static RoleSpec s3Destination(String name) {
        return RoleSpec.builder().name(name).trustPolicy(RudderStack.trustPolicy(WORKSPACE))
                .inlinePolicy(PolicyName.of("s3-write"), s3Write("events-bucket"))
                .tag(Tag.of("owner", "data-platform"))
                .build();
    }

    /** A spec using every attribute. */
    static RoleSpec full(String name) {
        return s3Destination(name).toBuilder().path(dev.rudderiam.role.IamPath.of("/rudder/"))
                .description(RoleDescription.of("RudderStack destinations"))
                .addManagedPolicyArn(READ_ONLY).permissionsBoundary(BOUNDARY)
                .maxSessionDuration(dev.rudderiam.role.MaxSessionDuration.ofSeconds(7200))
                .build();
    }

    /** Asserts that {@code stored} is what {@code spec} asks, comparing documents semantically. */
    static void assertMatches(RoleSpec spec, InProcessIam.StoredRole stored) {
        assertEquals(spec.name().value(), stored.name, "name");
        assertEquals(spec.path().value(), stored.path, "path");
        assertTrue(PolicyJson.read(stored.trust).semanticallyEquals(spec.trustPolicy()), "trust policy");
        String description = spec.description() == null ? "" : spec.description().value();
        assertEquals(description.isEmpty() ? null : description, stored.description, "description (empty is none)");
        assertEquals(spec.maxSessionDuration().seconds(), stored.maxSession, "max session");
        assertEquals(spec.permissionsBoundary() == null ? null : spec.permissionsBoundary().toString(),
                stored.boundary, "boundary");
        assertEquals(spec.managedPolicyArns().stream().map(Arn::toString).collect(Collectors.toSet()),
                Set.copyOf(stored.attached), "managed policies");
        assertEquals(spec.inlinePolicies().keySet().stream().map(PolicyName::value).collect(Collectors.toSet()),
                stored.inline.keySet(), "inline policy names");
        spec.inlinePolicies().forEach((name, document) -> assertTrue(
                PolicyJson.read(stored.inline.get(name.value())).semanticallyEquals(document), "inline " + name));
        assertEquals(folded(spec.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value))),
                folded(stored.tags), "tags");
    }

    private static Map<String, String> folded(Map<String, String> tags) {
        Map<String, String> folded = new HashMap<>();
        tags.forEach((key, value) -> folded.put(key.toLowerCase(Locale.ROOT), value));
        return folded;
    }

    static List<String> writes(InProcessIam iam) {
        return iam.log().stream().filter(op -> !op.startsWith("Get") && !op.startsWith("List"))
                .collect(Collectors.toList());
    }

    /** {@return a role state as IAM would report it, in account 123456789012, from plain values} */
    static RoleState state(String name, String path, PolicyDocument trust, Map<String, PolicyDocument> inline,
            List<String> managed, @org.jspecify.annotations.Nullable String boundary, Map<String, String> tags) {
        Map<PolicyName, PolicyDocument> policies = new java.util.LinkedHashMap<>();
        inline.forEach((policy, document) -> policies.put(PolicyName.of(policy), document));
        return new RoleState(dev.rudderiam.role.RoleName.of(name), dev.rudderiam.role.IamPath.of(path),
                Arn.parse("arn:aws:iam::" + InProcessIam.ACCOUNT + ":role" + path + name), "AROAEXAMPLE", null, trust,
                policies, managed.stream().map(Arn::parse).collect(Collectors.toList()),
                boundary == null ? null : Arn.parse(boundary), tags,
                dev.rudderiam.role.MaxSessionDuration.DEFAULT);
    }
}

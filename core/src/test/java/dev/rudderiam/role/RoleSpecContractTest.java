package dev.rudderiam.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.PolicyDocument;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The value contract of {@link RoleSpec} and its attribute types: a spec equals exactly the specs with the same
 * attributes, survives {@link RoleSpec#toBuilder()} whole, refuses null entries by name, and error messages quote
 * a value whole up to 80 characters.
 */
class RoleSpecContractTest {
    private static final PolicyDocument TRUST = RudderStack.trustPolicy("ws1");
    private static final Arn READ_ONLY = Arn.parse("arn:aws:iam::aws:policy/ReadOnlyAccess");

    private static RoleSpec.Builder full() {
        return RoleSpec.builder().name("RudderStack").path(IamPath.of("/rudder/"))
                .description(RoleDescription.of("delivers events")).trustPolicy(TRUST)
                .inlinePolicy(PolicyName.of("s3"), TRUST).addManagedPolicyArn(READ_ONLY)
                .permissionsBoundary(Arn.parse("arn:aws:iam::123456789012:policy/Boundary"))
                .tag(Tag.of("team", "data")).maxSessionDuration(MaxSessionDuration.ofSeconds(7200));
    }

    @Test
    void aSpecEqualsOnlySpecsWithTheSameAttributes() {
        RoleSpec spec = full().build();
        assertEquals(spec, full().build());
        assertEquals(spec.hashCode(), full().build().hashCode());
        assertNotEquals(spec, "RudderStack");
        assertNotEquals(spec, full().name("Other").build());
        assertNotEquals(spec, full().path(IamPath.of("/other/")).build());
        assertNotEquals(spec, full().description(null).build());
        assertNotEquals(spec, full().trustPolicy(RudderStack.trustPolicy("ws2")).build());
        assertNotEquals(spec, full().inlinePolicies(Map.of()).build());
        assertNotEquals(spec, full().managedPolicyArns(List.of()).build());
        assertNotEquals(spec, full().permissionsBoundary(null).build());
        assertNotEquals(spec, full().tags(List.of()).build());
        assertNotEquals(spec, full().maxSessionDuration(MaxSessionDuration.ofSeconds(3600)).build());
    }

    @Test
    void toBuilderKeepsEveryAttribute() {
        RoleSpec spec = full().build();
        RoleSpec copy = spec.toBuilder().build();
        assertEquals(spec, copy);
        assertEquals(Map.of(PolicyName.of("s3"), TRUST), copy.inlinePolicies());
        assertEquals(List.of(Tag.of("team", "data")), copy.tags());
        assertEquals(RoleDescription.of("delivers events"), copy.description());
    }

    @Test
    void inlinePoliciesReplacesTheInlinePoliciesInTheGivenOrder() {
        Map<PolicyName, PolicyDocument> two = new LinkedHashMap<>();
        two.put(PolicyName.of("b"), TRUST);
        two.put(PolicyName.of("a"), TRUST);
        RoleSpec spec = full().inlinePolicies(two).build();
        assertEquals(List.of(PolicyName.of("b"), PolicyName.of("a")), List.copyOf(spec.inlinePolicies().keySet()));
    }

    @Test
    void nullEntriesAreRefusedByName() {
        NullPointerException arn = assertThrows(NullPointerException.class,
                () -> RoleSpec.builder().managedPolicyArns(Arrays.asList(READ_ONLY, null)));
        assertEquals("managed policy ARN", arn.getMessage());
        NullPointerException tag = assertThrows(NullPointerException.class,
                () -> RoleSpec.builder().tags(Arrays.asList(Tag.of("a", "b"), null)));
        assertEquals("tag", tag.getMessage());
    }

    @Test
    void theLaterOfTwoTagsWithTheSameKeyIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> full()
                .tags(List.of(Tag.of("team", "a"), Tag.of("cost", "b"), Tag.of("Team", "c"))).build());
        assertTrue(e.getMessage().startsWith("tag key 'Team' is invalid: it repeats 'team'"), e.getMessage());
    }

    @Test
    void messagesQuoteAValueWholeUpTo80Characters() {
        String eighty = "r".repeat(80);
        IllegalArgumentException whole = assertThrows(IllegalArgumentException.class, () -> RoleName.of(eighty));
        assertTrue(whole.getMessage().startsWith("role name '" + eighty + "' is invalid: it has 80 characters"),
                whole.getMessage());
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class, () -> RoleName.of(eighty + "r"));
        assertTrue(cut.getMessage().startsWith("role name '" + "r".repeat(77) + "...' is invalid: it has 81 characters"),
                cut.getMessage());
    }

    @Test
    void attributeValuesPrintAsTheirText() {
        assertEquals("/rudder/", IamPath.of("/rudder/").toString());
        assertEquals("s3", PolicyName.of("s3").toString());
        assertEquals("delivers events", RoleDescription.of("delivers events").toString());
        assertTrue(full().build().toString().contains("name=RudderStack"), full().build().toString());
    }
}

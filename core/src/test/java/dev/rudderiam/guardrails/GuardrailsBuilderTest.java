package dev.rudderiam.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Resource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardrailsBuilderTest {
    private static PolicyDocument allow(String action) {
        return PolicyDocument.builder()
                .addStatement(s -> s.effect(Effect.ALLOW).addAction(action).addResource(Resource.ALL)).build();
    }

    private static final PolicyDocument A = allow("s3:GetObject");
    private static final PolicyDocument B = allow("s3:PutObject");
    private static final String KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void addingGuardrailsPutsTheirLevelsAfterThoseAlreadyGivenAndKeepsEveryPolicy() {
        Guardrails read = Guardrails.builder().scp("r-ab12", "read root", A).scp("111122223333", "read account", B)
                .rcp("r-ab12", "read rcp", A).bucketPolicy("events", "read bucket", A).keyPolicy(KEY, "read key", B)
                .organizationId("o-a1b2c3d4e5").build();
        Guardrails merged = Guardrails.builder().scp("r-ab12", "file root", B).bucketPolicy("other", "file bucket", B)
                .sessionPolicy("session file", A).add(read).build();

        assertEquals(List.of("r-ab12", "111122223333"), List.copyOf(merged.scps().keySet()));
        assertEquals(List.of("file root", "read root"),
                merged.scps().get("r-ab12").stream().map(Guardrails.Named::name).toList());
        assertEquals(List.of("read rcp"), merged.rcps().get("r-ab12").stream().map(Guardrails.Named::name).toList());
        assertEquals(List.of("other", "events"), List.copyOf(merged.bucketPolicies().keySet()));
        assertEquals(new Guardrails.Named("read key", B), merged.keyPolicies().get(KEY));
        assertEquals(Optional.of(new Guardrails.Named("session file", A)), merged.sessionPolicy());
        assertEquals(Optional.of("o-a1b2c3d4e5"), merged.organizationId());
    }

    @Test
    void whatTheAddedGuardrailsDoNotHaveLeavesTheBuildersOwn() {
        Guardrails merged = Guardrails.builder().organizationId("o-a1b2c3d4e5").managementAccount(true)
                .sessionPolicy("mine", A).add(Guardrails.none()).build();

        assertEquals(Optional.of("o-a1b2c3d4e5"), merged.organizationId());
        assertTrue(merged.managementAccount());
        assertEquals(Optional.of(new Guardrails.Named("mine", A)), merged.sessionPolicy());
    }

    @Test
    void theAddedManagementAccountFlagAndSessionPolicyCarryOver() {
        Guardrails merged = Guardrails.builder()
                .add(Guardrails.builder().managementAccount(true).sessionPolicy("theirs", B).build()).build();

        assertTrue(merged.managementAccount());
        assertEquals(Optional.of(new Guardrails.Named("theirs", B)), merged.sessionPolicy());
    }

    @Test
    void aBucketWithAPolicyOnBothSidesIsRefused() {
        Guardrails.Builder builder = Guardrails.builder().bucketPolicy("events", "file", A);
        Guardrails read = Guardrails.builder().bucketPolicy("events", "read", B).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.add(read));
        assertEquals("bucket policy of bucket 'events' is given twice: a bucket policy is one document", e.getMessage());
    }
}

package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.arn.Partition;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import dev.rudderiam.role.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/** The code of the README (adapter section), run against the in-process IAM. */
class ReadmeExampleTest {

    /** README: "Create or update the role". */
    static ApplyResult applyRudderRole(IamClient iam) {
        RoleSpec spec = RoleSpec.builder()
                .name("rudderstack-s3")
                .trustPolicy(RudderStack.trustPolicy("2AbCdEfGhIjKlMnOpQrStUvWxYz"))
                .inlinePolicy(PolicyName.of("s3-write"), PolicyJson.read("""
                        {"Version": "2012-10-17",
                         "Statement": [{"Effect": "Allow", "Action": "s3:PutObject",
                                        "Resource": "arn:aws:s3:::my-events/*"}]}"""))
                .tag(Tag.of("owner", "data-platform"))
                .build();
        RoleManager roles = RoleManager.builder(iam)
                .retryBudget(RetryBudget.DEFAULT)   // IAM's propagation cases, about two minutes at most
                .keepPartial(false)                 // the default: undo a half-made role
                .build();
        Plan plan = roles.plan(spec);               // read calls only
        System.out.print(plan.toText());
        ApplyResult result = roles.apply(plan);     // that plan, or no write if the role changed since
        System.out.println(result.roleArn().orElseThrow() + " " + result.calls());
        return result;
    }

    @Test
    void theReadmeExampleCreatesThenLeavesTheRoleAlone() {
        InProcessIam iam = new InProcessIam();

        ApplyResult created = applyRudderRole(iam);
        ApplyResult again = applyRudderRole(iam);

        assertEquals(ApplyResult.Outcome.CREATED, created.outcome());
        assertEquals(new CallCounts(1, 2), created.calls());
        assertEquals(ApplyResult.Outcome.UNCHANGED, again.outcome());
        assertEquals(new CallCounts(4, 0), again.calls());
        assertTrue(RoleManager.builder(iam).build().delete(RoleName.of("rudderstack-s3")).existed());
    }

    @Test
    void theReadmeClientLinesBuildWithoutCallingAws() {
        try (IamClient iam = IamClient.builder().region(IamRegions.forPartition(Partition.AWS)).build()) {
            assertEquals("iam", iam.serviceName());
        }
        assertEquals(Region.AWS_CN_GLOBAL, IamRegions.forRegion(Region.CN_NORTHWEST_1));
        assertEquals(Region.AWS_US_GOV_GLOBAL, IamRegions.forPartition(Partition.AWS_US_GOV));
        assertEquals(Region.AWS_GLOBAL, IamRegions.forRegion(Region.EU_WEST_1));
    }
}

package dev.rudderiam.role;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalId;
import dev.rudderiam.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a role trust policy whose first statement trusts RudderStack's account with the workspace id as external
 * id, followed by one statement per further trusted party (for example a Snowflake storage integration's IAM user
 * with its own external id). Each party gets its own statement because all principals of one statement share its
 * conditions.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html">Access
 *     to AWS accounts owned by third parties</a>
 */
public final class TrustPolicyBuilder {
    private static final String ASSUME_ROLE = "sts:AssumeRole";

    private final ExternalId workspaceId;
    private final List<Statement> extraStatements = new ArrayList<>();

    TrustPolicyBuilder(ExternalId workspaceId) {
        this.workspaceId = workspaceId;
    }

    /**
     * Adds a statement letting {@code principal} (an IAM ARN, such as an IAM user's) assume the role when it
     * passes {@code externalId}.
     */
    public TrustPolicyBuilder trust(Arn principal, ExternalId externalId) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(externalId, "external id");
        extraStatements.add(assumeRoleStatement(PrincipalId.aws(principal), externalId));
        return this;
    }

    /** Adds a statement of the caller's own making, such as one trusting an AWS service. */
    public TrustPolicyBuilder addStatement(Statement statement) {
        extraStatements.add(Objects.requireNonNull(statement, "statement"));
        return this;
    }

    /** {@return the trust policy} */
    public PolicyDocument build() {
        PolicyDocument.Builder document = PolicyDocument.builder().addStatement(assumeRoleStatement(
                PrincipalId.account(RudderStack.ACCOUNT_ID, RudderStack.PARTITION), workspaceId));
        extraStatements.forEach(document::addStatement);
        return document.build();
    }

    private static Statement assumeRoleStatement(PrincipalId principal, ExternalId externalId) {
        return Statement.builder()
                .effect(Effect.ALLOW)
                .principal(Principal.of(principal))
                .addAction(ASSUME_ROLE)
                .condition(Condition.builder()
                        .add(ConditionOperator.STRING_EQUALS, ConditionKey.STS_EXTERNAL_ID,
                                ConditionValue.of(externalId.value()))
                        .build())
                .build();
    }
}

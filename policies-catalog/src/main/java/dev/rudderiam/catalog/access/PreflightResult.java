package dev.rudderiam.catalog.access;

import dev.rudderiam.eval.Decision;
import java.util.List;
import java.util.Objects;

/**
 * The answer for one request RudderStack makes: which destination and call, who asks what on which resource, the
 * decision (the least favourable over every egress address), the statements that decided it, the egress
 * addresses it is denied from, and the smallest fix in one line.
 *
 * @param destination the destination id, or {@code ROLE} for the {@code sts:AssumeRole} that comes first
 * @param operation the API operation, such as {@code PutObject}
 * @param action the IAM action, such as {@code s3:PutObject}
 * @param principal who makes the request
 * @param resource the resource ARN
 * @param decision the decision
 * @param statements the deciding statements, as labels naming the policy kind, level and statement, with the name
 *     the policy was given (such as {@code rcp@root[0].Statement[0](EnforceOrgIdentities) in data-perimeter.json})
 * @param reason the evaluator's one-line reason
 * @param deniedFrom the egress addresses the request is denied from; every address when the denial does not depend
 *     on it
 * @param fix what to change, naming the policy and statement; empty when allowed
 * @param assumptions what this request assumes where RudderStack's behaviour is not documented; may be empty
 */
public record PreflightResult(String destination, String operation, String action, String principal,
        String resource, Decision decision, List<String> statements, String reason, List<String> deniedFrom,
        String fix, List<String> assumptions) {

    /** Checks for nulls and copies the lists. */
    public PreflightResult {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(decision, "decision");
        statements = List.copyOf(statements);
        Objects.requireNonNull(reason, "reason");
        deniedFrom = List.copyOf(deniedFrom);
        Objects.requireNonNull(fix, "fix");
        assumptions = List.copyOf(assumptions);
    }

    /** {@return whether the request is allowed from every egress address} */
    public boolean allowed() {
        return decision == Decision.ALLOWED;
    }
}

package dev.rudderiam.catalog.access;

import dev.rudderiam.eval.Decision;
import dev.rudderiam.eval.Evaluation;
import dev.rudderiam.eval.Request;
import dev.rudderiam.eval.StatementRef;
import dev.rudderiam.role.RudderStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The smallest change that lets a denied request through, in one line naming the policy and the statement: for an
 * explicit deny, the first deny statement (exempt RudderStack's account or the role, or add the missing egress
 * addresses); for an implicit deny, the layer that did not allow (attach an SCP, name the role in the key policy,
 * grant the action).
 */
final class Fixes {
    /** Names the policy a statement belongs to. */
    interface PolicyNames {
        String name(StatementRef ref, String resource);
    }

    private Fixes() {
    }

    static String fix(Evaluation answer, Request request, List<String> deniedFrom, List<String> addresses,
            PolicyNames names, String roleArn) {
        String what = request.action() + " on " + request.resource();
        boolean someAddresses = deniedFrom.size() < addresses.size();
        List<String> allowedFrom = new ArrayList<>(addresses);
        allowedFrom.removeAll(deniedFrom);
        if (answer.decision() == Decision.EXPLICITLY_DENIED) {
            StatementRef deny = answer.statements().get(0);
            String where = statement(deny) + " of " + names.name(deny, request.resource());
            if (someAddresses) {
                return "add RudderStack's egress addresses " + deniedFrom + " beside " + allowedFrom
                        + " to the aws:SourceIp condition of " + where;
            }
            boolean rudderStack = request.principal().equals(RudderStackAccess.RUDDERSTACK_PRINCIPAL);
            switch (deny.source()) {
                case IDENTITY:
                case BOUNDARY:
                case SESSION:
                    return "take " + what + " out of the Deny " + where;
                default:
                    return rudderStack
                            ? "exempt aws:PrincipalAccount " + RudderStack.ACCOUNT + " (RudderStack, with the"
                                    + " sts:ExternalId condition of the trust policy) in " + where
                            : "exempt the role (aws:PrincipalArn " + roleArn + ") from " + where + ", which denies "
                                    + what;
            }
        }
        Evaluation.Layer unmet = answer.unmet();
        StatementRef.Source source = unmet == null ? StatementRef.Source.IDENTITY : unmet.source();
        if (someAddresses) {
            return "allow RudderStack's egress addresses " + deniedFrom + " beside " + allowedFrom + " in the "
                    + source.label() + " policy that grants " + what;
        }
        switch (source) {
            case SCP:
                // an SCP layer is the source only when unmet names it
                return "attach an SCP at " + Objects.requireNonNull(unmet).level() + " that allows " + request.action()
                        + " (FullAWSAccess, or an Allow statement for it)";
            case KEY_POLICY:
                return "add the role to the key policy of " + request.resource() + ": a statement allowing "
                        + request.action() + " to {\"AWS\":\"" + roleArn + "\"}, or the statement that lets IAM"
                        + " policies of the key's account grant use";
            case RESOURCE:
                return request.resource().equals(roleArn)
                        ? "let the trust policy of " + roleArn + " allow sts:AssumeRole to " + RudderStack.ACCOUNT
                                + " with the workspace id as sts:ExternalId (rudder-iam trust-policy writes it)"
                        : "allow " + what + " to " + roleArn + " in the resource's policy (cross-account access needs"
                                + " both sides)";
            case BOUNDARY:
                return "allow " + what + " in the permissions boundary";
            case SESSION:
                return "allow " + what + " in the session policy";
            default:
                return "grant " + what + " in the role's policies (build the role with this destination)";
        }
    }

    /** {@return {@code Statement[i](Sid)} of a statement reference} */
    private static String statement(StatementRef ref) {
        return "statement " + (ref.sid() != null ? ref.sid() : "#" + ref.statement());
    }
}

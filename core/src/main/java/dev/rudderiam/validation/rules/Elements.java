package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.StatementElement;
import java.util.Set;

/** The sets of statement elements rules inspect ({@link dev.rudderiam.validation.PolicyRule#inspects()}). */
final class Elements {
    static final Set<StatementElement> SID = Set.of(StatementElement.SID);
    static final Set<StatementElement> PRINCIPAL = Set.of(StatementElement.PRINCIPAL);
    static final Set<StatementElement> NOT_PRINCIPAL = Set.of(StatementElement.NOT_PRINCIPAL);
    static final Set<StatementElement> PRINCIPALS = Set.of(StatementElement.PRINCIPAL, StatementElement.NOT_PRINCIPAL);
    static final Set<StatementElement> ACTIONS = Set.of(StatementElement.ACTION, StatementElement.NOT_ACTION);
    static final Set<StatementElement> RESOURCE = Set.of(StatementElement.RESOURCE);
    static final Set<StatementElement> RESOURCES = Set.of(StatementElement.RESOURCE, StatementElement.NOT_RESOURCE);
    /** Resources and principals: the elements holding ARNs. */
    static final Set<StatementElement> ARNS = Set.of(StatementElement.RESOURCE, StatementElement.NOT_RESOURCE,
            StatementElement.PRINCIPAL);
    static final Set<StatementElement> CONDITION = Set.of(StatementElement.CONDITION);

    private Elements() {
    }
}

package dev.rudderiam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * The appending and {@code Consumer} builder forms make the same values as the replacing forms, checked against an
 * oracle that groups principals and condition clauses by hand rather than through the builders under test.
 */
@Domain(DomainContext.Global.class)
@Domain(PolicyDomain.class)
class BuilderFormsProperties {
    private static final PolicyDomain DOMAIN = new PolicyDomain();

    /** A document built with {@code addStatement(Consumer)} equals the one built from finished statements. */
    @Property
    void consumerFormEqualsStatementForm(@ForAll @Size(max = 4) List<Statement> statements,
            @ForAll boolean[] useConsumer) {
        PolicyDocument.Builder mixed = PolicyDocument.builder();
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            if (i < useConsumer.length && useConsumer[i]) {
                mixed.addStatement(builder -> copyInto(statement, builder));
            } else {
                mixed.addStatement(statement);
            }
        }
        assertEquals(PolicyDocument.builder().statements(statements).build(), mixed.build());
    }

    /** Adding principal ids one by one equals the set grouped by type in order of first appearance. */
    @Property
    void addPrincipalEqualsGroupedSet(@ForAll("principalIds") List<PrincipalId> ids, @ForAll boolean not) {
        Statement.Builder stepwise = Statement.builder().effect(Effect.ALLOW);
        for (PrincipalId id : ids) {
            if (not) {
                stepwise.addNotPrincipal(id.type(), id.value());
            } else {
                stepwise.addPrincipal(id);
            }
        }
        Map<PrincipalType, List<String>> grouped = new LinkedHashMap<>();
        ids.forEach(id -> grouped.computeIfAbsent(id.type(), t -> new ArrayList<>()).add(id.value()));
        Statement.Builder whole = Statement.builder().effect(Effect.ALLOW);
        if (not) {
            whole.notPrincipal(new PrincipalSet(grouped));
        } else {
            whole.principal(new PrincipalSet(grouped));
        }
        assertEquals(whole.build(), stepwise.build());
    }

    /** Adding conditions clause by clause equals the condition grouped by operator, then key, in written order. */
    @Property
    void addConditionEqualsGroupedCondition(@ForAll("clauses") List<ConditionClause> clauses) {
        Statement.Builder stepwise = Statement.builder().effect(Effect.DENY);
        Map<ConditionOperator, Map<ConditionKey, List<ConditionValue>>> grouped = new LinkedHashMap<>();
        for (ConditionClause clause : clauses) {
            stepwise.addCondition(clause.operator(), clause.key(), clause.values().toArray(new ConditionValue[0]));
            grouped.computeIfAbsent(clause.operator(), o -> new LinkedHashMap<>())
                    .computeIfAbsent(clause.key(), k -> new ArrayList<>()).addAll(clause.values());
        }
        assertEquals(Statement.builder().effect(Effect.DENY).condition(new Condition(grouped)).build(),
                stepwise.build());
    }

    /** Each appending form equals the replacing form given the same entries, typed and string forms alike. */
    @Property
    void addFormsEqualReplacingForms(@ForAll("actionLists") List<Action> actions,
            @ForAll("resourceLists") List<Resource> resources, @ForAll boolean strings) {
        Statement.Builder stepwise = Statement.builder().effect(Effect.ALLOW);
        for (Action action : actions) {
            if (strings) {
                stepwise.addNotAction(action.value());
            } else {
                stepwise.addNotAction(action);
            }
        }
        for (Resource resource : resources) {
            if (strings) {
                stepwise.addNotResource(resource.value());
            } else {
                stepwise.addNotResource(resource);
            }
        }
        assertEquals(Statement.builder().effect(Effect.ALLOW).notActions(actions).notResources(resources).build(),
                stepwise.build());
    }

    /** The string form of {@code addCondition} equals the typed form with string values. */
    @Property
    void stringConditionFormEqualsTypedForm(@ForAll("operators") ConditionOperator operator,
            @ForAll("keys") ConditionKey key, @ForAll("textLists") List<String> values) {
        List<ConditionValue> typed = new ArrayList<>();
        values.forEach(value -> typed.add(ConditionValue.of(value)));
        assertEquals(
                Statement.builder().effect(Effect.ALLOW)
                        .addCondition(operator, key, typed.toArray(new ConditionValue[0])).build(),
                Statement.builder().effect(Effect.ALLOW)
                        .addCondition(operator.name(), key.name(), values.toArray(new String[0])).build());
    }

    /** Fills {@code builder} with every element of {@code statement}, element by element. */
    private static Statement.Builder copyInto(Statement statement, Statement.Builder builder) {
        builder.sid(statement.sid()).effect(statement.effect());
        builder.principal(statement.principal()).notPrincipal(statement.notPrincipal());
        if (statement.has(StatementElement.ACTION)) {
            builder.actions(statement.actions());
        }
        if (statement.has(StatementElement.NOT_ACTION)) {
            builder.notActions(statement.notActions());
        }
        if (statement.has(StatementElement.RESOURCE)) {
            builder.resources(statement.resources());
        }
        if (statement.has(StatementElement.NOT_RESOURCE)) {
            builder.notResources(statement.notResources());
        }
        if (statement.has(StatementElement.CONDITION)) {
            builder.condition(statement.condition());
        }
        return builder;
    }

    @Provide
    Arbitrary<List<PrincipalId>> principalIds() {
        Arbitrary<PrincipalType> type = Arbitraries.of(PrincipalType.AWS, PrincipalType.SERVICE,
                PrincipalType.FEDERATED, PrincipalType.of("Unknown"));
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("*", "111111111111", "lambda.amazonaws.com"),
                PolicyDomain.text());
        return Combinators.combine(type, value).as(PrincipalId::of).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<ConditionClause>> clauses() {
        // Few operators and keys, so that clauses often share them and must merge.
        Arbitrary<ConditionClause> clause = Combinators.combine(operators(), keys(),
                Arbitraries.oneOf(PolicyDomain.text().map(ConditionValue::of),
                        Arbitraries.of(true, false).map(ConditionValue::of)).list().ofMaxSize(3))
                .as(ConditionClause::new);
        return clause.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<ConditionOperator> operators() {
        return Arbitraries.of("StringEquals", "StringLike", "ForAnyValue:StringLike", "Bool", "FutureOperator")
                .map(ConditionOperator::of);
    }

    @Provide
    Arbitrary<ConditionKey> keys() {
        return Arbitraries.of("sts:ExternalId", "STS:externalid", "aws:SourceIp", "s3:prefix").map(ConditionKey::of);
    }

    @Provide
    Arbitrary<List<String>> textLists() {
        return PolicyDomain.text().list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Action>> actionLists() {
        return DOMAIN.actions().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Resource>> resourceLists() {
        return DOMAIN.resources().list().ofMinSize(1).ofMaxSize(4);
    }
}

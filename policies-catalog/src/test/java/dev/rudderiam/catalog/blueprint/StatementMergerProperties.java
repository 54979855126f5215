package dev.rudderiam.catalog.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Condition;
import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionValue;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Merging statements grants and denies exactly what the statements did, with unique Sids and no more statements. */
class StatementMergerProperties {
    private static final Condition PREFIX = Condition.builder().add(ConditionOperator.of("StringLike"),
            ConditionKey.of("s3:prefix"), ConditionValue.of("p/*")).build();

    @Property
    void mergingKeepsEveryGrantAndAddsNone(@ForAll("statements") List<Statement> statements) {
        List<Statement> merged = StatementMerger.merge(statements);
        Set<List<Object>> before = grants(statements);
        Set<List<Object>> after = grants(merged);
        before.forEach(g -> assertTrue(covered(after, g), "lost " + g));
        after.forEach(g -> assertTrue(covered(before, g), "added " + g));
        assertTrue(merged.size() <= statements.size());
    }

    @Property
    void sidsStayUnique(@ForAll("statements") List<Statement> statements) {
        List<String> sids = StatementMerger.merge(statements).stream().map(Statement::sid).filter(Objects::nonNull)
                .collect(Collectors.toList());
        assertEquals(sids.size(), Set.copyOf(sids).size());
    }

    @Provide
    Arbitrary<List<Statement>> statements() {
        Arbitrary<Statement> statement = Combinators.combine(
                Arbitraries.of("A", "B", "C").injectNull(0.3),
                Arbitraries.of(Effect.ALLOW, Effect.DENY),
                Arbitraries.of("s3:GetObject", "s3:PutObject", "S3:putobject", "kinesis:PutRecord").set()
                        .ofMinSize(1).ofMaxSize(3),
                Arbitraries.of("*", "arn:aws:s3:::a/*", "arn:aws:s3:::b/*", "arn:aws:s3:::a").set()
                        .ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(true, false))
                .as((sid, effect, actions, resources, conditional) -> {
                    Statement.Builder builder = Statement.builder().sid(sid).effect(effect);
                    actions.forEach(builder::addAction);
                    resources.forEach(builder::addResource);
                    if (conditional) {
                        builder.condition(PREFIX);
                    }
                    return builder.build();
                });
        return statement.list().ofMaxSize(8);
    }

    /** Each statement's (effect, condition, action, resource) pairs; actions ignoring case, as IAM matches them. */
    private static Set<List<Object>> grants(List<Statement> statements) {
        Set<List<Object>> grants = new HashSet<>();
        for (Statement s : statements) {
            s.actions().forEach(a -> s.resources().forEach(r -> grants.add(
                    List.of(s.effect(), s.condition(), a.value().toLowerCase(Locale.ROOT), r.value()))));
        }
        return grants;
    }

    private static boolean covered(Set<List<Object>> grants, List<Object> grant) {
        return grants.contains(grant)
                || grants.contains(List.of(grant.get(0), grant.get(1), grant.get(2), Resource.ALL.value()));
    }
}

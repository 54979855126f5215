package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicyDomain;
import dev.rudderiam.policy.Principal;
import dev.rudderiam.policy.PrincipalId;
import dev.rudderiam.policy.Quotas;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.role.ExternalId;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.PolicyContext;
import dev.rudderiam.validation.PolicyRule;
import dev.rudderiam.validation.PolicyType;
import dev.rudderiam.validation.RuleSet;
import dev.rudderiam.validation.ValidationResult;
import dev.rudderiam.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContextBase;

/**
 * Rules never throw on a document the model can hold: random documents of every grammar element, plus hostile
 * statements (malformed Sids, bogus ARNs, huge wildcards, unknown operators), run through every rule set as every
 * policy type and as a whole role. What comes back is findings with a code, a JSON pointer and a message.
 */
@Domain(PolicyDomain.class)
@Domain(RulesProperties.Hostile.class)
class RulesProperties {
    private static final Validator ALL = Validator.builder()
            .addAll(RuleSets.all(TestReference.INSTANCE, ExternalId.of("ws-1"), List.of(RoleName.of("taken"))))
            .build();

    @Property(tries = 300)
    void everyRuleReportsFindingsAndNeverThrows(@ForAll PolicyDocument document, @ForAll Statement hostile) {
        PolicyDocument withHostile = document.toBuilder().addStatement(hostile).build();
        for (PolicyType type : PolicyType.values()) {
            wellFormed(ALL.validate(document, type));
            wellFormed(ALL.validate(withHostile, type));
        }
    }

    /**
     * Whatever the validator shares between rules (statement views, entries, one pass over the statements, the
     * elements it skips) changes nothing: it finds what the rules find run alone one after the other, each on a
     * fresh context, in that order.
     */
    @Property(tries = 300)
    void validatorFindsWhatTheRulesFindOneAfterTheOther(@ForAll PolicyDocument document,
            @ForAll Statement hostile) {
        PolicyDocument withHostile = document.toBuilder().addStatement(hostile).build();
        for (PolicyType type : PolicyType.values()) {
            for (PolicyDocument checked : List.of(document, withHostile)) {
                List<Finding> alone = new ArrayList<>();
                for (RuleSet set : ALL.ruleSets()) {
                    for (PolicyRule rule : set.policyRules()) {
                        rule.check(new PolicyContext(checked, type, type.quota(Quotas.DEFAULT)), alone);
                    }
                }
                assertEquals(alone, ALL.validate(checked, type).findings(), type::toString);
            }
        }
    }

    @Property(tries = 100)
    void roleValidationNeverThrows(@ForAll PolicyDocument trust, @ForAll PolicyDocument permissions) {
        RoleSpec role = RoleSpec.builder().name("Taken").trustPolicy(trust)
                .inlinePolicy(PolicyName.of("p"), permissions).build();
        ValidationResult result = ALL.validate(role);
        wellFormed(result);
        assertFalse(result.withCode("ROLE_NAME_TAKEN").isEmpty());
    }

    private static void wellFormed(ValidationResult result) {
        for (Finding finding : result.findings()) {
            assertFalse(finding.message().isEmpty(), finding::toString);
            assertTrue(finding.path().isEmpty() || finding.path().startsWith("/"), finding::toString);
            assertTrue(finding.link().startsWith("https://"), finding::toString);
        }
    }

    /** Statements built to stress the rules: long wildcard runs, bogus ARNs and operators, odd Sids. */
    static class Hostile extends DomainContextBase {
        @Provide
        Arbitrary<Statement> hostileStatements() {
            Arbitrary<String> wild = Arbitraries.integers().between(1, 400).map(n -> "*a?".repeat(n) + "b");
            Arbitrary<String> arn = Arbitraries.oneOf(
                    Arbitraries.of("arn:", "arn:::::", "arn:aws:s3", "arn:aws:iam::12:root", "arn:${x}:s3:::b/*",
                            "arn:aws:iam::123456789012:role/*", "arn:aws-cn:s3:::b", "arn:aws:s3:::" + "*?".repeat(300)),
                    wild.map(w -> "arn:aws:s3:::" + w));
            Arbitrary<String> action = Arbitraries.oneOf(wild.map(w -> "s3:" + w), wild,
                    Arbitraries.of("iam:*", "sts:Assume*", ":", "s3:", "*:*", "nosuch:Thing"));
            Arbitrary<String> sid = Arbitraries.of("", "a b", "ä", "$", "x".repeat(300));
            Arbitrary<String> operator = Arbitraries.of("ForAllValues:NullIfExists", "StringLikeIfExistsIfExists",
                    "Bool", "NumericEquals", "IpAddress", "DateLessThan", "ForAnyValue:ArnLike", "Foo");
            Arbitrary<String> key = Arbitraries.of("sts:ExternalId", "aws:MultiFactorAuthPresent", "events:source",
                    "s3:DataAccessPointArn", "aws:ResourceTag/" + "*".repeat(50), "nocolon", ":", "iam:PassedToService");
            Arbitrary<String> value = Arbitraries.oneOf(wild, Arbitraries.of("", "true", "x", "999999999999999999999",
                    "10.0.0.0/99", "${aws:username}"));
            return Combinators.combine(sid, Arbitraries.of(Effect.class), arn, action, operator, key, value,
                    Arbitraries.of(true, false))
                    .as((s, e, r, a, o, k, v, trust) -> {
                        Statement.Builder b = Statement.builder().sid(s).effect(e).addAction(Action.of(a))
                                .addAction("sts:AssumeRole").addAction("iam:PassRole")
                                .condition(dev.rudderiam.policy.Condition.builder().add(o, k, v).build());
                        if (trust) {
                            b.principal(Principal.of(PrincipalId.aws(r), PrincipalId.aws("422074288268"),
                                    PrincipalId.service(r)));
                        } else {
                            b.addResource(Resource.of(r)).addResource("*");
                        }
                        return b.build();
                    });
        }
    }

    /** Turning variables into stars in one pass gives what the regular expression gives. */
    @Property
    void variablesAsStarsIsTheRegularExpression(@ForAll("variableTexts") String text) {
        assertEquals(text.replaceAll("\\$\\{[^}]*\\}", "*"), ResourceEntry.variablesAsStars(text), text);
    }

    @Provide
    Arbitrary<String> variableTexts() {
        return Arbitraries.strings().withChars('$', '{', '}', 'a', '*').ofMaxLength(12);
    }
}

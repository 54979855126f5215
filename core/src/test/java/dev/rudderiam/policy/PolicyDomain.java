package dev.rudderiam.policy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * jqwik domain of policy documents covering every grammar element: Version and Id present or absent, Sid,
 * both effects, every principal form (including {@code "*"}, empty groups and unknown keys), Action/NotAction,
 * Resource/NotResource, empty lists, conditions with every value type, qualifiers, IfExists and unknown operators,
 * and strings with characters JSON must escape.
 */
public class PolicyDomain extends DomainContextBase {

    @Provide
    public Arbitrary<PolicyDocument> documents() {
        Arbitrary<String> version = Arbitraries.of(PolicyDocument.VERSION_2012_10_17,
                PolicyDocument.VERSION_2008_10_17, "").injectNull(0.2);
        Arbitrary<String> id = text().injectNull(0.7);
        return Combinators.combine(version, id, statements().list().ofMaxSize(4))
                .as((v, i, statements) -> PolicyDocument.builder().version(v).id(i).statements(statements).build());
    }

    @Provide
    public Arbitrary<Statement> statements() {
        Arbitrary<String> sid = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMaxLength(8), text())
                .injectNull(0.5);
        Arbitrary<Effect> effect = Arbitraries.of(Effect.class);
        Arbitrary<Principal> principal = principals();
        Arbitrary<List<Action>> actions = actions().list().ofMaxSize(3);
        Arbitrary<List<Resource>> resources = resources().list().ofMaxSize(3);
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 63);
        return Combinators.combine(sid, effect, principal, actions, resources, conditions(), shape)
                .as((s, e, p, a, r, c, bits) -> {
                    Statement.Builder b = Statement.builder().sid(s).effect(e);
                    switch (bits & 3) {
                        case 1: b.principal(p); break;
                        case 2: b.notPrincipal(p); break;
                        default: break;
                    }
                    if ((bits & 4) != 0) {
                        b.actions(a);
                    } else if ((bits & 8) != 0) {
                        b.notActions(a);
                    }
                    if ((bits & 16) != 0) {
                        b.resources(r);
                    } else if ((bits & 32) == 0) {
                        b.notResources(r);
                    }
                    if (c != null) {
                        b.condition(c);
                    }
                    return b.build();
                });
    }

    Arbitrary<Principal> principals() {
        Arbitrary<PrincipalType> type = Arbitraries.of(PrincipalType.AWS, PrincipalType.SERVICE,
                PrincipalType.FEDERATED, PrincipalType.CANONICAL_USER, new PrincipalType("Unknown"));
        Arbitrary<String> id = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(12),
                Arbitraries.strings().numeric().ofLength(12).map(a -> "arn:aws:iam::" + a + ":root"),
                Arbitraries.of("*", "lambda.amazonaws.com", "cognito-identity.amazonaws.com"),
                text());
        Arbitrary<Principal> set = Arbitraries.maps(type, id.list().ofMaxSize(3)).ofMaxSize(3)
                .map(groups -> (Principal) new PrincipalSet(groups));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Principal.any())),
                Tuple.of(6, set));
    }

    Arbitrary<Action> actions() {
        return Arbitraries.oneOf(
                Arbitraries.of("*", "s3:GetObject", "s3:Get*", "sts:AssumeRole", "iam:PassRole", "kinesis:Put?ecord"),
                text()).map(Action::of);
    }

    Arbitrary<Resource> resources() {
        return Arbitraries.oneOf(
                Arbitraries.of("*", "arn:aws:s3:::bucket/*", "arn:aws-cn:kinesis:cn-north-1:123456789012:stream/s",
                        "arn:aws:iam::123456789012:role/${aws:username}"),
                text()).map(Resource::of);
    }

    Arbitrary<Condition> conditions() {
        Arbitrary<ConditionOperator> operator = Arbitraries.oneOf(
                Arbitraries.of("StringEquals", "StringLike", "ForAnyValue:StringLike", "ForAllValues:StringEquals",
                        "ArnLikeIfExists", "NumericLessThan", "DateGreaterThan", "Bool", "Null", "IpAddress",
                        "BinaryEquals", "FutureOperator"),
                text().filter(t -> !t.isEmpty())).map(ConditionOperator::of);
        Arbitrary<ConditionKey> key = Arbitraries.oneOf(
                Arbitraries.of("sts:ExternalId", "aws:SourceIp", "aws:PrincipalTag/team", "s3:prefix"),
                text()).map(ConditionKey::of);
        Arbitrary<ConditionValue> value = Arbitraries.oneOf(
                text().map(ConditionValue::of),
                Arbitraries.of(true, false).map(ConditionValue::of),
                Arbitraries.longs().map(ConditionValue::of),
                Arbitraries.of("1.50", "-0.5", "1e3", "2E-7").map(ConditionValue::parseNumber));
        Arbitrary<Map<ConditionKey, List<ConditionValue>>> keys =
                Arbitraries.maps(key, value.list().ofMaxSize(3)).ofMaxSize(3);
        return Arbitraries.maps(operator, keys).ofMaxSize(3).map(Condition::new).injectNull(0.3);
    }

    /**
     * Short strings including quotes, backslashes, control characters, slashes, tildes and Latin-1: every character
     * the reader accepts in a string (IAM's set), so that written documents read back.
     */
    static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('"', '\\', '/', '~', '\n', '\t', '\r', '\u007f', '\u0085', ' ', ':', '*', '?', '$', '{', '}',
                        'é', '\u00a0', '\u00ff')
                .ofMaxLength(12);
    }
}

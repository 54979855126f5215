package dev.rudderiam.validation.rules;

import dev.rudderiam.policy.ConditionKey;
import dev.rudderiam.policy.ConditionOperator;
import dev.rudderiam.policy.ConditionOperator.Family;
import dev.rudderiam.policy.ConditionOperator.SetQualifier;
import dev.rudderiam.policy.ConditionValue;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One clause of a statement's {@code Condition} (an operator, a key and its values), with what the rules ask of the
 * operator (set qualifier, {@code IfExists}, base name, family) worked out once per run rather than once per rule,
 * and the key's type in the service reference looked up once.
 */
final class ClauseEntry {
    final int statement;
    final ConditionOperator operator;
    final ConditionKey key;
    final List<ConditionValue> values;
    final SetQualifier qualifier;
    final boolean ifExists;
    final String baseName;
    final Family family;
    private final boolean known;
    private final boolean negated;
    private final boolean nullIfExists;
    private @Nullable Optional<String> keyType;
    private @Nullable ReferenceIndex typedIn;

    ClauseEntry(int statement, ConditionOperator operator, ConditionKey key, List<ConditionValue> values) {
        this.statement = statement;
        this.operator = operator;
        this.key = key;
        this.values = values;
        this.qualifier = operator.qualifier();
        this.ifExists = operator.ifExists();
        this.baseName = operator.baseName();
        this.family = operator.family();
        this.known = operator.isKnown();
        this.negated = operator.isNegated();
        this.nullIfExists = NullWithIfExists.isNullIfExists(operator);
    }

    /** {@return whether the operator is one of IAM's, {@link ConditionOperator#isKnown()}} */
    boolean isKnown() {
        return known;
    }

    /** {@return whether the operator is a negated one, {@link ConditionOperator#isNegated()}} */
    boolean isNegated() {
        return negated;
    }

    /** {@return whether the operator is {@code NullIfExists}, which IAM refuses} */
    boolean isNullIfExists() {
        return nullIfExists;
    }

    /** {@return the key's type in {@code reference}, {@link ReferenceIndex#keyType}, looked up on first request} */
    Optional<String> keyType(ReferenceIndex reference) {
        if (typedIn != reference || keyType == null) {
            keyType = reference.keyType(key.name());
            typedIn = reference;
        }
        return keyType;
    }

    /** {@return the JSON pointer of the clause's key} */
    String path() {
        return Pointers.condition(statement, operator.name(), key.name());
    }
}

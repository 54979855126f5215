package dev.rudderiam.validation;

import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicySize;
import dev.rudderiam.validation.internal.Memo;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PolicyRule} checks: a document, its policy type and the size quota it is held to. The size is
 * computed on first use, as IAM counts the canonical JSON it would receive. Rules share what they derive from the
 * document (parsed ARNs, resolved actions) through a memo the context holds, which is not API (the built-in rules
 * reach it through a package the module does not export), so the work is done once per run whatever the number of
 * rules. Not thread-safe; one context per run.
 */
public final class PolicyContext {
    static {
        Memo.register(PolicyContext::memo);
    }

    private final PolicyDocument document;
    private final PolicyType type;
    private final int sizeQuota;
    private int size = -1;
    private int sizeAtMost = -1;
    private @Nullable Object firstKey;
    private @Nullable Object firstValue;
    private @Nullable Map<Object, Object> memo;

    /**
     * Creates the context.
     *
     * @param document the document
     * @param type its policy type
     * @param sizeQuota the most characters (without white space) the document may have
     */
    public PolicyContext(PolicyDocument document, PolicyType type, int sizeQuota) {
        this.document = Objects.requireNonNull(document, "document");
        this.type = Objects.requireNonNull(type, "policy type");
        if (sizeQuota <= 0) {
            throw new IllegalArgumentException("size quota '" + sizeQuota + "' is invalid: it is a positive number"
                    + " of characters");
        }
        this.sizeQuota = sizeQuota;
    }

    /** {@return the document} */
    public PolicyDocument document() {
        return document;
    }

    /** {@return the policy type} */
    public PolicyType type() {
        return type;
    }

    /** {@return the size quota the document is held to} */
    public int sizeQuota() {
        return sizeQuota;
    }

    /** {@return the document's size as IAM counts it: characters of its canonical JSON, without white space} */
    public int size() {
        if (size < 0) {
            size = PolicySize.of(document);
        }
        return size;
    }

    /**
     * {@return at least {@link #size()}, without reading the document's strings character by character}: when it is
     * within a quota, so is the size, and the exact count is not needed
     */
    public int sizeAtMost() {
        if (size >= 0) {
            return size;
        }
        if (sizeAtMost < 0) {
            sizeAtMost = PolicySize.atMost(document);
        }
        return sizeAtMost;
    }

    /** The memo behind {@link Memo#of}: the first key in two fields (the built-in rules use one), more in a map. */
    private Object memo(Object key, Function<PolicyContext, ?> compute) {
        Objects.requireNonNull(key, "key");
        if (key == firstKey) {
            return Objects.requireNonNull(firstValue);
        }
        Object value = memo == null ? null : memo.get(key);
        if (value == null) {
            value = Objects.requireNonNull(compute.apply(this), "memo value");
            if (firstKey == null) {
                firstKey = key;
                firstValue = value;
            } else {
                if (memo == null) {
                    memo = new HashMap<>(4);
                }
                memo.put(key, value);
            }
        }
        return value;
    }
}

package dev.rudderiam.validation;

import dev.rudderiam.json.PolicySize;
import dev.rudderiam.policy.PolicyDocument;
import java.util.Objects;

/**
 * What a {@link PolicyRule} checks: a document, its policy type and the size quota it is held to. The size is
 * computed on first use, from the canonical JSON IAM would receive. Not thread-safe; one context per run.
 */
public final class PolicyContext {
    private final PolicyDocument document;
    private final PolicyType type;
    private final int sizeQuota;
    private int size = -1;

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
}

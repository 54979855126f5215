package dev.rudderiam.policy;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An IAM JSON policy document: optional {@code Version} and {@code Id}, and a list of statements.
 *
 * <p>Equality ({@link #equals}) is structural and order-sensitive; {@link #semanticallyEquals} compares the way IAM
 * evaluates. Read and write documents with {@code PolicyJson}, in the JSON package, which sits above this one.
 *
 * <pre>{@code
 * PolicyDocument doc = PolicyDocument.builder()
 *     .addStatement(s -> s.effect(Effect.ALLOW).addAction("s3:ListBucket").addResource("arn:aws:s3:::my-bucket"))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy
 *     grammar</a>
 */
public final class PolicyDocument {
    /** The current policy language version, which supports policy variables. */
    public static final String VERSION_2012_10_17 = "2012-10-17";
    /** The old policy language version, assumed when {@code Version} is absent. */
    public static final String VERSION_2008_10_17 = "2008-10-17";

    private final @Nullable String version;
    private final @Nullable String id;
    private final List<Statement> statements;

    private PolicyDocument(Builder builder) {
        this.version = builder.version;
        this.id = builder.id;
        this.statements = List.copyOf(builder.statements);
    }

    /** {@return a builder whose version is {@value #VERSION_2012_10_17}} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this document's elements} */
    public Builder toBuilder() {
        return new Builder().version(version).id(id).statements(statements);
    }

    /** {@return the {@code Version}, or null when absent} */
    public @Nullable String version() {
        return version;
    }

    /** {@return the {@code Id}, or null when absent} */
    public @Nullable String id() {
        return id;
    }

    /** {@return the statements in the order written} */
    public List<Statement> statements() {
        return statements;
    }

    /**
     * Compares the way IAM evaluates: the order of statements and of the values in each set does not matter, nor
     * do duplicates or a single value written as a scalar. Action names and condition key names compare ignoring
     * case, as IAM matches them; an {@code AWS} principal written as a bare account id equals the account's root
     * ARN (IAM stores the one as the other), and {@code "*"} equals {@code {"AWS": "*"}} (documented as
     * equivalent). Nothing else is folded: resources, condition values, Sids and principals compare exactly.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts">Principal:
     *     AWS account principals</a>
     */
    public boolean semanticallyEquals(PolicyDocument other) {
        Objects.requireNonNull(other, "other");
        return Objects.equals(version, other.version) && Objects.equals(id, other.id)
                && SemanticForm.of(statements).equals(SemanticForm.of(other.statements));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PolicyDocument)) {
            return false;
        }
        PolicyDocument that = (PolicyDocument) other;
        return Objects.equals(version, that.version) && Objects.equals(id, that.id)
                && statements.equals(that.statements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, id, statements);
    }

    @Override
    public String toString() {
        return "PolicyDocument{version=" + version + ", id=" + id + ", statements=" + statements + "}";
    }

    /** Collects a document's elements. Not thread-safe; {@link #build()} can be called again. */
    public static final class Builder {
        private @Nullable String version = VERSION_2012_10_17;
        private @Nullable String id;
        // Immutable, shared with the list it was set from and the documents built, until an add turns it into
        // this builder's own ArrayList: a list given whole is copied once (not at all when already immutable).
        private List<Statement> statements = List.of();

        private Builder() {
        }

        /** Sets the {@code Version}; null leaves it out (IAM then assumes {@value #VERSION_2008_10_17}). */
        public Builder version(@Nullable String version) {
            this.version = version;
            return this;
        }

        /** Sets the {@code Id}; null leaves it out. */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /** Replaces the statements. */
        public Builder statements(Collection<Statement> statements) {
            this.statements = OrderedMaps.copyOfList(statements, "statement");
            return this;
        }

        /** Appends a statement. */
        public Builder addStatement(Statement statement) {
            statements = OrderedMaps.appended(statements, statement, "statement");
            return this;
        }

        /**
         * Appends the statement {@code statement} fills into a new {@link Statement#builder()}, the form the AWS
         * SDK's policy builder offers: {@code addStatement(s -> s.effect(Effect.ALLOW).addAction("s3:GetObject"))}.
         *
         * @throws IllegalArgumentException when the filled builder makes no valid statement (see
         *     {@link Statement.Builder#build()})
         */
        public Builder addStatement(Consumer<Statement.Builder> statement) {
            Objects.requireNonNull(statement, "statement");
            Statement.Builder builder = Statement.builder();
            statement.accept(builder);
            return addStatement(builder.build());
        }

        /** {@return the document} */
        public PolicyDocument build() {
            return new PolicyDocument(this);
        }
    }
}

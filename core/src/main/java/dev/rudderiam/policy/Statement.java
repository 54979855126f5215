package dev.rudderiam.policy;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One statement of a policy document.
 *
 * <p>Every element is optional except {@code Effect}; an absent list element reads as an empty list, and
 * {@link #has(StatementElement)} tells an absent element from one written empty. A statement may not carry both
 * halves of a pair ({@code Principal} and {@code NotPrincipal}, {@code Action} and {@code NotAction},
 * {@code Resource} and {@code NotResource}): IAM's grammar allows one or the other. Which elements a policy type
 * requires (a trust policy needs a principal, an identity policy a resource) is the validator's business.
 *
 * <pre>{@code
 * Statement s = Statement.builder()
 *     .effect(Effect.ALLOW)
 *     .addPrincipal(PrincipalType.AWS, "arn:aws:iam::123456789012:root")
 *     .addAction("s3:PutObject")
 *     .addResource("arn:aws:s3:::my-bucket/*")
 *     .addCondition(ConditionOperator.STRING_EQUALS, ConditionKey.of("s3:x-amz-acl"),
 *         ConditionValue.of("bucket-owner-full-control"))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html">IAM
 *     JSON policy elements: Statement</a>
 */
public final class Statement {
    private final @Nullable String sid;
    private final Effect effect;
    private final @Nullable Principal principal;
    private final @Nullable Principal notPrincipal;
    private final List<Action> actions;
    private final List<Action> notActions;
    private final List<Resource> resources;
    private final List<Resource> notResources;
    private final Condition condition;
    /** The elements written, one bit per {@link StatementElement#ordinal()}: {@link #has} is one bit test. */
    private final int present;

    private Statement(Builder builder) {
        if (builder.effect == null) {
            throw new IllegalArgumentException(
                    "statement Effect is missing: every statement needs Effect \"Allow\" or \"Deny\"");
        }
        rejectBoth(builder.present, StatementElement.PRINCIPAL, StatementElement.NOT_PRINCIPAL);
        rejectBoth(builder.present, StatementElement.ACTION, StatementElement.NOT_ACTION);
        rejectBoth(builder.present, StatementElement.RESOURCE, StatementElement.NOT_RESOURCE);
        this.sid = builder.sid;
        this.effect = builder.effect;
        this.principal = builder.principal;
        this.notPrincipal = builder.notPrincipal;
        this.actions = List.copyOf(builder.actions);
        this.notActions = List.copyOf(builder.notActions);
        this.resources = List.copyOf(builder.resources);
        this.notResources = List.copyOf(builder.notResources);
        this.condition = builder.condition;
        this.present = builder.present;
    }

    private static void rejectBoth(int present, StatementElement one, StatementElement other) {
        if ((present & bit(one)) != 0 && (present & bit(other)) != 0) {
            throw new IllegalArgumentException("statement has both " + one.json() + " and " + other.json()
                    + ": IAM's grammar allows one or the other in a statement");
        }
    }

    /** {@return a builder for a statement} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding every element of this statement} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.sid = sid;
        builder.effect = effect;
        builder.principal = principal;
        builder.notPrincipal = notPrincipal;
        builder.actions = actions;
        builder.notActions = notActions;
        builder.resources = resources;
        builder.notResources = notResources;
        builder.condition = condition;
        builder.present = present;
        return builder;
    }

    /** {@return whether the element was written, possibly empty} */
    public boolean has(StatementElement element) {
        return (present & bit(element)) != 0;
    }

    /** {@return the bit that stands for {@code element} in a set of present elements} */
    private static int bit(StatementElement element) {
        return 1 << element.ordinal();
    }

    /** {@return the {@code Sid}, or null when absent} */
    public @Nullable String sid() {
        return sid;
    }

    /** {@return the {@code Effect}} */
    public Effect effect() {
        return effect;
    }

    /** {@return the {@code Principal}, or null when absent} */
    public @Nullable Principal principal() {
        return principal;
    }

    /** {@return the {@code NotPrincipal}, or null when absent} */
    public @Nullable Principal notPrincipal() {
        return notPrincipal;
    }

    /** {@return the {@code Action} entries, empty when absent} */
    public List<Action> actions() {
        return actions;
    }

    /** {@return the {@code NotAction} entries, empty when absent} */
    public List<Action> notActions() {
        return notActions;
    }

    /** {@return the {@code Resource} entries, empty when absent} */
    public List<Resource> resources() {
        return resources;
    }

    /** {@return the {@code NotResource} entries, empty when absent} */
    public List<Resource> notResources() {
        return notResources;
    }

    /** {@return the {@code Condition}, {@link Condition#EMPTY} when absent} */
    public Condition condition() {
        return condition;
    }

    /** {@return whether this statement has the same elements as {@code other}, element by element, in order} */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Statement)) {
            return false;
        }
        Statement that = (Statement) other;
        return Objects.equals(sid, that.sid) && effect == that.effect
                && Objects.equals(principal, that.principal) && Objects.equals(notPrincipal, that.notPrincipal)
                && actions.equals(that.actions) && notActions.equals(that.notActions)
                && resources.equals(that.resources) && notResources.equals(that.notResources)
                && condition.equals(that.condition) && present == that.present;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sid, effect, principal, notPrincipal, actions, notActions, resources, notResources,
                condition, present);
    }

    @Override
    public String toString() {
        return "Statement{sid=" + sid + ", effect=" + effect + ", principal=" + principal + ", notPrincipal="
                + notPrincipal + ", actions=" + actions + ", notActions=" + notActions + ", resources=" + resources
                + ", notResources=" + notResources + ", condition=" + condition.operators() + "}";
    }

    /**
     * Collects a statement's elements. Setters replace, {@code add..} methods append; setting a list element marks
     * it present even when empty. Not thread-safe; {@link #build()} can be called again.
     */
    public static final class Builder {
        private @Nullable String sid;
        private @Nullable Effect effect;
        private @Nullable Principal principal;
        private @Nullable Principal notPrincipal;
        // Each list is immutable, shared with the lists it was set from and the statements built, until an add
        // turns it into this builder's own ArrayList: a list given whole is copied once, not once per step.
        private List<Action> actions = List.of();
        private List<Action> notActions = List.of();
        private List<Resource> resources = List.of();
        private List<Resource> notResources = List.of();
        private Condition condition = Condition.EMPTY;
        private int present;

        private Builder() {
        }

        /** Sets the {@code Sid}; null removes it. */
        public Builder sid(@Nullable String sid) {
            this.sid = sid;
            mark(StatementElement.SID, sid != null);
            return this;
        }

        /** Sets the {@code Effect}. */
        public Builder effect(Effect effect) {
            this.effect = Objects.requireNonNull(effect, "effect");
            return this;
        }

        /** Sets the {@code Principal}; null removes it. */
        public Builder principal(@Nullable Principal principal) {
            this.principal = principal;
            mark(StatementElement.PRINCIPAL, principal != null);
            return this;
        }

        /** Sets the {@code NotPrincipal}; null removes it. */
        public Builder notPrincipal(@Nullable Principal notPrincipal) {
            this.notPrincipal = notPrincipal;
            mark(StatementElement.NOT_PRINCIPAL, notPrincipal != null);
            return this;
        }

        /**
         * Appends {@code id} to the {@code Principal} set, starting one when the element is absent.
         *
         * @throws IllegalStateException when {@code Principal} is {@code "*"}: every principal cannot be narrowed
         *     by adding one; set {@link #principal(Principal)} instead
         * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
         *     JSON policy elements: Principal</a>
         */
        public Builder addPrincipal(PrincipalId id) {
            return principal(withId(principal, id, StatementElement.PRINCIPAL));
        }

        /** Appends the identifier {@code id} of {@code type}, as {@code addPrincipal(PrincipalId.of(type, id))}. */
        public Builder addPrincipal(PrincipalType type, String id) {
            return addPrincipal(PrincipalId.of(type, id));
        }

        /**
         * Appends {@code id} to the {@code NotPrincipal} set, starting one when the element is absent.
         *
         * @throws IllegalStateException when {@code NotPrincipal} is {@code "*"}; set
         *     {@link #notPrincipal(Principal)} instead
         * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html">IAM
         *     JSON policy elements: NotPrincipal</a>
         */
        public Builder addNotPrincipal(PrincipalId id) {
            return notPrincipal(withId(notPrincipal, id, StatementElement.NOT_PRINCIPAL));
        }

        /**
         * Appends the identifier {@code id} of {@code type}, as {@code addNotPrincipal(PrincipalId.of(type, id))}.
         */
        public Builder addNotPrincipal(PrincipalType type, String id) {
            return addNotPrincipal(PrincipalId.of(type, id));
        }

        /** Replaces the {@code Action} entries and marks the element present. */
        public Builder actions(Collection<Action> actions) {
            this.actions = copy(actions, StatementElement.ACTION);
            return this;
        }

        /** Appends an {@code Action} entry. */
        public Builder addAction(Action action) {
            actions = append(actions, action, StatementElement.ACTION);
            return this;
        }

        /** Appends an {@code Action} entry such as {@code s3:GetObject}. */
        public Builder addAction(String action) {
            return addAction(Action.of(action));
        }

        /** Replaces the {@code NotAction} entries and marks the element present. */
        public Builder notActions(Collection<Action> notActions) {
            this.notActions = copy(notActions, StatementElement.NOT_ACTION);
            return this;
        }

        /** Appends a {@code NotAction} entry. */
        public Builder addNotAction(Action action) {
            notActions = append(notActions, action, StatementElement.NOT_ACTION);
            return this;
        }

        /** Appends a {@code NotAction} entry such as {@code iam:*}. */
        public Builder addNotAction(String action) {
            return addNotAction(Action.of(action));
        }

        /** Replaces the {@code Resource} entries and marks the element present. */
        public Builder resources(Collection<Resource> resources) {
            this.resources = copy(resources, StatementElement.RESOURCE);
            return this;
        }

        /** Appends a {@code Resource} entry. */
        public Builder addResource(Resource resource) {
            resources = append(resources, resource, StatementElement.RESOURCE);
            return this;
        }

        /** Appends a {@code Resource} entry such as {@code arn:aws:s3:::bucket/*}. */
        public Builder addResource(String resource) {
            return addResource(Resource.of(resource));
        }

        /** Replaces the {@code NotResource} entries and marks the element present. */
        public Builder notResources(Collection<Resource> notResources) {
            this.notResources = copy(notResources, StatementElement.NOT_RESOURCE);
            return this;
        }

        /** Appends a {@code NotResource} entry. */
        public Builder addNotResource(Resource resource) {
            notResources = append(notResources, resource, StatementElement.NOT_RESOURCE);
            return this;
        }

        /** Appends a {@code NotResource} entry such as {@code arn:aws:s3:::audit-bucket/*}. */
        public Builder addNotResource(String resource) {
            return addNotResource(Resource.of(resource));
        }

        /** Sets the {@code Condition} and marks it present, even when empty ({@code "Condition": {}}). */
        public Builder condition(Condition condition) {
            this.condition = Objects.requireNonNull(condition, "condition");
            present |= bit(StatementElement.CONDITION);
            return this;
        }

        /**
         * Appends {@code values} to those of {@code key} under {@code operator} in the {@code Condition}, keeping
         * the clauses already there (see {@link Condition.Builder#add(ConditionOperator, ConditionKey,
         * ConditionValue...)}), and marks the element present.
         *
         * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html">IAM
         *     JSON policy elements: Condition</a>
         */
        public Builder addCondition(ConditionOperator operator, ConditionKey key, ConditionValue... values) {
            return condition(condition.toBuilder().add(operator, key, values).build());
        }

        /**
         * Appends string {@code values} to those of {@code key} under {@code operator}, such as
         * {@code addCondition("StringEquals", "sts:ExternalId", "ws-123")}; as the typed form.
         */
        public Builder addCondition(String operator, String key, String... values) {
            return condition(condition.toBuilder().add(operator, key, values).build());
        }

        /** Removes an element entirely, so it is not written. */
        public Builder without(StatementElement element) {
            switch (element) {
                case SID: return sid(null);
                case PRINCIPAL: return principal(null);
                case NOT_PRINCIPAL: return notPrincipal(null);
                case ACTION: actions = List.of(); break;
                case NOT_ACTION: notActions = List.of(); break;
                case RESOURCE: resources = List.of(); break;
                case NOT_RESOURCE: notResources = List.of(); break;
                case CONDITION: condition = Condition.EMPTY; break;
                default: throw new AssertionError(element);
            }
            present &= ~bit(element);
            return this;
        }

        /** {@return the statement} @throws IllegalArgumentException when Effect is missing or a pair is doubled */
        public Statement build() {
            return new Statement(this);
        }

        /** {@return {@code current} with {@code id} appended}, refusing to add to {@code "*"} */
        private static PrincipalSet withId(@Nullable Principal current, PrincipalId id, StatementElement element) {
            Objects.requireNonNull(id, "principal id");
            if (current instanceof AnyPrincipal) {
                throw new IllegalStateException("statement " + element.json() + " is \"*\" (every principal): "
                        + "adding " + id + " to it cannot narrow it; set " + element.json() + " to a principal set");
            }
            PrincipalSet.Builder builder =
                    current == null ? PrincipalSet.builder() : ((PrincipalSet) current).toBuilder();
            return builder.add(id).build();
        }

        private void mark(StatementElement element, boolean isPresent) {
            present = isPresent ? present | bit(element) : present & ~bit(element);
        }

        /** {@return an immutable copy of {@code values}}, marking {@code element} present */
        private <T> List<T> copy(Collection<T> values, StatementElement element) {
            List<T> copy = OrderedMaps.copyOfList(values, element.json());
            present |= bit(element);
            return copy;
        }

        /** {@return {@code list} with {@code value} added: this builder's own list}, marking {@code element} present */
        private <T> List<T> append(List<T> list, T value, StatementElement element) {
            List<T> own = OrderedMaps.appended(list, value, element.json());
            present |= bit(element);
            return own;
        }
    }
}

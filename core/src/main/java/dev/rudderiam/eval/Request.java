package dev.rudderiam.eval;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.arn.Arn;
import dev.rudderiam.pattern.Glob;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One request to decide: who (principal ARN, or a service principal such as {@code s3.amazonaws.com}), in which
 * account, asks for which action on which resource in which account, with which condition context.
 *
 * <p>The principal's account is taken from its ARN; the resource's account defaults to the one in the resource
 * ARN and, when that has none (S3 buckets), to the principal's. As AWS adds them to every request context,
 * {@code aws:PrincipalArn}, {@code aws:PrincipalAccount} and, for an IAM user, {@code aws:username} are filled in
 * unless the context sets them. Context keys compare ignoring case.
 *
 * <pre>{@code
 * Request request = Request.builder()
 *     .principal("arn:aws:iam::422074288268:root")
 *     .action("sts:AssumeRole")
 *     .resource("arn:aws:iam::111122223333:role/rudderstack")
 *     .context("sts:ExternalId", ContextValue.of("workspace-1"))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-reqcontext.html">Processing
 *     the request context</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">Global
 *     condition context keys: aws:PrincipalArn, aws:PrincipalAccount, aws:username</a>
 */
public final class Request {
    /** A service principal: a host name such as {@code s3.amazonaws.com}. */
    private static final Pattern SERVICE_PRINCIPAL = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private final String principal;
    private final @Nullable String givenPrincipalAccount;
    private final @Nullable String givenResourceAccount;
    private final @Nullable String principalAccount;
    private final String action;
    private final String actionLowerCase;
    private final @Nullable String serviceLowerCase;
    private final boolean asciiAction;
    private final String resource;
    private final @Nullable String resourceAccount;
    private final boolean sameAccount;
    private final Map<String, ContextValue> context;
    private final Map<String, String> contextNames;
    /**
     * Most keys {@link #internedValue} scans for identity; a request with more (a hostile batch line) is looked up
     * by hash, so that the time per condition clause does not grow with the request.
     */
    private static final int IDENTITY_SCAN_KEYS = 16;
    /** The context's lower-case keys, interned, and their values, in the same order: {@link #internedValue}. */
    private final String[] keys;
    private final ContextValue[] keyValues;
    /** The keys this request filled in itself, left out by {@link #toBuilder()}. */
    private final Set<String> derived = new HashSet<>();
    private final Glob.Variables variables = this::variable;
    private final PrincipalMatcher.Caller caller;
    private final boolean serviceLinkedRole;

    private Request(Builder b) {
        this.principal = require(b.principal, "principal");
        this.action = require(b.action, "action");
        this.resource = require(b.resource, "resource");
        this.actionLowerCase = action.toLowerCase(Locale.ROOT).intern();
        this.serviceLowerCase = intern(ActionIndex.service(actionLowerCase));
        this.asciiAction = ActionIndex.isAscii(actionLowerCase);
        this.givenPrincipalAccount = b.principalAccount;
        this.givenResourceAccount = b.resourceAccount;
        Optional<Arn> principalArn = Arn.tryParse(principal);
        if (principalArn.isEmpty() && !SERVICE_PRINCIPAL.matcher(principal).matches()) {
            throw new IllegalArgumentException("request principal '" + principal + "' is invalid: expected an IAM ARN"
                    + " (arn:aws:iam::123456789012:user/name, :role/name, :root, or an"
                    + " arn:aws:sts::...:assumed-role/role/session) or a service principal such as s3.amazonaws.com");
        }
        this.principalAccount = intern(b.principalAccount != null ? b.principalAccount
                : principalArn.flatMap(Arn::accountId).map(AccountId::value).orElse(null));
        this.resourceAccount = intern(b.resourceAccount != null ? b.resourceAccount
                : Arn.tryParse(resource).flatMap(Arn::accountId).map(AccountId::value).orElse(principalAccount));
        this.sameAccount = principalAccount != null && principalAccount.equals(resourceAccount);
        Map<String, ContextValue> values = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        b.context.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT).intern();
            values.put(lower, value);
            names.put(lower, name);
        });
        if (principalArn.isPresent()) {
            putIfAbsent(values, names, "aws:PrincipalArn", ContextValue.of(ContextValue.Type.ARN, principal));
            String resourcePart = principalArn.get().resource();
            if (principalArn.get().service().equals("iam") && resourcePart.startsWith("user/")) {
                putIfAbsent(values, names, "aws:username",
                        ContextValue.of(resourcePart.substring(resourcePart.lastIndexOf('/') + 1)));
            }
        }
        if (principalAccount != null) {
            putIfAbsent(values, names, "aws:PrincipalAccount", ContextValue.of(principalAccount));
        }
        this.context = Collections.unmodifiableMap(values);
        this.contextNames = Collections.unmodifiableMap(names);
        this.keys = values.keySet().toArray(String[]::new);
        this.keyValues = values.values().toArray(ContextValue[]::new);
        this.caller = PrincipalMatcher.Caller.of(principal, principalAccount);
        this.serviceLinkedRole = b.serviceLinkedRole;
    }

    PrincipalMatcher.Caller caller() {
        return caller;
    }

    /**
     * {@return the canonical instance of {@code text}}: the lower-case action, the accounts and the context keys
     * are interned, as are the keys and accounts an {@link Evaluator} compiles, so that its look-ups usually find
     * equal strings by identity ({@link String#equals} checks that first) instead of comparing their characters,
     * and {@link #internedValue} finds a condition's key by identity alone (exact, as interning guarantees).
     * Interned strings no longer referenced are collected.
     */
    static @Nullable String intern(@Nullable String text) {
        return text == null ? null : text.intern();
    }

    /** {@return whether the principal's account is known and is the resource's account} */
    boolean sameAccount() {
        return sameAccount;
    }

    private void putIfAbsent(Map<String, ContextValue> values, Map<String, String> names, String key,
            ContextValue value) {
        String lower = key.toLowerCase(Locale.ROOT).intern();
        if (!values.containsKey(lower)) {
            values.put(lower, value);
            names.put(lower, key);
            derived.add(lower);
        }
    }

    private static String require(@Nullable String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("request " + field + " is missing: a request needs a " + field);
        }
        return value;
    }

    /** {@return a builder for a request} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this request as given: derived accounts and context keys are derived again} */
    public Builder toBuilder() {
        Builder b = new Builder().principal(principal).action(action).resource(resource);
        b.principalAccount = givenPrincipalAccount;
        b.resourceAccount = givenResourceAccount;
        b.serviceLinkedRole = serviceLinkedRole;
        context.forEach((lower, value) -> {
            if (!derived.contains(lower)) {
                b.context(Objects.requireNonNull(contextNames.get(lower)), value);
            }
        });
        return b;
    }

    /** {@return the principal: an ARN, or a service principal name} */
    public String principal() {
        return principal;
    }

    /** {@return the principal's account, or null for a service principal} */
    public @Nullable String principalAccount() {
        return principalAccount;
    }

    /**
     * {@return whether the principal is a service-linked role (or its session)}: SCPs and RCPs do not restrict
     * service-linked roles (see {@link Evaluator}). A session ARN does not show the role's
     * {@code /aws-service-role/} path, so the caller says so.
     */
    public boolean serviceLinkedRole() {
        return serviceLinkedRole;
    }

    /** {@return the action, such as {@code s3:PutObject}} */
    public String action() {
        return action;
    }

    String actionLowerCase() {
        return actionLowerCase;
    }

    /** {@return the action's service prefix in lower case ({@code s3}), or null when the action has no colon} */
    @Nullable String serviceLowerCase() {
        return serviceLowerCase;
    }

    /** {@return whether the lower-case action is ASCII, the case {@link ActionIndex} plans for} */
    boolean asciiAction() {
        return asciiAction;
    }

    /** {@return the resource ARN} */
    public String resource() {
        return resource;
    }

    /** {@return the account that owns the resource, or null when neither it nor the principal has one} */
    public @Nullable String resourceAccount() {
        return resourceAccount;
    }

    /** {@return the context keys as given (with the derived ones), by name as written} */
    public Map<String, ContextValue> context() {
        Map<String, ContextValue> out = new LinkedHashMap<>();
        context.forEach((lower, value) -> out.put(contextNames.get(lower), value));
        return out;
    }

    /**
     * {@return the value of {@code internedLowerCaseKey}, a key given as {@link String#intern()} returns it, or null
     * when the request has no such key}: the value {@link #context()} holds under that key ignoring case. Among the
     * few keys of a usual request it is found by identity, without hashing; exact, not a guess, as the keys here are
     * interned too and two interned strings are the same object exactly when they are equal. A request of more than
     * {@link #IDENTITY_SCAN_KEYS} keys is looked up by hash. Condition clauses intern their keys when compiled
     * ({@link ConditionMatcher}).
     */
    @Nullable ContextValue internedValue(String internedLowerCaseKey) {
        String[] k = keys;
        if (k.length > IDENTITY_SCAN_KEYS) {
            return context.get(internedLowerCaseKey); // a large context: hashing beats a scan per clause
        }
        for (int i = 0; i < k.length; i++) {
            if (k[i] == internedLowerCaseKey) {
                return keyValues[i];
            }
        }
        return null;
    }

    Glob.Variables variables() {
        return variables;
    }

    /** {@return the single value of a key, for policy variables; null for absent or multivalued keys} */
    @Nullable String variable(String lowerCaseKey) {
        ContextValue value = context.get(lowerCaseKey);
        return value == null || value.multivalued() ? null : value.values().get(0);
    }

    @Override
    public String toString() {
        return "Request{principal=" + principal + ", action=" + action + ", resource=" + resource
                + ", resourceAccount=" + resourceAccount + ", context=" + context()
                + (serviceLinkedRole ? ", serviceLinkedRole" : "") + "}";
    }

    /** Collects a request. Not thread-safe; {@link #build()} can be called again. */
    public static final class Builder {
        private @Nullable String principal;
        private @Nullable String principalAccount;
        private @Nullable String action;
        private @Nullable String resource;
        private @Nullable String resourceAccount;
        private final Map<String, ContextValue> context = new LinkedHashMap<>();
        private boolean serviceLinkedRole;

        private Builder() {
        }

        /** Marks the principal as a service-linked role or its session, which SCPs and RCPs do not restrict. */
        public Builder serviceLinkedRole(boolean serviceLinkedRole) {
            this.serviceLinkedRole = serviceLinkedRole;
            return this;
        }

        /** Sets the principal: an IAM ARN (user, role, assumed-role session, account root) or a service name. */
        public Builder principal(String principal) {
            this.principal = Objects.requireNonNull(principal, "principal");
            return this;
        }

        /** Sets the principal's account; null derives it from the principal ARN. */
        public Builder principalAccount(@Nullable String account) {
            this.principalAccount = account == null ? null : AccountId.of(account).value();
            return this;
        }

        /** Sets the action. */
        public Builder action(String action) {
            this.action = Objects.requireNonNull(action, "action");
            return this;
        }

        /** Sets the resource ARN. */
        public Builder resource(String resource) {
            this.resource = Objects.requireNonNull(resource, "resource");
            return this;
        }

        /** Sets the resource's account; null derives it from the resource ARN, else the principal's. */
        public Builder resourceAccount(@Nullable String account) {
            this.resourceAccount = account == null ? null : AccountId.of(account).value();
            return this;
        }

        /** Sets a context key (any case; a key set twice in different case keeps the last). */
        public Builder context(String key, ContextValue value) {
            Objects.requireNonNull(key, "context key");
            Objects.requireNonNull(value, "context value");
            context.keySet().removeIf(k -> k.equalsIgnoreCase(key));
            context.put(key, value);
            return this;
        }

        /** Sets a single-valued string context key. */
        public Builder context(String key, String value) {
            return context(key, ContextValue.of(value));
        }

        /**
         * {@return the request}
         *
         * @throws IllegalArgumentException when principal, action or resource is missing
         */
        public Request build() {
            return new Request(this);
        }
    }
}

package dev.rudderiam.validation.internal;

import dev.rudderiam.validation.PolicyContext;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What rules derive from a {@link PolicyContext} (the statement views with their parsed ARNs and resolved actions),
 * computed once per run and shared by every rule of the run. The values live in the context, which keeps them out
 * of its API: the context hands this class its private store once, when the context class is initialized.
 */
public final class Memo {
    /** The context's private store; a context's class registers it before any context exists. */
    public interface Store {
        /**
         * {@return the value of {@code context} for {@code key}, computed by {@code compute} and kept on first
         * request}
         */
        Object get(PolicyContext context, Object key, Function<PolicyContext, ?> compute);
    }

    private static @Nullable Store store;

    private Memo() {
    }

    /**
     * {@return the value derived from {@code context} for {@code key}, computing it with {@code compute} on first
     * request}; {@code key} is a constant of the caller's own, so two callers never share a value by accident
     */
    @SuppressWarnings("unchecked")
    public static <T> T of(PolicyContext context, Object key, Function<PolicyContext, T> compute) {
        Store registered = store;
        if (registered == null) {
            // Unreachable: a context exists, so its class, which registers the store, is initialized.
            throw new IllegalStateException("no memo store: " + PolicyContext.class.getName() + " did not register one");
        }
        return (T) registered.get(context, key, compute);
    }

    /**
     * Registers the context's store; called once, by {@link PolicyContext}'s class initializer.
     *
     * @param contextStore the store
     * @throws IllegalStateException if a store is registered already
     */
    public static void register(Store contextStore) {
        Objects.requireNonNull(contextStore, "store");
        if (store != null) {
            throw new IllegalStateException("a memo store is registered already");
        }
        store = contextStore;
    }
}

package dev.rudderiam.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The object form of a principal, {@code {"AWS": [...], "Service": [...], ...}}: identifiers grouped by type,
 * each group in the order written. An empty group ({@code "AWS": []}) or empty object is held as written so the
 * validator can report it.
 *
 * @param byType identifiers per principal type, in the order written
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
 *     JSON policy elements: Principal</a>
 */
public record PrincipalSet(Map<PrincipalType, List<String>> byType) implements Principal {

    /**
     * Copies the groups, keeping their order, and checks for nulls. This is every check a principal set has,
     * whether it comes from {@link #builder()}, from the JSON reader or from this constructor: no path makes a set
     * the constructor would refuse.
     *
     * @throws NullPointerException naming the type, group or identifier that is null
     */
    public PrincipalSet {
        Objects.requireNonNull(byType, "principal");
        byType = OrderedMaps.copyOf(byType, "principal type", "ids",
                ids -> OrderedMaps.copyOfList(ids, "principal id"));
    }

    /** {@return a builder for a principal set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this set's groups, in order} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        byType.forEach(builder::group);
        return builder;
    }

    /** {@return every identifier with its type, in the order written} */
    public List<PrincipalId> ids() {
        List<PrincipalId> ids = new ArrayList<>();
        byType.forEach((type, values) -> values.forEach(value -> ids.add(new PrincipalId(type, value))));
        return List.copyOf(ids);
    }

    /** {@return the identifiers of one type, empty when the type is absent} */
    public List<String> ids(PrincipalType type) {
        return byType.getOrDefault(type, List.of());
    }

    /** Collects identifiers grouped by type. Not thread-safe; {@link #build()} can be called again. */
    public static final class Builder {
        private final Map<PrincipalType, List<String>> byType = new LinkedHashMap<>();

        private Builder() {
        }

        /** Appends {@code id} to its type's group. */
        public Builder add(PrincipalId id) {
            Objects.requireNonNull(id, "principal id");
            byType.computeIfAbsent(id.type(), t -> new ArrayList<>()).add(id.value());
            return this;
        }

        /** Appends {@code id} to the group of {@code type}, as in {@code add(PrincipalId.of(type, id))}. */
        public Builder add(PrincipalType type, String id) {
            return add(PrincipalId.of(type, id));
        }

        /** Replaces the group of {@code type} with {@code ids}; an empty list keeps an empty group. */
        public Builder group(PrincipalType type, List<String> ids) {
            byType.put(Objects.requireNonNull(type, "principal type"), new ArrayList<>(ids));
            return this;
        }

        /** {@return the principal set} */
        public PrincipalSet build() {
            return new PrincipalSet(byType);
        }
    }
}

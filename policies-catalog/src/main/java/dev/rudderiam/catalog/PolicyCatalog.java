package dev.rudderiam.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The destination policy templates shipped with this library: one per policy a RudderStack destination needs
 * from its IAM role, covering every destination RudderStack lists for role-based authentication. Loaded once from
 * {@code dev/rudderiam/catalog/index.json}; immutable and thread-safe.
 *
 * <pre>{@code
 * PolicyCatalog catalog = PolicyCatalog.bundled();
 * for (DestinationTemplate template : catalog.destinations()) {
 *     System.out.println(template.id() + "  " + template.name());
 * }
 * PolicyDocument kinesis = catalog.template("KINESIS").render(Map.of(
 *     "region", "us-east-1", "accountId", "123456789012", "streamName", "events"));
 * }</pre>
 *
 * @see <a href="https://www.rudderstack.com/docs/destinations/aws-iam-role-for-rudderstack/">RudderStack: Create an
 *     IAM role for AWS-based destinations</a>
 */
public final class PolicyCatalog {
    private static final String INDEX = "index.json";

    private final List<DestinationTemplate> destinations;

    private PolicyCatalog(List<DestinationTemplate> destinations) {
        this.destinations = List.copyOf(destinations);
    }

    /** Holds the bundled catalog, loaded on first use. */
    private static final class Holder {
        static final PolicyCatalog INSTANCE = new PolicyCatalog(CatalogReader.read(PolicyCatalog.class, INDEX));
    }

    /**
     * {@return the catalog shipped in this jar, loaded once and shared}
     *
     * @throws IllegalStateException when the bundled resources are malformed (a packaging bug)
     */
    public static PolicyCatalog bundled() {
        return Holder.INSTANCE;
    }

    /** {@return every template, in catalog order (streaming destinations first, then warehouses)} */
    public List<DestinationTemplate> destinations() {
        return destinations;
    }

    /** {@return the template with id {@code id}, compared ignoring case} */
    public Optional<DestinationTemplate> find(String id) {
        Objects.requireNonNull(id, "destination id");
        return destinations.stream().filter(t -> t.id().equalsIgnoreCase(id)).findFirst();
    }

    /**
     * {@return the template with id {@code id}, compared ignoring case}
     *
     * @throws IllegalArgumentException naming the known ids when there is none
     */
    public DestinationTemplate template(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("destination '" + id + "' is unknown: the"
                + " catalog has " + destinations.stream().map(DestinationTemplate::id)
                        .collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return "PolicyCatalog" + destinations.stream().map(DestinationTemplate::id).collect(Collectors.toList());
    }
}

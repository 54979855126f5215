package dev.rudderiam.catalog.reference;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Effect;
import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.policy.StatementElement;
import dev.rudderiam.reference.ManagedPolicyReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What the AWS managed policies grant, shipped with this library: for each of the 1,388 policies of the snapshot,
 * by name, the {@code Allow} statements of its default version with their actions and resources. Conditions, Sids
 * and {@code Deny} statements are left out, which keeps the resource small (about 250 kB gzip-compressed) and is all
 * the RudderStack rule on attached managed policies reads: a condition only narrows an {@code Allow}, so leaving it
 * out can only make the rule see more access, never less.
 *
 * <p>It is shipped as {@code aws-managed-policies.json.gz}, a JSON object of policy name to document, compiled by
 * {@link #main} from a folder of the policies' documents ({@code <PolicyName>.json}, the default versions as
 * {@code GetPolicyVersion} returns them). AWS managed policy names are unique, whatever their path, so a lookup goes
 * by the ARN's last path segment. Each document is read on first lookup and kept. Thread-safe.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies">AWS
 *     managed policies</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html">GetPolicyVersion</a>
 */
public final class BundledManagedPolicies implements ManagedPolicyReference {
    static final String RESOURCE = "aws-managed-policies.json.gz";

    private final Map<?, ?> documents;
    private final Map<String, PolicyDocument> read = new ConcurrentHashMap<>();

    private BundledManagedPolicies(Map<?, ?> documents) {
        this.documents = documents;
    }

    /** Holds the snapshot, loaded on first use. */
    private static final class Holder {
        static final BundledManagedPolicies INSTANCE = load();
    }

    /** {@return the bundled managed policies, loaded once and shared} */
    public static BundledManagedPolicies bundled() {
        return Holder.INSTANCE;
    }

    private static BundledManagedPolicies load() {
        try (InputStream raw = BundledManagedPolicies.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("bundled managed policies " + RESOURCE + " are missing from the"
                        + " class path of " + BundledManagedPolicies.class.getName());
            }
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                return new BundledManagedPolicies((Map<?, ?>) JsonValues.read(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled managed policies " + RESOURCE, e);
        }
    }

    @Override
    public Optional<PolicyDocument> grants(Arn policyArn) {
        Objects.requireNonNull(policyArn, "policy ARN");
        if (!policyArn.account().equals("aws") || !policyArn.resource().startsWith("policy/")) {
            return Optional.empty();
        }
        String name = policyArn.resource().substring(policyArn.resource().lastIndexOf('/') + 1);
        Object document = documents.get(name);
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(read.computeIfAbsent(name, n -> PolicyJson.readValue(document)));
    }

    /** {@return the number of policies the snapshot holds} */
    public int size() {
        return documents.size();
    }

    /**
     * Compiles the folder {@code args[0]} of AWS managed policy documents ({@code <PolicyName>.json}) into
     * {@code args[1]}, the resource {@code aws-managed-policies.json.gz}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BundledManagedPolicies <folder of PolicyName.json> <out.json.gz>");
        }
        Map<String, String> documents = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                documents.put(name.substring(0, name.length() - ".json".length()),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            out.write(compile(documents).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * {@return the resource's JSON text for {@code documents}, policy name to document}: each document reduced to its
     * {@code Allow} statements without {@code Sid} and {@code Condition}, in name order
     */
    static String compile(Map<String, String> documents) {
        Map<String, Object> grants = new LinkedHashMap<>();
        new TreeMap<>(documents).forEach((name, text) -> {
            PolicyDocument document = PolicyJson.read(text);
            List<Statement> allows = document.statements().stream().filter(s -> s.effect() == Effect.ALLOW)
                    .map(s -> s.toBuilder().without(StatementElement.SID).without(StatementElement.CONDITION).build())
                    .collect(Collectors.toList());
            grants.put(name, PolicyDocument.builder().version(document.version()).statements(allows).build());
        });
        return JsonValues.write(grants);
    }
}

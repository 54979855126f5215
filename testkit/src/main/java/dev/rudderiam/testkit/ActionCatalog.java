package dev.rudderiam.testkit;

import dev.rudderiam.policy.Action;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import dev.rudderiam.reference.ServiceReferenceProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/** The actions arbitraries draw from: the bundled service reference when present, else a built-in set. */
final class ActionCatalog {
    /** The actions RudderStack's destinations use, with their resource ARN formats from the service reference. */
    private static final List<ActionTemplate> BUILT_IN = List.of(
            template("s3:GetObject", "arn:${Partition}:s3:::${BucketName}/${ObjectName}"),
            template("s3:PutObject", "arn:${Partition}:s3:::${BucketName}/${ObjectName}"),
            template("s3:PutObjectAcl", "arn:${Partition}:s3:::${BucketName}/${ObjectName}"),
            template("s3:DeleteObject", "arn:${Partition}:s3:::${BucketName}/${ObjectName}"),
            template("s3:ListBucket", "arn:${Partition}:s3:::${BucketName}"),
            template("kinesis:PutRecord", "arn:${Partition}:kinesis:${Region}:${Account}:stream/${StreamName}"),
            template("kinesis:PutRecords", "arn:${Partition}:kinesis:${Region}:${Account}:stream/${StreamName}"),
            template("firehose:PutRecord",
                    "arn:${Partition}:firehose:${Region}:${Account}:deliverystream/${DeliveryStreamName}"),
            template("firehose:PutRecordBatch",
                    "arn:${Partition}:firehose:${Region}:${Account}:deliverystream/${DeliveryStreamName}"),
            template("lambda:InvokeFunction",
                    "arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}"),
            template("events:PutEvents", "arn:${Partition}:events:${Region}:${Account}:event-bus/${EventBusName}"),
            template("personalize:PutEvents"),
            template("glue:GetTable", "arn:${Partition}:glue:${Region}:${Account}:table/${DatabaseName}/${TableName}"),
            template("redshift:GetClusterCredentials",
                    "arn:${Partition}:redshift:${Region}:${Account}:dbuser:${ClusterName}/${DbUser}"));

    /** Services drawn from by default when the service reference is present. */
    static final Set<String> DEFAULT_SERVICES =
            Set.of("s3", "kinesis", "firehose", "lambda", "events", "personalize", "glue", "redshift", "sts", "kms");

    private ActionCatalog() {
    }

    static List<ActionTemplate> builtIn() {
        return BUILT_IN;
    }

    /** {@return the service reference on the class path (the policies catalog's bundled one), if any} */
    static Optional<ServiceReference> bundledReference() {
        return bundledReference(ActionCatalog.class.getClassLoader());
    }

    /**
     * {@return the service reference registered with {@link ServiceLoader} in {@code loader}, if any}: the policies
     * catalog registers its bundled snapshot, so the kit uses it exactly when the catalog is on the class path
     *
     * @throws IllegalStateException when a registered provider cannot be loaded, or several are registered (the
     *     kit will not pick one at random)
     */
    static Optional<ServiceReference> bundledReference(ClassLoader loader) {
        List<ServiceReferenceProvider> providers = new ArrayList<>();
        try {
            ServiceLoader.load(ServiceReferenceProvider.class, loader).forEach(providers::add);
        } catch (ServiceConfigurationError broken) {
            throw new IllegalStateException("a " + ServiceReferenceProvider.class.getName() + " is registered on"
                    + " the class path but cannot be loaded: " + broken.getMessage(), broken);
        }
        if (providers.size() > 1) {
            List<String> names = new ArrayList<>();
            providers.forEach(provider -> names.add(provider.getClass().getName()));
            throw new IllegalStateException("several service references are registered on the class path " + names
                    + ": the testkit uses one; keep one " + ServiceReferenceProvider.class.getName() + " provider"
                    + " on the class path");
        }
        return providers.isEmpty() ? Optional.empty() : Optional.of(providers.get(0).serviceReference());
    }

    /** {@return every action of {@code services} in {@code reference}, shortest names first so shrinking reads well} */
    static List<ActionTemplate> fromReference(ServiceReference reference, Set<String> services) {
        List<ActionTemplate> templates = new ArrayList<>();
        for (String prefix : services) {
            ServiceInfo service = reference.service(prefix).orElseThrow(() -> new IllegalArgumentException(
                    "service '" + prefix + "' is not in the service reference"));
            for (ActionInfo action : service.actions().values()) {
                List<String> arns = new ArrayList<>();
                for (ActionInfo.ResourceTypeUse use : action.resourceTypes()) {
                    ResourceTypeInfo type = service.resourceTypes().get(use.resourceType());
                    if (type != null) {
                        arns.add(type.arnFormat());
                    }
                }
                templates.add(new ActionTemplate(
                        Action.of(service.prefix().toLowerCase(Locale.ROOT) + ":" + action.name()), arns));
            }
        }
        templates.sort(Comparator.comparing((ActionTemplate t) -> t.action().value().length())
                .thenComparing(t -> t.action().value()));
        return templates;
    }

    private static ActionTemplate template(String action, String... arns) {
        return new ActionTemplate(Action.of(action), List.of(arns));
    }
}

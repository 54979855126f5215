package dev.rudderiam.catalog;

import dev.rudderiam.policy.Action;
import dev.rudderiam.policy.Resource;
import dev.rudderiam.policy.Statement;
import dev.rudderiam.reference.ActionInfo;
import dev.rudderiam.reference.ResourceTypeInfo;
import dev.rudderiam.reference.ServiceInfo;
import dev.rudderiam.reference.ServiceReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test oracle: checks a statement's actions against the service reference and its resources against the actions'
 * resource types, using the ARN formats of the reference ({@code arn:${Partition}:s3:::${BucketName}/${ObjectName}}).
 * A placeholder matches one ARN segment ({@code [^:/]+}), the last placeholder of a format the rest of the ARN;
 * a resource has the type of the most specific format it matches (the one with most literal characters), so
 * {@code arn:aws:s3:::b/*} is an object, not a bucket. A qualified form of a type (a format that extends the type's
 * format with {@code :${Qualifier}}, such as Lambda's "function alias" of "function") counts as the type, because
 * a qualified ARN names a version of that resource (Lambda documents {@code function:<name>:*} for "all versions
 * and aliases": https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html).
 */
final class ResourceTypes {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z]+}");

    private final ServiceReference reference;

    ResourceTypes(ServiceReference reference) {
        this.reference = reference;
    }

    /** {@return the problems of {@code statement}: unknown actions, resources of no type, missing required types} */
    List<String> problems(Statement statement) {
        List<String> problems = new ArrayList<>();
        boolean star = statement.resources().equals(List.of(Resource.ALL));
        List<String> usedTypes = new ArrayList<>();
        for (Action action : statement.actions()) {
            Optional<ServiceInfo> service = reference.service(action.service());
            Optional<ActionInfo> info = service.flatMap(s -> s.action(action.name()));
            if (info.isEmpty()) {
                problems.add("unknown action " + action);
                continue;
            }
            if (star) {
                continue;
            }
            List<ActionInfo.ResourceTypeUse> uses = info.get().resourceTypes();
            if (uses.isEmpty()) {
                problems.add(action + " has no resource type, so its resource must be \"*\"");
                continue;
            }
            List<String> typesOfResources = new ArrayList<>();
            for (Resource resource : statement.resources()) {
                typeOf(service.get(), resource.value()).ifPresent(type -> {
                    typesOfResources.add(type);
                    typesOfResources.addAll(unqualified(service.get(), type));
                });
            }
            boolean any = false;
            for (ActionInfo.ResourceTypeUse use : uses) {
                boolean present = typesOfResources.contains(use.resourceType());
                any |= present;
                if (use.required() && !present) {
                    problems.add(action + " requires a resource of type " + use.resourceType());
                }
                if (present) {
                    usedTypes.add(action.service() + "/" + use.resourceType());
                }
            }
            if (!any) {
                problems.add(action + " has no resource of its types " + uses);
            }
        }
        if (!star) {
            for (Resource resource : statement.resources()) {
                boolean used = false;
                for (Action action : statement.actions()) {
                    Optional<ServiceInfo> service = reference.service(action.service());
                    if (service.isPresent()) {
                        Optional<String> type = typeOf(service.get(), resource.value());
                        if (type.isPresent()) {
                            List<String> types = new ArrayList<>(unqualified(service.get(), type.get()));
                            types.add(type.get());
                            used |= types.stream().anyMatch(t -> usedTypes.contains(action.service() + "/" + t));
                        }
                    }
                }
                if (!used) {
                    problems.add("resource " + resource + " matches no resource type of the statement's actions");
                }
            }
        }
        return problems;
    }

    /** {@return the types of which {@code type} is a qualified form: its format is theirs plus {@code :${..}}} */
    private static List<String> unqualified(ServiceInfo service, String type) {
        String format = service.resourceTypes().get(type).arnFormat();
        List<String> bases = new ArrayList<>();
        for (ResourceTypeInfo base : service.resourceTypes().values()) {
            String rest = format.startsWith(base.arnFormat() + ":")
                    ? format.substring(base.arnFormat().length() + 1) : "";
            if (PLACEHOLDER.matcher(rest).matches()) {
                bases.add(base.name());
            }
        }
        return bases;
    }

    /** {@return the resource type of {@code arn} among {@code service}'s types, the most specific match} */
    static Optional<String> typeOf(ServiceInfo service, String arn) {
        String best = null;
        int bestLiterals = -1;
        for (ResourceTypeInfo type : service.resourceTypes().values()) {
            String format = type.arnFormat();
            if (regex(format).matcher(arn).matches()) {
                int literals = PLACEHOLDER.matcher(format).replaceAll("").length();
                if (literals > bestLiterals) {
                    best = type.name();
                    bestLiterals = literals;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Pattern regex(String format) {
        StringBuilder regex = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(format);
        int last = 0;
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            regex.append(Pattern.quote(format.substring(last, span[0])));
            String placeholder = format.substring(span[0], span[1]);
            if (placeholder.equals("${Partition}")) {
                regex.append("aws");
            } else {
                regex.append(i == spans.size() - 1 && span[1] == format.length() ? ".+" : "[^:/]+");
            }
            last = span[1];
        }
        regex.append(Pattern.quote(format.substring(last)));
        return Pattern.compile(regex.toString());
    }
}

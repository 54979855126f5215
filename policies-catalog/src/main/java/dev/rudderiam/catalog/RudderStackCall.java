package dev.rudderiam.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One request that reaches AWS with this role's permissions when RudderStack serves a destination, as read in
 * RudderStack's open-source code ({@link #source()}): the IAM action AWS authorizes, on which resources, with
 * which condition keys. {@link DestinationTemplate#calls(Map)} lists them for given parameter values; a preflight
 * check turns each into evaluator requests (one per resource: AWS authorizes a call only when every resource it
 * names is allowed) for the principal {@code arn:aws:sts::<account>:assumed-role/<role>/<session>}.
 *
 * <p>Template parameters are already substituted. Values known only while RudderStack runs stay as
 * <em>runtime tokens</em> in braces, without the {@code $} of a template placeholder: {@code {sourceId}} (a
 * RudderStack source id), {@code {key}} (the rest of an object key, which may hold slashes), {@code {table}} (a
 * warehouse table), {@code {database}} (the Glue database RudderStack derives from the source name when no
 * namespace is given), {@code {region}}, {@code {account}}, {@code {eventBus}}, {@code {function}},
 * {@code {qualifier}} (a Lambda alias or version), {@code {dataset}} and {@code {workgroupId}} (what the destination
 * names when the template was not told). {@link #withRuntimeValues(Map)}
 * replaces them; {@link #EXAMPLE_RUNTIME_VALUES} holds one plausible value of each.
 *
 * @param operation the API operation as RudderStack's code calls it, such as {@code PutObject}
 * @param action the IAM action AWS authorizes for it, such as {@code s3:PutObject}; an operation that needs two
 *     actions (a {@code PutObject} with an ACL header needs {@code s3:PutObjectAcl} too) is listed once per action
 * @param resources the resource ARNs the action is authorized against, all of which must be allowed; {@code *} for
 *     an action without a resource type
 * @param context the condition keys the request carries, with their values ({@code s3:prefix} of a listing,
 *     {@code s3:x-amz-acl} of an upload)
 * @param request request parameters seen in the code that decide what the call does, such as
 *     {@code InvocationType=Event}; informational
 * @param condition when RudderStack makes the call: {@code always}, or the parameter values it depends on
 * @param caller who sends the request
 * @param session the role session name RudderStack asks STS for, {@code rudderstack-aws-<service>-access}; null
 *     when a third party ({@link Caller#SNOWFLAKE_STORAGE_INTEGRATION}) assumes the role with its own session
 * @param source where the call was read: {@code repository:path:line} of the stored copy, or a documentation page
 *     where the caller is not RudderStack's code
 * @param note what else matters about the call, or the empty string
 */
public record RudderStackCall(String operation, String action, List<String> resources, Map<String, String> context,
        Map<String, String> request, String condition, Caller caller, @Nullable String session, String source,
        String note) {

    /** Who sends a call with this role's permissions. */
    public enum Caller {
        /** RudderStack's servers, with a session of the role they assume themselves. */
        RUDDERSTACK,
        /**
         * A warehouse (Redshift, Snowflake, Databricks) running RudderStack's {@code COPY}, with the temporary
         * credentials of RudderStack's session that RudderStack passes into the statement.
         */
        WAREHOUSE_WITH_RUDDERSTACK_CREDENTIALS,
        /** Snowflake's storage integration, which assumes the same role as its own IAM user with its own session. */
        SNOWFLAKE_STORAGE_INTEGRATION
    }

    /** A runtime token: a name in braces not preceded by {@code $}. */
    private static final Pattern TOKEN = Pattern.compile("(?<!\\$)\\{([A-Za-z][A-Za-z0-9]*)}");

    /** One plausible value of each runtime token, for tests and preflight requests that need a concrete ARN. */
    public static final Map<String, String> EXAMPLE_RUNTIME_VALUES = Map.ofEntries(
            Map.entry("sourceId", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF"),
            Map.entry("key", "2026-12-01/1764547200.2Nk4t3WkHTGYzbTvG2zLXJXKNoF.json.gz"),
            Map.entry("table", "tracks"),
            Map.entry("database", "web_app"),
            Map.entry("region", "us-east-1"),
            Map.entry("account", "123456789012"),
            Map.entry("eventBus", "default"),
            Map.entry("function", "ingest-events"),
            Map.entry("qualifier", "live"),
            Map.entry("dataset", "shop/USERS"),
            Map.entry("workgroupId", "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"));

    /** Checks for null and copies the collections. */
    public RudderStackCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(action, "action");
        resources = List.copyOf(resources);
        context = Map.copyOf(context);
        request = Map.copyOf(request);
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("call " + operation + " (" + action + ") names no resource: a call"
                    + " is authorized against at least one resource, \"*\" for an action without a resource type");
        }
    }

    /** {@return the runtime tokens the resources and context values hold, in order of first use} */
    public Set<String> runtimeTokens() {
        Set<String> tokens = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>(resources);
        texts.addAll(context.values());
        for (String text : texts) {
            Matcher matcher = TOKEN.matcher(text);
            while (matcher.find()) {
                tokens.add(matcher.group(1));
            }
        }
        return tokens;
    }

    /**
     * {@return this call with the runtime tokens in its resources and context values replaced}
     *
     * @param values token name (without braces) to value
     * @throws IllegalArgumentException naming the token when {@code values} lacks one the call holds
     */
    public RudderStackCall withRuntimeValues(Map<String, String> values) {
        Objects.requireNonNull(values, "runtime values");
        List<String> resolved = new ArrayList<>();
        for (String resource : resources) {
            resolved.add(replace(resource, values));
        }
        Map<String, String> resolvedContext = new LinkedHashMap<>();
        context.forEach((key, value) -> resolvedContext.put(key, replace(value, values)));
        return new RudderStackCall(operation, action, resolved, resolvedContext, request, condition, caller, session,
                source, note);
    }

    private String replace(String text, Map<String, String> values) {
        Matcher matcher = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("runtime token '{" + matcher.group(1) + "}' of call " + operation
                        + " (" + action + ") has no value: give one for each of " + runtimeTokens());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

package dev.rudderiam.cli;

import dev.rudderiam.eval.ContextValue;
import dev.rudderiam.eval.Evaluation;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.OrganizationLevel;
import dev.rudderiam.eval.Request;
import dev.rudderiam.eval.StatementRef;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simulate}: decides one request (or a file of them, one JSON object per line) offline against identity
 * policies, a permissions boundary, a session policy, a trust or resource policy and the organization's SCPs and
 * RCPs level by level, and prints the decision with the deciding statements of every layer.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Decide a request offline against policies, as AWS's evaluation logic does.",
            "Prints Allowed, ExplicitlyDenied or ImplicitlyDenied and the statements that decided it.",
            "With --batch, reads one JSON request per line and prints one JSON answer per line."})
final class SimulateCommand implements Callable<Integer> {
    private static final int CACHE_SIZE = 64;
    /** The most digits of a context number written out; far more than any numeric condition key holds. */
    private static final int MAX_NUMBER_DIGITS = 1000;
    /** The keys a {@code --batch} request line may have, in the order the README documents them. */
    private static final List<String> BATCH_KEYS = List.of("policies", "boundary", "sessionPolicy", "trust",
            "resourcePolicy", "scps", "rcps", "principal", "action", "resource", "resourceAccount", "context");

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "FILE", description = "Identity policy of the principal (repeatable).")
    List<String> policies = new ArrayList<>();

    @Option(names = "--boundary", paramLabel = "FILE", description = "Permissions boundary of the principal.")
    @Nullable String boundary;

    @Option(names = "--trust", paramLabel = "FILE", description = "Role trust policy (for sts:AssumeRole).")
    @Nullable String trust;

    @Option(names = "--resource-policy", paramLabel = "FILE", description = "Other resource-based policy.")
    @Nullable String resourcePolicy;

    @Option(names = "--session-policy", paramLabel = "FILE", description = "Session policy of the role session.")
    String sessionPolicy;

    @Option(names = "--scp", paramLabel = "LEVEL=FILE", description = {"An SCP on the principal's account path"
        + " (repeatable).", "LEVEL: root (or r-...), an OU id (ou-...), account (or the id); FILE alone means account."})
    List<String> scps = new ArrayList<>();

    @Option(names = "--rcp", paramLabel = "LEVEL=FILE",
            description = "An RCP on the resource's account path, levels as for --scp (repeatable).")
    List<String> rcps = new ArrayList<>();

    @Option(names = "--principal", paramLabel = "ARN", description = "Principal ARN or service principal.")
    @Nullable String principal;

    @Option(names = "--action", paramLabel = "A", description = "Action, such as s3:PutObject.")
    @Nullable String action;

    @Option(names = "--resource", paramLabel = "R", description = "Resource ARN.")
    @Nullable String resource;

    @Option(names = "--resource-account", paramLabel = "ID",
            description = "Account owning the resource (default: the resource ARN's, else the principal's).")
    @Nullable String resourceAccount;

    @Option(names = "--context", paramLabel = "KEY=VALUE",
            description = "Context key and string value (repeatable; repeat a key for a multivalued key).")
    List<String> context = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "FILE|-", description = "File of JSON requests, one per line.")
    @Nullable String batch;

    private final Map<String, Evaluator> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Evaluator> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (batch != null) {
            return runBatch(out);
        }
        for (String[] required : new String[][] {{"--principal", principal}, {"--action", action},
            {"--resource", resource}}) {
            if (required[1] == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '" + required[0]
                        + "' (or use --batch)");
            }
        }
        if (trust != null && resourcePolicy != null) {
            throw new ParameterException(spec.commandLine(), "--trust and --resource-policy are exclusive");
        }
        Evaluator.Builder evaluator = Evaluator.builder();
        policies.forEach(file -> evaluator.identityPolicy(PolicyJson.read(Inputs.read(file))));
        if (boundary != null) {
            evaluator.boundary(PolicyJson.read(Inputs.read(boundary)));
        }
        if (trust != null) {
            evaluator.trustPolicy(PolicyJson.read(Inputs.read(trust)));
        }
        if (resourcePolicy != null) {
            evaluator.resourcePolicy(PolicyJson.read(Inputs.read(resourcePolicy)));
        }
        if (sessionPolicy != null) {
            evaluator.sessionPolicy(PolicyJson.read(Inputs.read(sessionPolicy)));
        }
        evaluator.serviceControlPolicies(levels("--scp", scps));
        evaluator.resourceControlPolicies(levels("--rcp", rcps));
        // The three were checked above; requireNonNull only tells the null checker.
        Request.Builder request = Request.builder().principal(Objects.requireNonNull(principal))
                .action(Objects.requireNonNull(action)).resource(Objects.requireNonNull(resource))
                .resourceAccount(resourceAccount);
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : context) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--context '" + pair + "' is invalid: expected KEY=VALUE");
            }
            values.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>()).add(pair.substring(eq + 1));
        }
        values.forEach((key, list) -> request.context(key, list.size() == 1 ? ContextValue.of(list.get(0))
                : ContextValue.of(list)));
        Evaluation answer = evaluator.build().evaluate(request.build());
        out.println(answer.decision().label());
        for (StatementRef ref : answer.statements()) {
            out.println("  " + Messages.escape(ref.toString()));
        }
        out.println("  (" + Messages.escape(answer.reason()) + ")");
        return ExitCodes.OK;
    }

    /** {@return the levels of {@code --scp} or {@code --rcp} options, root first, each policy read from its file} */
    private static List<OrganizationLevel> levels(String option, List<String> values) {
        List<OrganizationLevel> levels = new ArrayList<>();
        OrganizationLevels.parse(option, values).forEach((level, files) -> levels.add(new OrganizationLevel(level,
                files.stream().map(file -> PolicyJson.read(Inputs.read(file))).toList())));
        return levels;
    }

    /**
     * Answers each line of the batch input on its own output line. A line that fails (unreadable, too long, not
     * JSON, a policy file that cannot be read, a value that does not convert) is answered with
     * {@code {"error":"line N: ..."}} and the next line is read; the exit code is then {@link ExitCodes#BAD_INPUT}.
     */
    private int runBatch(PrintWriter out) {
        int status = ExitCodes.OK;
        try (Inputs.Lines lines = Inputs.lines(Objects.requireNonNull(batch))) {
            while (true) {
                String line;
                try {
                    line = lines.next();
                } catch (Inputs.BadLineException e) {
                    status = ExitCodes.BAD_INPUT;
                    out.println(error(e.number(), e.getMessage()));
                    if (e.more()) {
                        continue;
                    }
                    break;
                }
                if (line == null) {
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.println(answer(line));
                } catch (RuntimeException e) {
                    status = ExitCodes.BAD_INPUT;
                    out.println(error(lines.number(), Main.describe(e)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read '" + batch + "': " + e.getMessage(), e);
        }
        return status;
    }

    private static String error(int line, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", Messages.printable("line " + line + ": " + message));
        return JsonValues.write(error);
    }

    /** {@return the JSON answer to one JSON request line} */
    private String answer(String line) {
        Object parsed = JsonValues.read(line, Inputs.MAX_CHARS);
        if (!(parsed instanceof Map)) {
            throw new IllegalArgumentException("a request line is a JSON object");
        }
        Map<?, ?> json = (Map<?, ?>) parsed;
        for (Object key : json.keySet()) {
            if (!BATCH_KEYS.contains(key)) {
                throw new IllegalArgumentException("\"" + key + "\" is not a request key; a request line has "
                        + String.join(", ", BATCH_KEYS) + " (an unknown key is refused, never ignored, so a policy"
                        + " or condition given under a misspelt key cannot silently drop out of the decision)");
            }
        }
        Evaluator evaluator = evaluator(json);
        Request.Builder request = Request.builder()
                .principal(text(json, "principal"))
                .action(text(json, "action"))
                .resource(text(json, "resource"));
        if (json.get("resourceAccount") != null) {
            request.resourceAccount(text(json, "resourceAccount"));
        }
        Object context = json.get("context");
        if (context instanceof Map) {
            ((Map<?, ?>) context).forEach((key, value) -> request.context(String.valueOf(key), contextValue(value)));
        } else if (context != null) {
            throw new IllegalArgumentException("\"context\" is invalid: expected an object of key to value");
        }
        Evaluation evaluation = evaluator.evaluate(request.build());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("decision", evaluation.decision().label());
        List<Object> statements = new ArrayList<>();
        evaluation.statements().forEach(ref -> statements.add(ref.toString()));
        result.put("statements", statements);
        return JsonValues.write(result);
    }

    private Evaluator evaluator(Map<?, ?> json) {
        String key = JsonValues.write(List.of(value(json, "policies"), value(json, "boundary"), value(json, "trust"),
                value(json, "resourcePolicy"), value(json, "sessionPolicy"), value(json, "scps"), value(json, "rcps")));
        Evaluator cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Evaluator.Builder b = Evaluator.builder();
        Object policyList = json.get("policies");
        if (policyList instanceof List) {
            for (Object policy : (List<?>) policyList) {
                b.identityPolicy(document(policy));
            }
        } else if (policyList != null) {
            throw new IllegalArgumentException("\"policies\" is invalid: expected an array of policy documents");
        }
        if (json.get("boundary") != null) {
            b.boundary(document(json.get("boundary")));
        }
        if (json.get("trust") != null) {
            b.trustPolicy(document(json.get("trust")));
        }
        if (json.get("resourcePolicy") != null) {
            b.resourcePolicy(document(json.get("resourcePolicy")));
        }
        if (json.get("sessionPolicy") != null) {
            b.sessionPolicy(document(json.get("sessionPolicy")));
        }
        b.serviceControlPolicies(levels(json, "scps"));
        b.resourceControlPolicies(levels(json, "rcps"));
        Evaluator evaluator = b.build();
        cache.put(key, evaluator);
        return evaluator;
    }

    /**
     * {@return the organization levels of a batch key}: a list of levels, root first, each a list of policies. The
     * levels are named {@code root}, {@code ou-1}, {@code ou-2}, ... and, the last of two or more,
     * {@code account}.
     */
    private static List<OrganizationLevel> levels(Map<?, ?> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("\"" + key + "\" is invalid: expected an array of levels, root first,"
                    + " each an array of policy documents");
        }
        List<?> given = (List<?>) value;
        List<OrganizationLevel> levels = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (!(given.get(i) instanceof List)) {
                throw new IllegalArgumentException("\"" + key + "\" level " + i + " is invalid: expected an array of"
                        + " policy documents");
            }
            List<PolicyDocument> documents = new ArrayList<>();
            for (Object document : (List<?>) given.get(i)) {
                documents.add(document(document));
            }
            String name = i == 0 ? "root" : i == given.size() - 1 ? "account" : "ou-" + i;
            levels.add(new OrganizationLevel(name, documents));
        }
        return levels;
    }

    private static Object value(Map<?, ?> json, String key) {
        Object value = json.get(key);
        return value == null ? JsonValues.NULL : value;
    }

    /** A policy is given inline as a JSON object, or as a string naming a file. */
    private static PolicyDocument document(Object value) {
        if (value instanceof Map) {
            return PolicyJson.readValue(value);
        }
        if (value instanceof String) {
            return PolicyJson.read(Inputs.read((String) value));
        }
        throw new IllegalArgumentException("a policy is a JSON object or a file name, not " + value);
    }

    private static String text(Map<?, ?> json, String key) {
        Object value = json.get(key);
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a string");
        }
        return (String) value;
    }

    private static ContextValue contextValue(Object value) {
        if (value instanceof List) {
            List<String> values = new ArrayList<>();
            ((List<?>) value).forEach(v -> values.add(scalar(v)));
            return new ContextValue(ContextValue.Type.STRING, values, true);
        }
        if (value instanceof BigDecimal) {
            return ContextValue.of(ContextValue.Type.NUMERIC, plain((BigDecimal) value));
        }
        if (value instanceof Boolean) {
            return ContextValue.of((Boolean) value);
        }
        return ContextValue.of(scalar(value));
    }

    private static String scalar(Object value) {
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof BigDecimal) {
            return plain((BigDecimal) value);
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("context value " + value + " is invalid: expected a string, number,"
                + " boolean or an array of them");
    }

    /**
     * {@return {@code number} written without exponent}, refusing numbers whose plain form would be longer than
     * {@value #MAX_NUMBER_DIGITS} digits: {@code 1e999999999} would otherwise be written out as a billion digits.
     */
    private static String plain(BigDecimal number) {
        long digits = Math.max((long) number.precision() - number.scale(), 1) + Math.max(number.scale(), 0);
        if (digits > MAX_NUMBER_DIGITS) {
            throw new IllegalArgumentException("context value " + number + " is invalid: written out it has " + digits
                    + " digits, more than the " + MAX_NUMBER_DIGITS + " a context number may have here");
        }
        return number.toPlainString();
    }
}

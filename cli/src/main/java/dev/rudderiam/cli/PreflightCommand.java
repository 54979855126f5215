package dev.rudderiam.cli;

import dev.rudderiam.arn.Arn;
import dev.rudderiam.catalog.access.PreflightResult;
import dev.rudderiam.catalog.access.RudderStackAccess;
import dev.rudderiam.catalog.access.RudderStackEgress;
import dev.rudderiam.guardrails.Guardrails;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.json.JsonValues;
import dev.rudderiam.json.PolicyJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code preflight}: for the role the {@code role} options describe, decides every request RudderStack makes for
 * its destinations in the account, with the organization's SCPs and RCPs, bucket policies, KMS key policies and a
 * session policy, and prints each decision with the deciding statements and a one-line fix. The guardrails come from
 * files, and with {@code --read-guardrails} also from AWS ({@link GuardrailReadOptions}) for the layers no file gives.
 */
@Command(name = "preflight", mixinStandardHelpOptions = true,
        description = {"Check that every request RudderStack makes for the role's destinations will be allowed,",
            "guardrails included (SCPs, RCPs, bucket policies, KMS key policies, session policy).",
            "Takes the same options as 'role'. Guardrails come from files, or with --read-guardrails from AWS too.",
            "Exit code 0 when every request is allowed, 1 when any is denied, 2 for bad input or a guardrail that",
            "could not be read."})
final class PreflightCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RoleOptions role;

    @Option(names = "--account", paramLabel = "ID", defaultValue = "123456789012",
            description = "Account the role is in (default: ${DEFAULT-VALUE}).")
    String account;

    @Option(names = "--policy-document", paramLabel = "ARN=FILE",
            description = "Document of a managed policy or the boundary named by ARN; repeat for more, each ARN once.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--scp", paramLabel = "LEVEL=FILE", description = {"An SCP on the account's path; repeat for more.",
        "LEVEL is root (or r-...), an OU id (ou-...) or account (or the account id); FILE alone means account.",
        "Levels are applied root first, OUs in the order given, account last; every level given must allow."})
    List<String> scps = new ArrayList<>();

    @Option(names = "--rcp", paramLabel = "LEVEL=FILE",
            description = "An RCP on the account's path, levels as for --scp; RCPFullAWSAccess is implied everywhere.")
    List<String> rcps = new ArrayList<>();

    @Option(names = "--organization-id", paramLabel = "ID",
            description = "The account's organization id (o-...), which the role's sessions carry as aws:PrincipalOrgID.")
    String organizationId;

    @Option(names = "--management-account",
            description = "The account is the organization's management account: SCPs and RCPs do not apply.")
    boolean managementAccount;

    @Option(names = "--bucket-policy", paramLabel = "BUCKET=FILE", description = "A bucket's policy; repeat for more.")
    List<String> bucketPolicies = new ArrayList<>();

    @Option(names = "--kms-key-policy", paramLabel = "KEYARN=FILE", description = "A KMS key's policy; repeat for more.")
    List<String> keyPolicies = new ArrayList<>();

    @Option(names = "--session-policy", paramLabel = "FILE", description = "Session policy of RudderStack's sessions.")
    String sessionPolicy;

    @Option(names = "--region", paramLabel = "US|EU", defaultValue = "US",
            description = "RudderStack data plane region, for its egress addresses (default: ${DEFAULT-VALUE}).")
    String rudderStackRegion;

    @Option(names = "--plan", paramLabel = "PLAN", defaultValue = "free",
            description = "RudderStack plan: free, starter, growth or enterprise (default: ${DEFAULT-VALUE}).")
    String plan;

    @Option(names = "--aws-region", paramLabel = "REGION", defaultValue = "us-east-1",
            description = "AWS region of resources whose ARN has none (S3 buckets, the role) (default: ${DEFAULT-VALUE}).")
    String awsRegion;

    @Option(names = "--output", paramLabel = "table|json", defaultValue = "table",
            description = "table for people (default), json for machines.")
    String output;

    @Mixin
    GuardrailReadOptions live;

    @Override
    public Integer call() {
        if (!output.equals("table") && !output.equals("json")) {
            throw new IllegalArgumentException("--output '" + output + "' is invalid: expected table or json");
        }
        live.check();
        Guardrails given = files();
        RudderStackAccess.Builder access = access().guardrails(given);
        // Reading live needs the requests first: they name the buckets and keys whose policies to read.
        RudderStackAccess result = live.read ? access.guardrails(read(access.build(), given)).build() : access.build();
        PrintWriter out = this.spec.commandLine().getOut();
        if (output.equals("json")) {
            out.println(JsonValues.write(json(result), JsonStyle.PRETTY));
        } else {
            table(out, result);
        }
        return result.allAllowed() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
    }

    private RudderStackAccess.Builder access() {
        RudderStackAccess.Builder access = RudderStackAccess.builder().role(role.toSpec()).account(account)
                .workspaceId(role.workspaceId).egress(RudderStackEgress.of(rudderStackRegion, plan)).region(awsRegion);
        role.destinations.forEach(d -> access.destination(d.id, d.parameters()));
        KeyValues.parse("--policy-document", "", documents)
                .forEach((arn, file) -> access.policyDocument(Arn.parse(arn), PolicyJson.read(Inputs.read(file))));
        return access;
    }

    /**
     * {@return the guardrails read live, with the files' on top}: a layer given by file is not read (a bucket whose
     * policy is given, a key whose policy is given, the SCPs when any --scp is given, the RCPs when any --rcp is),
     * and --organization-id and --management-account override what is read
     */
    private Guardrails read(RudderStackAccess requests, Guardrails given) {
        if (!spec.commandLine().getParseResult().hasMatchedOption("--account")) {
            throw new IllegalArgumentException("--read-guardrails needs --account: the account whose buckets, keys"
                    + " and organization path are read");
        }
        List<String> buckets = new ArrayList<>(requests.buckets());
        buckets.removeAll(given.bucketPolicies().keySet());
        List<String> keys = new ArrayList<>(requests.keys());
        keys.removeAll(given.keyPolicies().keySet());
        Guardrails.Builder guardrails = Guardrails.builder();
        live.read(account, awsRegion, buckets, requests.keys(), keys, given.scps().isEmpty(), given.rcps().isEmpty(),
                guardrails);
        return guardrails.add(given).build();
    }

    /** {@return the guardrails the options give as files, and the organization flags} */
    private Guardrails files() {
        Guardrails.Builder guardrails = Guardrails.builder();
        if (organizationId != null) {
            guardrails.organizationId(organizationId);
        }
        if (managementAccount) {
            guardrails.managementAccount(true);
        }
        OrganizationLevels.parse("--scp", scps).forEach((level, files) -> files.forEach(
                file -> guardrails.scp(level, file, PolicyJson.read(Inputs.read(file)))));
        OrganizationLevels.parse("--rcp", rcps).forEach((level, files) -> files.forEach(
                file -> guardrails.rcp(level, file, PolicyJson.read(Inputs.read(file)))));
        KeyValues.parse("--bucket-policy", "", bucketPolicies)
                .forEach((bucket, file) -> guardrails.bucketPolicy(bucket, file, PolicyJson.read(Inputs.read(file))));
        KeyValues.parse("--kms-key-policy", "", keyPolicies)
                .forEach((key, file) -> guardrails.keyPolicy(Arn.parse(key).toString(), file,
                        PolicyJson.read(Inputs.read(file))));
        if (sessionPolicy != null) {
            guardrails.sessionPolicy(sessionPolicy, PolicyJson.read(Inputs.read(sessionPolicy)));
        }
        return guardrails.build();
    }

    private static void table(PrintWriter out, RudderStackAccess access) {
        int denied = 0;
        // Columns as wide as their widest entry, so the action and resource columns line up on every line.
        int decisionWidth = 1;
        int operationWidth = 1;
        int actionWidth = 1;
        for (PreflightResult r : access.results()) {
            decisionWidth = Math.max(decisionWidth, r.decision().label().length());
            operationWidth = Math.max(operationWidth, (r.destination() + " " + r.operation()).length());
            actionWidth = Math.max(actionWidth, r.action().length());
        }
        String row = "%-" + decisionWidth + "s  %-" + operationWidth + "s  %-" + actionWidth + "s  %s";
        for (PreflightResult r : access.results()) {
            out.println(Messages.escape(String.format(row, r.decision().label(), r.destination() + " "
                    + r.operation(), r.action(), r.resource())));
            if (!r.allowed()) {
                denied++;
                for (String statement : r.statements()) {
                    out.println("    by   " + Messages.escape(statement));
                }
                out.println("    why  " + Messages.escape(r.reason()));
                out.println("    from " + Messages.escape(String.join(", ", r.deniedFrom())));
                out.println("    fix  " + Messages.escape(r.fix()));
            }
        }
        out.println(denied == 0 ? "All " + access.results().size() + " requests are allowed."
                : denied + " of " + access.results().size() + " requests are denied.");
    }

    private static Map<String, Object> json(RudderStackAccess access) {
        List<Object> results = new ArrayList<>();
        for (PreflightResult r : access.results()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("destination", r.destination());
            item.put("operation", r.operation());
            item.put("action", r.action());
            item.put("principal", r.principal());
            item.put("resource", r.resource());
            item.put("decision", r.decision().label());
            item.put("statements", new ArrayList<Object>(r.statements()));
            item.put("reason", r.reason());
            item.put("deniedFrom", new ArrayList<Object>(r.deniedFrom()));
            item.put("fix", r.fix());
            item.put("assumptions", new ArrayList<Object>(r.assumptions()));
            results.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("allowed", access.allAllowed());
        out.put("results", results);
        return out;
    }
}

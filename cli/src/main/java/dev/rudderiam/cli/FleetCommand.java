package dev.rudderiam.cli;

import dev.rudderiam.arn.AccountId;
import dev.rudderiam.aws.fleet.AccountEntry;
import dev.rudderiam.aws.fleet.FleetApply;
import dev.rudderiam.aws.fleet.FleetManifest;
import dev.rudderiam.aws.fleet.FleetPlan;
import dev.rudderiam.aws.fleet.FleetResult;
import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.json.JsonStyle;
import dev.rudderiam.role.RoleSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * {@code fleet plan MANIFEST} and {@code fleet apply MANIFEST}: one RudderStack role blueprint in every account of a
 * manifest ({@link FleetManifest} documents its shape), through {@link FleetApply}. Each account's IAM client is
 * built from its profile, or from the role it names, assumed with STS from the default credentials (or
 * {@code --profile}); STS {@code GetCallerIdentity} checks that the credentials are for the account the manifest
 * names before any IAM call. Every client re-tries throttling with the SDK's retry strategy ({@code --retry-mode}
 * standard or adaptive, {@code --max-attempts} attempts per call); there is no backoff loop of our own.
 */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = "Plan or apply one role blueprint in many AWS accounts listed in a JSON manifest.",
        subcommands = {FleetCommand.PlanFleet.class, FleetCommand.ApplyFleet.class})
final class FleetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** The SDK retry strategies the command offers, named as the AWS CLI's {@code retry_mode} names them. */
    enum RetryMode {
        /** {@code AwsRetryStrategy.standardRetryStrategy()}. */
        standard,
        /** {@code AwsRetryStrategy.adaptiveRetryStrategy()}. */
        adaptive
    }

    /** The options both subcommands take, with {@code --region}, {@code --endpoint-url} and {@code --output}. */
    static final class FleetOptions extends AwsEndpointOptions {
        @Parameters(index = "0", paramLabel = "MANIFEST", description = "The fleet manifest (JSON), or - for"
                + " standard input.")
        String manifest;

        @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + FleetApply.DEFAULT_CONCURRENCY,
                description = "Accounts worked on at once, 1 to " + FleetApply.MAX_CONCURRENCY + " (default: "
                        + FleetApply.DEFAULT_CONCURRENCY + ").")
        int concurrency;

        @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "8",
                description = "Attempts per IAM and STS call, throttled ones included, 1 to 20 (default: 8).")
        int maxAttempts;

        @Option(names = "--retry-mode", paramLabel = "MODE", defaultValue = "standard",
                description = "The SDK's retry strategy: standard (exponential backoff, from 1 s for throttling)"
                        + " or adaptive (also slows each account's client once IAM throttles it).")
        RetryMode retryMode = RetryMode.standard;

        @Option(names = "--profile", paramLabel = "NAME",
                description = "Profile whose credentials assume the accounts' roleArn (default: the default chain).")
        @Nullable String profile;

        @Option(names = "--sts-endpoint-url", paramLabel = "URL", description = "Send STS calls to this URL"
                + " (default: the --endpoint-url, else STS in the --region, else us-east-1).")
        @Nullable URI stsEndpointUrl;
    }

    /** {@code fleet plan}: what apply would do in each account; read calls only. */
    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Show what fleet apply would do in each account (read calls only).")
    static final class PlanFleet implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        FleetOptions options;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Save the fleet plan (each account's saved plan) for fleet apply --plan FILE, which"
                        + " applies exactly it and refuses, per account, a role that changed meanwhile.")
        @Nullable Path out;

        @Override
        public Integer call() {
            FleetManifest manifest = FleetManifest.parse(Inputs.read(options.manifest));
            try (Clients clients = new Clients(options)) {
                FleetPlan plan = clients.fleet(manifest, spec.commandLine().getErr(), false).planToSave(manifest);
                print(spec.commandLine().getOut(), options, plan.result());
                if (out != null) {
                    SavedPlanFile.save(out, plan.toSavedJson(), "fleet plan", "fleet apply --plan " + out
                            + " MANIFEST", spec.commandLine().getErr());
                }
                return plan.result().succeeded() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
            }
        }
    }

    /** {@code fleet apply}: shows the fleet plan, asks, then applies each account's reviewed plan. */
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Create or update the role in every account of the manifest, after showing the plan and"
                    + " asking (unless --yes). Accounts already right get no write; a failure in one account"
                    + " never stops the others. Exit code 1 when an account failed.")
    static final class ApplyFleet implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        FleetOptions options;

        @Option(names = "--yes", description = "Do not show the plan and ask: plan and apply each account at once.")
        boolean yes;

        @Option(names = "--keep-partial", description = "Keep what a failed apply created instead of deleting it.")
        boolean keepPartial;

        @Option(names = "--plan", paramLabel = "FILE",
                description = "Apply the fleet plan saved by fleet plan --out FILE: each account's saved plan exactly,"
                        + " refused with no write where the role changed since; accounts whose planning failed are"
                        + " not applied.")
        @Nullable String planFile;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            FleetManifest manifest = FleetManifest.parse(Inputs.read(options.manifest));
            FleetPlan saved = planFile == null ? null : FleetPlan.parse(Inputs.read(planFile));
            try (Clients clients = new Clients(options)) {
                FleetApply fleet = clients.fleet(manifest, err, keepPartial);
                FleetResult plan = null;
                if (!yes) {
                    plan = saved != null ? saved.result() : fleet.plan(manifest);
                    out.print(escapeLines(plan.toText()));
                    if (!Confirmation.ask(out, "Apply these changes in " + manifest.accounts().size()
                            + " accounts?")) {
                        err.println("Aborted: nothing was changed.");
                        return ExitCodes.FAILED_CHECK;
                    }
                }
                CountDownLatch reported = new CountDownLatch(1);
                Thread hook = new Thread(() -> interrupted(fleet, reported, err), "rudder-iam-fleet-stop");
                Runtime.getRuntime().addShutdownHook(hook);
                try {
                    FleetResult result = saved != null ? fleet.apply(manifest, saved)
                            : plan == null ? fleet.apply(manifest) : fleet.apply(manifest, plan);
                    print(out, options, result);
                    return result.succeeded() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
                } finally {
                    reported.countDown();
                    ApplyCommand.removeHook(hook);
                }
            }
        }

        /**
         * The shutdown hook ({@code SIGTERM}, Ctrl-C): in each account the write in flight completes and no other
         * starts, accounts not started stay untouched; then it waits for the result, which says what exists in
         * each account, before the process ends.
         */
        private static void interrupted(FleetApply fleet, CountDownLatch reported, PrintWriter err) {
            boolean idle = fleet.stop(ApplyCommand.STOP_WAIT);
            err.println("Interrupted: " + (idle ? "stopped after the writes in flight" : "a write was still in flight"
                    + " after " + ApplyCommand.STOP_WAIT.toSeconds() + " s; it may or may not take effect")
                    + "; accounts not started were left alone. Each account's result says what exists; run fleet"
                    + " apply again to finish.");
            err.flush();
            try {
                reported.await(ApplyCommand.STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void print(PrintWriter out, FleetOptions options, FleetResult result) {
        out.print(options.output == AwsEndpointOptions.Output.json
                ? result.toJson(JsonStyle.PRETTY) + System.lineSeparator()
                : escapeLines(result.toText()));
        out.flush();
    }

    /** {@return {@code text} with each line escaped as {@link Messages#escape} does, line breaks kept} */
    private static String escapeLines(String text) {
        StringBuilder escaped = new StringBuilder();
        text.lines().forEach(line -> escaped.append(Messages.escape(line)).append(System.lineSeparator()));
        return escaped.toString();
    }

    /** {@return the role spec of one account: the manifest's shared role options with the account's values} */
    static RoleSpec spec(FleetManifest manifest, AccountEntry entry) {
        RudderStackRole.Builder builder = RudderStackRole.builder()
                .workspaceId(entry.workspaceId())
                .roleName(manifest.roleName())
                .path(manifest.path())
                .description(manifest.description());
        manifest.tags().forEach(builder::tag);
        entry.destinations().forEach(builder::destination);
        return builder.build();
    }

    /**
     * Builds each account's credentials and clients, and closes every client it built (the STS clients behind
     * assumed roles included) when the run is over.
     */
    static final class Clients implements AutoCloseable {
        private final FleetOptions options;
        private final Map<AccountId, AwsCredentialsProvider> credentials = new ConcurrentHashMap<>();
        private final List<SdkAutoCloseable> open = Collections.synchronizedList(new ArrayList<>());

        Clients(FleetOptions options) {
            this.options = options;
        }

        FleetApply fleet(FleetManifest manifest, PrintWriter err, boolean keepPartial) {
            return FleetApply.builder(this::iam, entry -> spec(manifest, entry))
                    .concurrency(options.concurrency)
                    .progress(line -> {
                        err.println("fleet: " + Messages.printable(line));
                        err.flush();
                    })
                    .manager(roles -> roles.keepPartial(keepPartial))
                    .callerAccount(this::callerAccount)
                    .build();
        }

        /**
         * {@return the retry strategy of every client}: standard (exponential backoff with jitter, from 1 s up to
         * 20 s for throttling errors, 100 ms up to 20 s for others, and a token bucket that stops re-trying when
         * most calls fail) or adaptive (the same, plus a client-side rate limit that slows the client once IAM
         * throttles it: one client per account, as IAM limits the request rate per account)
         *
         * @see <a href="https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/retry-strategy.html">Configure
         *     retry behavior in the AWS SDK for Java 2.x</a>
         */
        private RetryStrategy retryStrategy() {
            if (options.maxAttempts < 1 || options.maxAttempts > 20) {
                throw new IllegalArgumentException("--max-attempts " + options.maxAttempts + " is out of range: 1"
                        + " to 20 attempts per call");
            }
            return options.retryMode == RetryMode.adaptive
                    ? AwsRetryStrategy.adaptiveRetryStrategy().toBuilder().maxAttempts(options.maxAttempts).build()
                    : AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(options.maxAttempts).build();
        }

        private IamClient iam(AccountEntry entry) {
            IamClientBuilder builder = IamClient.builder()
                    .region(options.iamRegion())
                    .credentialsProvider(credentials(entry))
                    .overrideConfiguration(o -> o.retryStrategy(retryStrategy()));
            if (options.endpointUrl != null) {
                builder.endpointOverride(options.endpointUrl);
            }
            return builder.build();
        }

        private AccountId callerAccount(AccountEntry entry) {
            try (StsClient sts = sts(credentials(entry))) {
                return AccountId.of(sts.getCallerIdentity().account());
            }
        }

        private AwsCredentialsProvider credentials(AccountEntry entry) {
            return credentials.computeIfAbsent(entry.accountId(), id -> {
                if (entry.profile() != null) {
                    return opened(ProfileCredentialsProvider.create(entry.profile()));
                }
                AwsCredentialsProvider base = opened(options.profile == null
                        ? DefaultCredentialsProvider.builder().build()
                        : ProfileCredentialsProvider.create(options.profile));
                String roleArn = entry.roleArn() == null ? null : entry.roleArn().toString();
                if (roleArn == null) {
                    return base;
                }
                StsClient sts = sts(base);
                open.add(sts);
                StsAssumeRoleCredentialsProvider assumed = StsAssumeRoleCredentialsProvider.builder()
                        .stsClient(sts)
                        .refreshRequest(request -> {
                            request.roleArn(roleArn)
                                    .roleSessionName("rudder-iam-fleet-" + entry.accountId());
                            if (entry.externalId() != null) {
                                request.externalId(entry.externalId().value());
                            }
                            if (entry.durationSeconds() != 0) {
                                request.durationSeconds(entry.durationSeconds());
                            }
                        })
                        .build();
                open.add(assumed);
                return assumed;
            });
        }

        private <T extends SdkAutoCloseable> T opened(T resource) {
            open.add(resource);
            return resource;
        }

        private StsClient sts(AwsCredentialsProvider provider) {
            StsClientBuilder builder = StsClient.builder()
                    .region(options.region == null ? Region.US_EAST_1 : Region.of(options.region))
                    .credentialsProvider(provider)
                    .overrideConfiguration(o -> o.retryStrategy(retryStrategy()));
            URI endpoint = options.stsEndpointUrl != null ? options.stsEndpointUrl : options.endpointUrl;
            if (endpoint != null) {
                builder.endpointOverride(endpoint);
            }
            return builder.build();
        }

        @Override
        public void close() {
            synchronized (open) {
                open.forEach(SdkAutoCloseable::close);
            }
        }
    }
}

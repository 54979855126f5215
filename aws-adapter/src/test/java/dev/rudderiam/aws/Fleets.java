package dev.rudderiam.aws;

import dev.rudderiam.aws.fleet.AccountEntry;
import dev.rudderiam.role.PolicyName;
import dev.rudderiam.role.RoleSpec;
import dev.rudderiam.role.RudderStack;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Helpers of the fleet tests: a blueprint that needs no catalog (one S3 write policy per destination from its
 * {@code bucketName}), and a client wrapper that measures how many IAM calls are in flight at once.
 */
final class Fleets {
    static final String ROLE = "rudderstack-destinations";

    private Fleets() {
    }

    /** {@return the test blueprint's spec for {@code entry}}: refuses a destination without a bucketName */
    static RoleSpec spec(AccountEntry entry) {
        RoleSpec.Builder builder = RoleSpec.builder().name(ROLE).trustPolicy(RudderStack.trustPolicy(
                entry.workspaceId()));
        entry.destinations().forEach((id, parameters) -> {
            String bucket = parameters.get("bucketName");
            if (bucket == null) {
                throw new IllegalArgumentException("destination " + id + ": parameter bucketName is missing");
            }
            builder.inlinePolicy(PolicyName.of("rudderstack-" + id.toLowerCase(Locale.ROOT)), Roles.s3Write(bucket));
        });
        return builder.build();
    }

    /** Counts the calls in flight over every client it wraps, and the most seen at once. */
    static final class InFlight {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();
        private final long holdMillis;

        /** Holds every call {@code holdMillis} so that calls of different accounts overlap when they may. */
        InFlight(long holdMillis) {
            this.holdMillis = holdMillis;
        }

        /** {@return {@code iam} behind a proxy that counts its calls in flight} */
        IamClient wrap(IamClient iam) {
            return (IamClient) Proxy.newProxyInstance(IamClient.class.getClassLoader(),
                    new Class<?>[] {IamClient.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") || method.getName().equals("serviceName")
                                || method.getDeclaringClass() == Object.class) {
                            return method.invoke(iam, args);
                        }
                        most.accumulateAndGet(now.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(holdMillis);
                            return method.invoke(iam, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        } finally {
                            now.decrementAndGet();
                        }
                    });
        }

        /** {@return the most calls seen in flight at once} */
        int most() {
            return most.get();
        }
    }
}

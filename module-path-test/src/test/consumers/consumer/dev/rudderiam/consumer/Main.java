package dev.rudderiam.consumer;

import dev.rudderiam.catalog.blueprint.RudderStackRole;
import dev.rudderiam.eval.Evaluator;
import dev.rudderiam.eval.Request;
import dev.rudderiam.reference.ServiceReferenceProvider;
import dev.rudderiam.role.RoleSpec;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** A user's module: builds a role from the catalog, evaluates it, and finds the catalog as a service. */
public final class Main {
    public static void main(String[] args) {
        RoleSpec role = RudderStackRole.builder()
                .workspaceId("2Nk4t3WkHTGYzbTvG2zLXJXKNoF")
                .roleName("rudderstack-destinations")
                .destination("S3", Map.of("bucketName", "acme-events"))
                .build();
        Evaluator.Builder builder = Evaluator.builder();
        role.inlinePolicies().values().forEach(builder::identityPolicy);
        Evaluator evaluator = builder.build();
        String principal = "arn:aws:iam::111122223333:role/rudderstack-destinations";
        System.out.println("PutObject " + evaluator.evaluate(Request.builder().principal(principal)
                .action("s3:PutObject").resource("arn:aws:s3:::acme-events/rudder-logs/k").build()).decision());
        System.out.println("DeleteBucket " + evaluator.evaluate(Request.builder().principal(principal)
                .action("s3:DeleteBucket").resource("arn:aws:s3:::acme-events").build()).decision());
        List<ServiceReferenceProvider> providers = ServiceLoader.load(ServiceReferenceProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        System.out.println("providers " + providers.size() + " s3 "
                + providers.get(0).serviceReference().service("s3").isPresent());
        System.out.println("module " + Main.class.getModule().getName() + " reads "
                + Evaluator.class.getModule().getName());
    }
}

package dev.rudderiam.aws.guardrails;

import dev.rudderiam.aws.guardrails.fake.GuardrailWorld;
import dev.rudderiam.aws.guardrails.fake.GuardrailWorld.Page;
import dev.rudderiam.aws.guardrails.fake.GuardrailWorld.Refused;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DescribeKeyRequest;
import software.amazon.awssdk.services.kms.model.DescribeKeyResponse;
import software.amazon.awssdk.services.kms.model.GetKeyPolicyRequest;
import software.amazon.awssdk.services.kms.model.GetKeyPolicyResponse;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationRequest;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationResponse;
import software.amazon.awssdk.services.organizations.model.DescribePolicyRequest;
import software.amazon.awssdk.services.organizations.model.DescribePolicyResponse;
import software.amazon.awssdk.services.organizations.model.ListParentsRequest;
import software.amazon.awssdk.services.organizations.model.ListParentsResponse;
import software.amazon.awssdk.services.organizations.model.ListPoliciesForTargetRequest;
import software.amazon.awssdk.services.organizations.model.ListPoliciesForTargetResponse;
import software.amazon.awssdk.services.organizations.model.ListRootsRequest;
import software.amazon.awssdk.services.organizations.model.ListRootsResponse;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyTypeStatus;
import software.amazon.awssdk.services.organizations.model.PolicyTypeSummary;
import software.amazon.awssdk.services.organizations.model.Root;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketEncryptionRequest;
import software.amazon.awssdk.services.s3.model.GetBucketEncryptionResponse;
import software.amazon.awssdk.services.s3.model.GetBucketPolicyRequest;
import software.amazon.awssdk.services.s3.model.GetBucketPolicyResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/**
 * In-process S3, KMS and Organizations clients that answer from a {@link GuardrailWorld} and throw each service's
 * exception with the error code a refusal carries, as the SDK does; the operations the readers do not call keep the
 * interfaces' defaults (UnsupportedOperationException).
 */
final class InProcessGuardrailClients {
    private InProcessGuardrailClients() {
    }

    static AwsErrorDetails details(Refused refused) {
        return AwsErrorDetails.builder().errorCode(refused.code).errorMessage(refused.getMessage()).build();
    }

    /** S3 over the world. */
    static final class S3 implements S3Client {
        private final GuardrailWorld world;

        S3(GuardrailWorld world) {
            this.world = world;
        }

        private static <T> T answer(Supplier<T> call) {
            try {
                return call.get();
            } catch (Refused r) {
                throw (S3Exception) S3Exception.builder().awsErrorDetails(details(r)).statusCode(r.status)
                        .message(r.getMessage()).build();
            }
        }

        @Override
        public GetBucketPolicyResponse getBucketPolicy(GetBucketPolicyRequest request) {
            return answer(() -> GetBucketPolicyResponse.builder()
                    .policy(world.bucketPolicy(request.bucket(), request.expectedBucketOwner())).build());
        }

        @Override
        public GetBucketEncryptionResponse getBucketEncryption(GetBucketEncryptionRequest request) {
            return answer(() -> {
                String key = world.bucketKey(request.bucket(), request.expectedBucketOwner());
                ServerSideEncryptionRule rule = ServerSideEncryptionRule.builder().applyServerSideEncryptionByDefault(
                        d -> d.sseAlgorithm(key == null ? ServerSideEncryption.AES256 : ServerSideEncryption.AWS_KMS)
                                .kmsMasterKeyID(key)).build();
                return GetBucketEncryptionResponse.builder().serverSideEncryptionConfiguration(c -> c.rules(rule))
                        .build();
            });
        }

        @Override
        public String serviceName() {
            return "s3";
        }

        @Override
        public void close() {
        }
    }

    /** KMS over the world. */
    static final class Kms implements KmsClient {
        private final GuardrailWorld world;

        Kms(GuardrailWorld world) {
            this.world = world;
        }

        private static <T> T answer(Supplier<T> call) {
            try {
                return call.get();
            } catch (Refused r) {
                throw (KmsException) KmsException.builder().awsErrorDetails(details(r)).statusCode(r.status)
                        .message(r.getMessage()).build();
            }
        }

        @Override
        public GetKeyPolicyResponse getKeyPolicy(GetKeyPolicyRequest request) {
            if (!"default".equals(request.policyName())) {
                throw new AssertionError("GetKeyPolicy with policy name " + request.policyName());
            }
            return answer(() -> GetKeyPolicyResponse.builder().policy(world.keyPolicy(request.keyId()))
                    .policyName("default").build());
        }

        @Override
        public DescribeKeyResponse describeKey(DescribeKeyRequest request) {
            return answer(() -> {
                String arn = world.keyArn(request.keyId());
                return DescribeKeyResponse.builder().keyMetadata(m -> m.arn(arn)
                        .keyId(arn.substring(arn.indexOf(":key/") + 5))).build();
            });
        }

        @Override
        public String serviceName() {
            return "kms";
        }

        @Override
        public void close() {
        }
    }

    /** Organizations over the world. */
    static final class Organizations implements OrganizationsClient {
        private final GuardrailWorld world;

        Organizations(GuardrailWorld world) {
            this.world = world;
        }

        private static <T> T answer(Supplier<T> call) {
            try {
                return call.get();
            } catch (Refused r) {
                throw (OrganizationsException) OrganizationsException.builder().awsErrorDetails(details(r))
                        .statusCode(r.status).message(r.getMessage()).build();
            }
        }

        @Override
        public DescribeOrganizationResponse describeOrganization(DescribeOrganizationRequest request) {
            return answer(() -> {
                String[] organization = world.organization();
                return DescribeOrganizationResponse.builder().organization(o -> o.id(organization[0])
                        .masterAccountId(organization[1])).build();
            });
        }

        @Override
        public ListParentsResponse listParents(ListParentsRequest request) {
            return answer(() -> {
                Page<String[]> page = world.parents(request.childId(), request.nextToken());
                List<Parent> parents = new ArrayList<>();
                page.items().forEach(p -> parents.add(Parent.builder().id(p[0]).type(p[1]).build()));
                return ListParentsResponse.builder().parents(parents).nextToken(page.nextToken()).build();
            });
        }

        @Override
        public ListRootsResponse listRoots(ListRootsRequest request) {
            return answer(() -> {
                Page<String[]> page = world.roots(request.nextToken());
                List<Root> roots = new ArrayList<>();
                for (String[] root : page.items()) {
                    List<PolicyTypeSummary> types = new ArrayList<>();
                    Arrays.stream(root).skip(1).forEach(t -> types.add(PolicyTypeSummary.builder().type(t)
                            .status(PolicyTypeStatus.ENABLED).build()));
                    roots.add(Root.builder().id(root[0]).policyTypes(types).build());
                }
                return ListRootsResponse.builder().roots(roots).nextToken(page.nextToken()).build();
            });
        }

        @Override
        public ListPoliciesForTargetResponse listPoliciesForTarget(ListPoliciesForTargetRequest request) {
            return answer(() -> {
                Page<String[]> page = world.policies(request.targetId(), request.filterAsString(),
                        request.nextToken());
                List<PolicySummary> policies = new ArrayList<>();
                page.items().forEach(p -> policies.add(PolicySummary.builder().id(p[0]).name(p[1]).type(p[2])
                        .build()));
                return ListPoliciesForTargetResponse.builder().policies(policies).nextToken(page.nextToken())
                        .build();
            });
        }

        @Override
        public DescribePolicyResponse describePolicy(DescribePolicyRequest request) {
            return answer(() -> DescribePolicyResponse.builder().policy(p -> p
                    .policySummary(s -> s.id(request.policyId())).content(world.content(request.policyId())))
                    .build());
        }

        @Override
        public String serviceName() {
            return "organizations";
        }

        @Override
        public void close() {
        }
    }
}

package dev.rudderiam.aws.guardrails;

import dev.rudderiam.aws.guardrails.fake.Accounts;
import dev.rudderiam.aws.guardrails.fake.GuardrailWorld;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.guardrails.Guardrails;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The S3, KMS and Organizations clients are optional dependencies: a caller who has only the Organizations client
 * reads SCPs and RCPs, and the S3 and KMS readers are never loaded. Checked in a class loader that cannot see the
 * S3 and KMS clients, as a class path without those jars.
 */
class OptionalClientsTest {
    /** Loads this project's classes itself and hides the S3 and KMS clients; everything else comes from the parent. */
    static final class WithoutS3AndKms extends ClassLoader {
        WithoutS3AndKms() {
            super(OptionalClientsTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("software.amazon.awssdk.services.s3.")
                    || name.startsWith("software.amazon.awssdk.services.kms.")) {
                throw new ClassNotFoundException(name + " (hidden: not on this class path)");
            }
            if (!name.startsWith("dev.rudderiam.aws.guardrails.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }

    /** Reads the example account's SCPs with the Organizations client only. */
    public static final class OrganizationsOnly implements Callable<Integer> {
        @Override
        public Integer call() {
            GuardrailWorld world = Accounts.world();
            Guardrails g = GuardrailReader.builder().account(Accounts.ACCOUNT)
                    .organizations(new OrganizationReader(new InProcessGuardrailClients.Organizations(world)))
                    .serviceControlPolicies(true).resourceControlPolicies(true).build()
                    .read(Guardrails.builder()).build();
            return g.scps().size();
        }
    }

    /** Reads a bucket policy, which needs the S3 reader. */
    public static final class WithABucket implements Callable<Integer> {
        @Override
        public Integer call() {
            GuardrailWorld world = Accounts.world();
            return GuardrailReader.builder().account(Accounts.ACCOUNT)
                    .s3(new BucketReader(new InProcessGuardrailClients.S3(world))).buckets(List.of(Accounts.BUCKET))
                    .build().read(Guardrails.builder()).build().bucketPolicies().size();
        }
    }

    @SuppressWarnings("unchecked")
    static int run(Class<?> task) throws Exception {
        Class<?> hidden = new WithoutS3AndKms().loadClass(task.getName());
        return ((Callable<Integer>) hidden.getConstructor().newInstance()).call();
    }

    @Test
    void scpsAndRcpsAreReadWithoutTheS3AndKmsClients() throws Exception {
        assertEquals(4, run(OrganizationsOnly.class));
    }

    @Test
    void theHidingIsReal() {
        // The same loader fails as soon as the S3 reader is needed: the check above would catch a reader class that
        // pulled S3 or KMS in.
        NoClassDefFoundError e = assertThrows(NoClassDefFoundError.class, () -> run(WithABucket.class));
        assertEquals(true, e.getMessage().contains("software/amazon/awssdk/services/s3"), e.getMessage());
    }
}

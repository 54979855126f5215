package dev.rudderiam.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The parameter rules accept what AWS's naming rules allow (by construction) and reject documented violations. */
class ParameterTypeProperties {
    @Property(tries = 200)
    void generatedNamesFollowingTheAwsRulesAreAccepted(@ForAll("typedValues") Object[] typeAndValue) {
        ParameterType type = (ParameterType) typeAndValue[0];
        assertTrue(type.accepts((String) typeAndValue[1]), type + " " + typeAndValue[1]);
    }

    @Provide
    Arbitrary<Object[]> typedValues() {
        return Arbitraries.of(ParameterType.class).filter(t -> t != ParameterType.CHOICE)
                .flatMap(t -> CatalogArbitraries.valid(t).map(v -> new Object[] {t, v}));
    }

    @Test
    void bucketNamesFollowTheS3NamingRules() {
        ParameterType bucket = ParameterType.S3_BUCKET;
        for (String ok : new String[] {"abc", "my.bucket-1", "a".repeat(63), "1-2-3"}) {
            assertTrue(bucket.accepts(ok), ok);
        }
        for (String bad : new String[] {"ab", "a".repeat(64), "My-Bucket", "my_bucket", "-abc", "abc-", "a..b",
            "192.168.5.4", "xn--abc", "sthree-abc", "amzn-s3-demo-x", "abc-s3alias", "abc--ol-s3", "abc.mrap",
            "abc--x-s3", "abc--table-s3"}) {
            assertFalse(bucket.accepts(bad), bad);
        }
    }

    /**
     * A boolean is true or false in any ASCII case, nothing else: {@code equalsIgnoreCase} also took the long s
     * (U+017F, upper case S), and {@code fal\u017Fe} normalized to itself, neither true nor false.
     */
    @Test
    void booleansAreTrueOrFalseInAsciiCaseOnly() {
        for (String value : new String[] {"true", "TRUE", "tRuE", "false", "FALSE", "fAlSe"}) {
            assertTrue(ParameterType.BOOLEAN.accepts(value), value);
        }
        for (String value : new String[] {"fal\u017Fe", "tru\u0117", "yes", "1", "", " true", "true\n", "\u0130"}) {
            assertFalse(ParameterType.BOOLEAN.accepts(value), value);
        }
    }

    @Test
    void clusterIdentifiersFollowTheRedshiftRules() {
        ParameterType cluster = ParameterType.REDSHIFT_CLUSTER;
        assertTrue(cluster.accepts("analytics-1"));
        assertTrue(cluster.accepts("a".repeat(63)));
        for (String bad : new String[] {"1abc", "a--b", "abc-", "Abc", "a".repeat(64), ""}) {
            assertFalse(cluster.accepts(bad), bad);
        }
    }

    @Test
    void arnsMustBeOfTheRightServiceAndPartition() {
        assertTrue(ParameterType.KMS_KEY_ARN.accepts(
                "arn:aws:kms:us-east-1:123456789012:key/mrk-1234567890abcdef1234567890abcdef"));
        assertFalse(ParameterType.KMS_KEY_ARN.accepts("arn:aws:kms:us-east-1:123456789012:alias/aws/s3"));
        assertFalse(ParameterType.KMS_KEY_ARN.accepts(
                "arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"));
        assertTrue(ParameterType.IAM_USER_ARN.accepts("arn:aws:iam::123456789012:user/path/name"));
        assertFalse(ParameterType.IAM_USER_ARN.accepts("arn:aws:iam::123456789012:role/name"));
    }
}

package dev.rudderiam.arn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArnTest {

    @Test
    void parsesArnsOfEveryCommonPartition() {
        Arn role = Arn.parse("arn:aws:iam::123456789012:role/rudder/RudderStack");
        assertEquals(Optional.of(Partition.AWS), role.partitionOrEmpty());
        assertEquals("iam", role.service());
        assertEquals("", role.region());
        assertEquals(Optional.of(AccountId.of("123456789012")), role.accountId());
        assertEquals("role/rudder/RudderStack", role.resource());
        assertEquals(Partition.AWS_CN, Arn.parse("arn:aws-cn:s3:::bucket").partitionOrEmpty().orElseThrow());
        assertTrue(Arn.parse("arn:aws-us-gov:iam::123456789012:root").isAccountRoot());
    }

    @Test
    void keepsColonsAndSlashesInTheResourcePart() {
        Arn arn = Arn.parse("arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/f:*");
        assertEquals("log-group:/aws/lambda/f:*", arn.resource());
        assertEquals("arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/f:*", arn.toString());
    }

    @Test
    void parsesPolicyPatterns() {
        Arn pattern = Arn.parse("arn:*:iam::*:role/x");
        assertTrue(pattern.partitionOrEmpty().isEmpty());
        assertTrue(pattern.accountId().isEmpty());
        assertEquals("arn:aws:s3:::b/*", Arn.parse("arn:aws:s3:::b/*").toString());
    }

    @Test
    void rejectsWhatIsNotAnArn() {
        for (String bad : new String[] {"", "arn", "arn:aws:s3:::", "arn::s3:::b", "arn:aws::::x", "urn:aws:s3:::b",
                "arn:aws:s3:b"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Arn.parse(bad), bad);
            assertTrue(e.getMessage().contains("arn:partition:service:region:account-id:resource"), e.getMessage());
            assertFalse(Arn.tryParse(bad).isPresent(), bad);
        }
    }

    @Test
    void accountIdsAreExactlyTwelveDigits() {
        assertEquals("012345678901", AccountId.of("012345678901").value());
        for (String bad : new String[] {"12345678901", "1234567890123", "12345678901a", " 123456789012"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccountId.of(bad));
            assertTrue(e.getMessage().contains("exactly 12 digits"), e.getMessage());
        }
        assertEquals("arn:aws:iam::422074288268:root", AccountId.of("422074288268").rootArn(Partition.AWS).toString());
    }

    @Test
    void partitionsAreOpenButKnown() {
        assertTrue(Partition.of("aws-iso-b").isKnown());
        assertFalse(Partition.of("aws-iso-b").isCommon());
        assertFalse(Partition.of("aws-mars").isKnown());
        assertThrows(IllegalArgumentException.class, () -> new Partition("AWS"));
        assertThrows(IllegalArgumentException.class, () -> new Partition("*"));
    }
}

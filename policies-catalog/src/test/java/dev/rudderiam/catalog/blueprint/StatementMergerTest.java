package dev.rudderiam.catalog.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Examples of the merge rules of {@link StatementMerger} that its properties do not pin down: the statements it
 * must leave alone, the Sid suffixes, and the sizes named when the merged role is over IAM's inline-policy quota.
 */
class StatementMergerTest {

    private static List<Statement> statements(String json) {
        return PolicyJson.read("{\"Version\":\"2012-10-17\",\"Statement\":" + json + "}").statements();
    }

    @Test
    void statementsWithNotActionNotResourceOrAPrincipalAreKeptAsTheyAre() {
        // Two NotAction statements on one resource allow the union of what each allows; one NotAction statement
        // listing both exclusions would allow only the intersection. Likewise for NotResource and principals.
        List<Statement> notAction = statements("""
                [{"Effect":"Allow","NotAction":"iam:*","Resource":"arn:aws:s3:::b"},
                 {"Effect":"Allow","NotAction":"s3:*","Resource":"arn:aws:s3:::b"}]""");
        assertEquals(notAction, StatementMerger.merge(notAction));
        List<Statement> notResource = statements("""
                [{"Effect":"Allow","Action":"s3:GetObject","NotResource":"arn:aws:s3:::a/*"},
                 {"Effect":"Allow","Action":"s3:GetObject","NotResource":"arn:aws:s3:::b/*"}]""");
        assertEquals(notResource, StatementMerger.merge(notResource));
        List<Statement> principals = statements("""
                [{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"s3:GetObject","Resource":"*"},
                 {"Effect":"Allow","Principal":{"AWS":"444455556666"},"Action":"s3:GetObject","Resource":"*"}]""");
        assertEquals(principals, StatementMerger.merge(principals));
    }

    @Test
    void repeatedSidsGetIncreasingSuffixes() {
        List<Statement> merged = StatementMerger.merge(statements("""
                [{"Sid":"Read","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::a/*"},
                 {"Sid":"Read","Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b"},
                 {"Sid":"Read","Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:111122223333:q"}]
                """));
        assertEquals(List.of("Read", "Read2", "Read3"), merged.stream().map(Statement::sid).toList());
    }

    @Test
    void theQuotaMessageNamesEachPolicyWithItsSize() {
        String streams = IntStream.range(0, 120).mapToObj(i -> "delivery-stream-with-a-long-name-" + i)
                .collect(Collectors.joining(","));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RudderStackRole.builder()
                .workspaceId("2Nk4t3WkHTGYzbTvG2zLXJXKNoF").roleName("rudderstack")
                .destination("FIREHOSE", Map.of("region", "us-east-1", "accountId", "123456789012",
                        "deliveryStreams", streams))
                .build());
        Matcher m = Pattern.compile("total (\\d+) characters without white space \\(([^)]*)\\)")
                .matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        int sum = 0;
        for (String entry : m.group(2).split(", ")) {
            assertTrue(entry.matches("[\\w+=,.@-]+ \\d+"), entry);
            sum += Integer.parseInt(entry.substring(entry.lastIndexOf(' ') + 1));
        }
        assertEquals(Integer.parseInt(m.group(1)), sum, e.getMessage());
    }
}

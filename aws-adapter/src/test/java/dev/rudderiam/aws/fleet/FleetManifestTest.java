package dev.rudderiam.aws.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.arn.Arn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The manifest's documented shape, its defaults, and one clear line for each kind of bad manifest. */
class FleetManifestTest {
    private static final String MANIFEST = """
            {"roleName": "rudderstack-destinations", "description": "RudderStack destinations",
             "tags": {"team": "data"}, "workspaceId": "2Nk4t3WkHTGYzbTvG2zLXJXKNoF",
             "destinations": {"S3": {"bucketName": "acme-events", "prefix": "rudder"}},
             "accounts": [
               {"accountId": "111122223333", "profile": "prod",
                "destinations": {"S3": {"bucketName": "acme-prod-events"}}},
               {"accountId": "444455556666", "roleArn": "arn:aws:iam::444455556666:role/OrganizationAccountAccessRole",
                "workspaceId": "2Nk4t3WkHTGYzbTvG2zLXJXKNoG",
                "destinations": {"KINESIS": {"region": "eu-west-1", "streamName": "events"}}}]}""";

    @Test
    void accountsGetTheSharedValuesAndOverrideThemParameterByParameter() {
        FleetManifest manifest = FleetManifest.parse(MANIFEST);

        assertEquals("rudderstack-destinations", manifest.roleName());
        assertEquals("/", manifest.path());
        assertEquals(Map.of("team", "data"), manifest.tags());
        AccountEntry prod = manifest.accounts().get(0);
        assertEquals("prod", prod.profile());
        assertNull(prod.roleArn());
        assertEquals("2Nk4t3WkHTGYzbTvG2zLXJXKNoF", prod.workspaceId());
        assertEquals(Map.of("S3", Map.of("bucketName", "acme-prod-events", "prefix", "rudder")), prod.destinations());
        AccountEntry other = manifest.accounts().get(1);
        assertEquals(Arn.parse("arn:aws:iam::444455556666:role/OrganizationAccountAccessRole"), other.roleArn());
        assertEquals("2Nk4t3WkHTGYzbTvG2zLXJXKNoG", other.workspaceId());
        assertEquals(Map.of("S3", Map.of("bucketName", "acme-events", "prefix", "rudder"),
                "KINESIS", Map.of("region", "eu-west-1", "streamName", "events")), other.destinations());
    }

    @Test
    void aRoleToAssumeTakesAnExternalIdAndASessionDuration() {
        AccountEntry entry = FleetManifest.parse("{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"accounts\":"
                + " [{\"accountId\": \"111122223333\", \"roleArn\": \"arn:aws:iam::111122223333:role/Deploy\","
                + " \"externalId\": \"fleet-2026\", \"durationSeconds\": \"900\"}, {\"accountId\": \"444455556666\"}]}")
                .accounts().get(0);
        assertEquals(dev.rudderiam.role.ExternalId.of("fleet-2026"), entry.externalId());
        assertEquals(900, entry.durationSeconds());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"roleName\": \"r\", \"accounts\": []}"
            + "| manifest /accounts is empty: list at least one account",
        "{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"accounts\": [{\"accountId\": \"111122223333\","
            + " \"profle\": \"prod\"}]}"
            + "| manifest /accounts/0/profle is not a manifest key: the keys here are accountId, destinations,"
            + " durationSeconds, externalId, profile, roleArn, workspaceId",
        "{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"accounts\": [{\"accountId\": \"111122223333\","
            + " \"profile\": \"p\", \"externalId\": \"x-1\"}]}"
            + "| manifest /accounts/0: account 111122223333: externalId and durationSeconds are options of assuming"
            + " roleArn: give roleArn or leave them out",
        "{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"accounts\": [{\"accountId\": \"111122223333\","
            + " \"roleArn\": \"arn:aws:iam::111122223333:role/Deploy\", \"externalId\": \"a b\"}]}"
            + "| manifest /accounts/0/externalId: external id 'a b' is invalid: it contains a character outside the"
            + " allowed set; an external id is 2 to 1224 characters of letters, digits and _+=,.@:/-",
        "{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"accounts\": [{\"accountId\": \"111122223333\","
            + " \"roleArn\": \"arn:aws:iam::111122223333:role/Deploy\", \"durationSeconds\": \"600\"}]}"
            + "| manifest /accounts/0/durationSeconds '600' is out of range: STS AssumeRole takes 900 to 43200"
            + " seconds (and at most the role's maximum session duration, one hour when roles are chained)",
        "{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"accounts\": [{\"accountId\": \"111122223333\","
            + " \"roleArn\": \"arn:aws:iam::111122223333:role/Deploy\", \"durationSeconds\": \"1e4\"}]}"
            + "| manifest /accounts/0/durationSeconds '1e4' is out of range: STS AssumeRole takes 900 to 43200"
            + " seconds (and at most the role's maximum session duration, one hour when roles are chained)",
        "{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"accounts\": [{\"accountId\": \"111122223333\"},"
            + " {\"accountId\": \"111122223333\"}]}"
            + "| manifest /accounts: account 111122223333 is listed twice: list each account once (two applies on"
            + " one role at once)",
        "{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"accounts\": [{\"accountId\": \"111122223333\","
            + " \"roleArn\": \"arn:aws:iam::999999999999:role/Deploy\"}]}"
            + "| manifest /accounts/0: account 111122223333: roleArn 'arn:aws:iam::999999999999:role/Deploy' is in"
            + " account 999999999999: the role to assume must be in the account the entry names",
        "{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"accounts\": [{\"accountId\": \"111122223333\","
            + " \"roleArn\": \"arn:aws:iam::111122223333:role/Deploy\", \"profile\": \"p\"}]}"
            + "| manifest /accounts/0: account 111122223333: profile 'p' and roleArn"
            + " 'arn:aws:iam::111122223333:role/Deploy' are both given: give one (or neither, for the default"
            + " credential chain)",
        "{\"roleName\": \"r\", \"accounts\": [{\"accountId\": \"111122223333\"}]}"
            + "| manifest /accounts/0/workspaceId is missing and there is no shared /workspaceId: give the"
            + " RudderStack workspace id",
        "{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"accounts\": [{\"accountId\": \"1111\"}]}"
            + "| manifest /accounts/0/accountId '1111' is not an AWS account id: 12 digits",
        "{\"roleName\": \"r\", \"workspaceId\": \"ws\", \"destinations\": {\"S3\": {\"cleanup\": true}},"
            + " \"accounts\": [{\"accountId\": \"111122223333\"}]}"
            + "| manifest /destinations/S3/cleanup is not a string: give every value as a JSON string",
        "{\"accounts\": [{\"accountId\": \"111122223333\"}]}| manifest /roleName is missing",
        "[]| manifest is not a JSON object",
        "{\"roleName\": \"r\", \"roleName\": \"s\"}"
            + "| manifest is not valid JSON at '/roleName': malformed JSON: Duplicate field 'roleName'",
    })
    void aBadManifestIsOneLineNamingTheKeyAndTheRule(String json, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FleetManifest.parse(json));
        assertEquals(message.strip(), e.getMessage());
    }
}

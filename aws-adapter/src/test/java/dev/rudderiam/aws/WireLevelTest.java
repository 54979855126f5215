package dev.rudderiam.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.RoleSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Runs the real SDK {@link IamClient} (query protocol, signing, XML unmarshalling, its retry strategy) against a
 * loopback HTTP server that answers with the XML the IAM API reference documents.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole: example
 *     response</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html">Common errors</a>
 */
class WireLevelTest {
    private static final String NS = "https://iam.amazonaws.com/doc/2010-05-08/";
    private static final String ARN = "arn:aws:iam::123456789012:role/rudder/rudder-wire";

    private HttpServer server;
    private final Map<String, Deque<String[]>> script = new LinkedHashMap<>();
    private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    private IamClient iam;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        iam = IamClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE",
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(3).backoffStrategy(BackoffStrategy.retryImmediately())
                        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()).build()))
                .build();
    }

    @AfterEach
    void stop() {
        iam.close();
        server.stop(0);
    }

    @Test
    void createMarshalsDocumentsTagsAndBoundary() {
        RoleSpec spec = Roles.full("rudder-wire").toBuilder().managedPolicyArns(List.of()).build();
        respond("GetRole", 404, error("NoSuchEntity", "The role with name rudder-wire cannot be found."));
        respond("CreateRole", 200, result("CreateRole", role(spec)));
        respond("PutRolePolicy", 200, result("PutRolePolicy", ""));

        ApplyResult result = RoleManager.builder(iam).build().apply(spec);

        assertEquals(ApplyResult.Outcome.CREATED, result.outcome());
        assertEquals(ARN, result.roleArn().orElseThrow());
        assertEquals(new CallCounts(1, 2), result.calls());
        Map<String, String> create = request("CreateRole");
        assertEquals("2010-05-08", create.get("Version"));
        assertEquals("rudder-wire", create.get("RoleName"));
        assertEquals("/rudder/", create.get("Path"));
        assertEquals(PolicyJson.write(spec.trustPolicy()), create.get("AssumeRolePolicyDocument"));
        assertEquals("arn:aws:iam::aws:policy/PowerUserAccess", create.get("PermissionsBoundary"));
        assertEquals("owner", create.get("Tags.member.1.Key"));
        assertEquals("data-platform", create.get("Tags.member.1.Value"));
        assertEquals("7200", create.get("MaxSessionDuration"));
        assertEquals("RudderStack destinations", create.get("Description"));
        Map<String, String> put = request("PutRolePolicy");
        assertEquals("s3-write", put.get("PolicyName"));
        assertEquals(PolicyJson.write(Roles.s3Write("events-bucket")), put.get("PolicyDocument"));
    }

    @Test
    void entityAlreadyExistsIsUnmarshalledThenReadAndReconciled() {
        RoleSpec spec = Roles.full("rudder-wire").toBuilder().managedPolicyArns(List.of()).build();
        respond("GetRole", 404, error("NoSuchEntity", "The role with name rudder-wire cannot be found."));
        respond("CreateRole", 409, error("EntityAlreadyExists", "Role with name rudder-wire already exists."));
        respond("GetRole", 200, result("GetRole", role(spec)));
        respond("ListRolePolicies", 200, result("ListRolePolicies",
                "<PolicyNames/><IsTruncated>false</IsTruncated>"));
        respond("ListAttachedRolePolicies", 200, result("ListAttachedRolePolicies",
                "<AttachedPolicies/><IsTruncated>false</IsTruncated>"));
        respond("PutRolePolicy", 200, result("PutRolePolicy", ""));

        ApplyResult result = RoleManager.builder(iam).build().apply(spec);

        assertEquals(ApplyResult.Outcome.UPDATED, result.outcome(), "someone else created it");
        assertEquals(List.of("PutRolePolicy"), result.applied().stream().map(Change::operation)
                .collect(Collectors.toList()));
        assertEquals(List.of("GetRole", "CreateRole", "GetRole", "ListRolePolicies", "ListAttachedRolePolicies",
                "PutRolePolicy"), actions());
    }

    @Test
    void throttlingIsRetriedByTheSdkInsideOneCall() {
        respond("GetRole", 400, error("Throttling", "Rate exceeded"));
        respond("GetRole", 404, error("NoSuchEntity", "The role with name rudder-wire cannot be found."));

        Plan plan = RoleManager.builder(iam).build().plan(Roles.s3Destination("rudder-wire"));

        assertTrue(plan.current().isEmpty());
        assertEquals(new CallCounts(1, 0), plan.calls(), "one call for the adapter");
        assertEquals(List.of("GetRole", "GetRole"), actions(), "two HTTP attempts by the SDK");
    }

    @Test
    void throttlingBeyondTheSdkAttemptsSurfacesWithItsCode() {
        for (int i = 0; i < 3; i++) {
            respond("GetRole", 400, error("Throttling", "Rate exceeded"));
        }

        IamOperationException e = assertThrows(IamOperationException.class,
                () -> RoleManager.builder(iam).build().plan(Roles.s3Destination("rudder-wire")));

        assertEquals("Throttling", e.errorCode());
        assertEquals("GetRole", e.operation());
        assertEquals(3, actions().size());
    }

    private void respond(String action, int status, String body) {
        script.computeIfAbsent(action, a -> new ArrayDeque<>()).add(new String[] {String.valueOf(status), body});
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        requests.add(form);
        Deque<String[]> answers = script.get(form.get("Action"));
        String[] answer = answers == null || answers.isEmpty()
                ? new String[] {"500", error("ServiceFailure", "unscripted " + form.get("Action"))}
                : answers.poll();
        byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Map<String, String> request(String action) {
        return requests.stream().filter(r -> action.equals(r.get("Action"))).findFirst().orElseThrow();
    }

    private List<String> actions() {
        return requests.stream().map(r -> r.get("Action")).collect(Collectors.toList());
    }

    private static String result(String action, String content) {
        return "<" + action + "Response xmlns=\"" + NS + "\"><" + action + "Result>" + content + "</" + action
                + "Result><ResponseMetadata><RequestId>4a93ceee-9966-11e1-b624-b1aEXAMPLE7c</RequestId>"
                + "</ResponseMetadata></" + action + "Response>";
    }

    private static String error(String code, String message) {
        return "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>" + code + "</Code><Message>"
                + message + "</Message></Error><RequestId>4a93ceee-9966-11e1-b624-b1aEXAMPLE7c</RequestId>"
                + "</ErrorResponse>";
    }

    /** The Role element as IAM returns it, trust policy URL-encoded. */
    private static String role(RoleSpec spec) {
        String trust = URLEncoder.encode(PolicyJson.write(spec.trustPolicy()), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "<Role><Path>/rudder/</Path><AssumeRolePolicyDocument>" + trust + "</AssumeRolePolicyDocument>"
                + "<MaxSessionDuration>7200</MaxSessionDuration><RoleId>AROADBQP57FF2AEXAMPLE</RoleId>"
                + "<RoleName>rudder-wire</RoleName><Description>RudderStack destinations</Description>"
                + "<Arn>" + ARN + "</Arn><CreateDate>2026-11-27T20:00:00Z</CreateDate>"
                + "<PermissionsBoundary><PermissionsBoundaryType>PermissionsBoundaryPolicy</PermissionsBoundaryType>"
                + "<PermissionsBoundaryArn>arn:aws:iam::aws:policy/PowerUserAccess</PermissionsBoundaryArn>"
                + "</PermissionsBoundary>"
                + "<Tags><member><Key>owner</Key><Value>data-platform</Value></member></Tags></Role>";
    }
}

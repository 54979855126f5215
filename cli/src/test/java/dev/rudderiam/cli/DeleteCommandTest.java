package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.rudderiam.json.JsonValues;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code delete} against a loopback server answering as IAM does (query protocol, XML), with credentials from the
 * SDK's default chain (here its system properties).
 */
class DeleteCommandTest {
    private static final String NS = "https://iam.amazonaws.com/doc/2010-05-08/";

    private HttpServer server;
    private final List<String> actions = Collections.synchronizedList(new ArrayList<>());
    private boolean roleExists = true;
    private boolean protectedRole;

    @BeforeEach
    void start() throws IOException {
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher action = Pattern.compile("Action=(\\w+)").matcher(body);
            String name = action.find() ? action.group(1) : "?";
            actions.add(name);
            String[] answer = answer(name);
            byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void deletesTheRoleAndItsPartsAndCountsCalls() {
        CliRun run = CliRun.of("delete", "--name", "rudder-s3", "--yes", "--endpoint-url", endpoint(),
                "--output", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("GetRole", "ListRolePolicies", "ListAttachedRolePolicies", "DeleteRolePolicy",
                "DetachRolePolicy", "DeleteRole"), actions);
        Map<?, ?> json = (Map<?, ?>) JsonValues.read(run.out(), 1 << 20);
        assertEquals(Boolean.TRUE, json.get("existed"));
        assertEquals(List.of("DeleteRolePolicy s3-write", "DetachRolePolicy arn:aws:iam::aws:policy/ReadOnlyAccess",
                "DeleteRole rudder-s3"), json.get("removed"));
        Map<?, ?> calls = (Map<?, ?>) json.get("calls");
        assertEquals("3", calls.get("read").toString());
        assertEquals("3", calls.get("write").toString());
    }

    @Test
    void aMissingRoleIsNothingToDelete() {
        roleExists = false;

        CliRun run = CliRun.of("delete", "--name", "rudder-s3", "--yes", "--endpoint-url", endpoint(),
                "--region", "us-west-2");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("does not exist: nothing to delete"), run.out());
        assertEquals(List.of("GetRole"), actions);
    }

    @Test
    void withoutYesItAsksAndStopsOnAnythingButYes() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun run = CliRun.of("delete", "--name", "rudder-s3", "--endpoint-url", endpoint());

            assertEquals(1, run.exitCode());
            assertTrue(run.out().contains("Type 'yes' to continue"), run.out());
            assertTrue(run.err().contains("Aborted"), run.err());
            assertTrue(actions.isEmpty(), "no call before confirmation");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anIamFailureIsReportedWithoutAStackTrace() {
        protectedRole = true;

        CliRun run = CliRun.of("delete", "--name", "rudder-locked", "--yes", "--endpoint-url", endpoint());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("DeleteRole for role rudder-locked failed: UnmodifiableEntity"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void anInvalidNameIsBadInput() {
        CliRun run = CliRun.of("delete", "--name", "no spaces", "--yes");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("role name 'no spaces' is invalid"), run.err());
    }

    private String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String[] answer(String action) {
        switch (action) {
            case "GetRole":
                return roleExists ? ok(action, "<Role><Path>/</Path><RoleName>rudder-s3</RoleName>"
                        + "<RoleId>AROADBQP57FF2AEXAMPLE</RoleId><Arn>arn:aws:iam::123456789012:role/rudder-s3</Arn>"
                        + "<CreateDate>2026-11-27T20:00:00Z</CreateDate><AssumeRolePolicyDocument>%7B%7D"
                        + "</AssumeRolePolicyDocument></Role>")
                        : error(404, "NoSuchEntity", "The role with name rudder-s3 cannot be found.");
            case "ListRolePolicies":
                return ok(action, "<PolicyNames><member>s3-write</member></PolicyNames><IsTruncated>false"
                        + "</IsTruncated>");
            case "ListAttachedRolePolicies":
                return ok(action, "<AttachedPolicies><member><PolicyName>ReadOnlyAccess</PolicyName><PolicyArn>"
                        + "arn:aws:iam::aws:policy/ReadOnlyAccess</PolicyArn></member></AttachedPolicies>"
                        + "<IsTruncated>false</IsTruncated>");
            case "DeleteRole":
                return protectedRole
                        ? error(400, "UnmodifiableEntity", "Cannot perform the operation on the protected role.")
                        : ok(action, "");
            default:
                return ok(action, "");
        }
    }

    private static String[] ok(String action, String content) {
        return new String[] {"200", "<" + action + "Response xmlns=\"" + NS + "\"><" + action + "Result>" + content
                + "</" + action + "Result><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></" + action
                + "Response>"};
    }

    private static String[] error(int status, String code, String message) {
        return new String[] {String.valueOf(status), "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type>"
                + "<Code>" + code + "</Code><Message>" + message + "</Message></Error><RequestId>1</RequestId>"
                + "</ErrorResponse>"};
    }
}

package dev.rudderiam.aws.guardrails.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rudderiam.aws.guardrails.fake.GuardrailWorld.Page;
import dev.rudderiam.aws.guardrails.fake.GuardrailWorld.Refused;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP server on the loopback address that answers, from a {@link GuardrailWorld}, the wire protocols the real
 * SDK clients speak: S3's REST-XML ({@code GET /<bucket>?policy}, {@code GET /<bucket>?encryption}, path-style,
 * errors as {@code <Error><Code>}), and the JSON 1.1 protocol of KMS ({@code X-Amz-Target: TrentService.*}) and
 * Organizations ({@code AWSOrganizationsV20161128.*}), errors as {@code {"__type": ...}}. One endpoint serves all
 * three, as an emulator does.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html">GetBucketPolicy</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketEncryption.html">GetBucketEncryption</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html">S3 error responses</a>
 * @see <a href="https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html">GetKeyPolicy</a>
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListPoliciesForTarget.html">ListPoliciesForTarget</a>
 */
public final class LoopbackGuardrails implements AutoCloseable {
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");
    private final HttpServer server;
    private final GuardrailWorld world;

    /** Starts serving {@code world} on an ephemeral loopback port. */
    public LoopbackGuardrails(GuardrailWorld world) {
        this.world = world;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /** {@return the endpoint URL of every service} */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        try {
            if (target == null) {
                s3(exchange);
            } else {
                String json = json(target.substring(target.indexOf('.') + 1), body);
                send(exchange, 200, "application/x-amz-json-1.1", json);
            }
        } catch (Refused r) {
            if (target == null) {
                send(exchange, r.status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>"
                        + r.code + "</Code><Message>" + r.getMessage() + "</Message><RequestId>1</RequestId></Error>");
            } else {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", r.code);
                send(exchange, r.status, "application/x-amz-json-1.1", "{\"__type\":\"" + r.code + "\",\"message\":"
                        + quote(r.getMessage()) + "}");
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", "test server: " + e);
        }
    }

    private void s3(HttpExchange exchange) throws IOException {
        String bucket = exchange.getRequestURI().getPath().replaceAll("^/|/$", "");
        String query = String.valueOf(exchange.getRequestURI().getQuery());
        String owner = exchange.getRequestHeaders().getFirst("x-amz-expected-bucket-owner");
        if (query.startsWith("policy")) {
            send(exchange, 200, "application/json", world.bucketPolicy(bucket, owner));
        } else if (query.startsWith("encryption")) {
            String key = world.bucketKey(bucket, owner);
            send(exchange, 200, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<ServerSideEncryptionConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule>"
                    + "<ApplyServerSideEncryptionByDefault><SSEAlgorithm>" + (key == null ? "AES256" : "aws:kms")
                    + "</SSEAlgorithm>" + (key == null ? "" : "<KMSMasterKeyID>" + key + "</KMSMasterKeyID>")
                    + "</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled></Rule>"
                    + "</ServerSideEncryptionConfiguration>");
        } else {
            throw new Refused(501, "NotImplemented", "test server: S3 " + exchange.getRequestURI());
        }
    }

    private String json(String operation, String body) {
        Matcher m = FIELD.matcher(body);
        java.util.Map<String, String> in = new java.util.HashMap<>();
        while (m.find()) {
            in.put(m.group(1), m.group(2));
        }
        switch (operation) {
            case "GetKeyPolicy":
                return "{\"Policy\":" + quote(world.keyPolicy(in.get("KeyId"))) + ",\"PolicyName\":\"default\"}";
            case "DescribeKey":
                return "{\"KeyMetadata\":{\"Arn\":" + quote(world.keyArn(in.get("KeyId"))) + "}}";
            case "DescribeOrganization": {
                String[] o = world.organization();
                return "{\"Organization\":{\"Id\":" + quote(o[0]) + ",\"MasterAccountId\":" + quote(o[1]) + "}}";
            }
            case "ListParents":
                return list("Parents", world.parents(in.get("ChildId"), in.get("NextToken")),
                        p -> "{\"Id\":" + quote(p[0]) + ",\"Type\":" + quote(p[1]) + "}");
            case "ListRoots":
                return list("Roots", world.roots(in.get("NextToken")), r -> {
                    List<String> types = new ArrayList<>();
                    for (int i = 1; i < r.length; i++) {
                        types.add("{\"Type\":" + quote(r[i]) + ",\"Status\":\"ENABLED\"}");
                    }
                    return "{\"Id\":" + quote(r[0]) + ",\"PolicyTypes\":[" + String.join(",", types) + "]}";
                });
            case "ListPoliciesForTarget":
                return list("Policies", world.policies(in.get("TargetId"), in.get("Filter"), in.get("NextToken")),
                        p -> "{\"Id\":" + quote(p[0]) + ",\"Name\":" + quote(p[1]) + ",\"Type\":" + quote(p[2])
                                + ",\"AwsManaged\":false}");
            case "DescribePolicy":
                return "{\"Policy\":{\"PolicySummary\":{\"Id\":" + quote(in.get("PolicyId")) + "},\"Content\":"
                        + quote(world.content(in.get("PolicyId"))) + "}}";
            default:
                throw new Refused(400, "UnknownOperationException", "test server: " + operation);
        }
    }

    private static String list(String name, Page<String[]> page, java.util.function.Function<String[], String> item) {
        List<String> items = new ArrayList<>();
        page.items().forEach(i -> items.add(item.apply(i)));
        return "{\"" + name + "\":[" + String.join(",", items) + "]"
                + (page.nextToken() == null ? "" : ",\"NextToken\":" + quote(page.nextToken())) + "}";
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("x-amzn-RequestId", "1");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

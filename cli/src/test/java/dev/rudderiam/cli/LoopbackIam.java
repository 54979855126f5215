package dev.rudderiam.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP server on the loopback address that answers IAM query-protocol calls with scripted XML, as the IAM API
 * reference documents it; an action without a script gets an empty success. It also sets the SDK's system-property
 * credentials, which the default chain reads first.
 */
final class LoopbackIam implements AutoCloseable {
    static final String NS = "https://iam.amazonaws.com/doc/2010-05-08/";

    private final HttpServer server;
    private final Map<String, Deque<String[]>> script = new ConcurrentHashMap<>();
    private final List<String> actions = Collections.synchronizedList(new ArrayList<>());
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());

    LoopbackIam() {
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher action = Pattern.compile("Action=(\\w+)").matcher(body);
            String name = action.find() ? action.group(1) : "?";
            actions.add(name);
            bodies.add(body);
            Deque<String[]> queued = script.get(name);
            String[] answer = queued == null || queued.isEmpty() ? ok(name, "") : queued.poll();
            if (answer.length > 2) {
                try {
                    Thread.sleep(Long.parseLong(answer[2])); // a slow answer: the write is in flight meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** Queues {@code answer} (from {@link #ok} or {@link #error}) for the next call of {@code action}. */
    LoopbackIam then(String action, String[] answer) {
        script.computeIfAbsent(action, a -> new ArrayDeque<>()).add(answer);
        return this;
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * {@return the arguments of {@code command} (plan, apply, drift) for the S3 role {@code rudderstack} of workspace
     * {@code ws-1}, against this server, then {@code more}}
     */
    String[] roleCommand(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--workspace-id", "ws-1", "--name", "rudderstack",
                "--destination", "S3", "--param", "bucketName=events-bucket", "--endpoint-url", endpoint()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /**
     * Runs the command line with {@code args} in a process of its own, the way a user runs it (credentials from
     * system properties; standard output and error to {@code stdout.txt} and {@code stderr.txt} in {@code dir},
     * since {@code Process.destroy()} closes pipes), and returns it once {@code action} has reached this server.
     */
    Process startAndAwait(Path dir, String action, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", "-Daws.accessKeyId=AKIDEXAMPLE", "-Daws.secretAccessKey=EXAMPLEKEY",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!actions().contains(action) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!actions().contains(action)) {
            process.destroyForcibly();
            throw new AssertionError(action + " never came: " + actions());
        }
        return process;
    }

    /** {@return the form-encoded body of every request so far, in order} */
    List<String> bodies() {
        synchronized (bodies) {
            return List.copyOf(bodies);
        }
    }

    List<String> actions() {
        synchronized (actions) {
            return List.copyOf(actions);
        }
    }

    static String[] ok(String action, String content) {
        return new String[] {"200", "<" + action + "Response xmlns=\"" + NS + "\"><" + action + "Result>" + content
                + "</" + action + "Result><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></" + action
                + "Response>"};
    }

    /** {@return {@code answer}, sent only after {@code millis}} */
    static String[] slow(String[] answer, long millis) {
        return new String[] {answer[0], answer[1], Long.toString(millis)};
    }

    static String[] error(int status, String code, String message) {
        return new String[] {String.valueOf(status), "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type>"
                + "<Code>" + code + "</Code><Message>" + message + "</Message></Error><RequestId>1</RequestId>"
                + "</ErrorResponse>"};
    }

    static String[] noSuchRole(String name) {
        return error(404, "NoSuchEntity", "The role with name " + name + " cannot be found.");
    }

    @Override
    public void close() {
        server.stop(0);
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }
}

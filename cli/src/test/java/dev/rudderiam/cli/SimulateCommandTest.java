package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.RudderStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void decidesARequestAndNamesTheStatements() throws IOException {
        Path policy = write("p.json", """
                {"Version":"2012-10-17","Statement":[
                  {"Sid":"Put","Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"},
                  {"Sid":"NoTmp","Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::b/tmp/*"}]}
                """);
        Run allowed = run("simulate", "--policy", policy.toString(), "--principal",
                "arn:aws:iam::111122223333:role/r", "--action", "s3:PutObject", "--resource", "arn:aws:s3:::b/x");
        assertEquals(0, allowed.code(), allowed.err());
        assertTrue(allowed.out().startsWith("Allowed\n  identity[0].Statement[0](Put)\n"), allowed.out());
        Run denied = run("simulate", "--policy", policy.toString(), "--principal",
                "arn:aws:iam::111122223333:role/r", "--action", "s3:PutObject", "--resource", "arn:aws:s3:::b/tmp/1");
        assertTrue(denied.out().startsWith("ExplicitlyDenied\n  identity[0].Statement[1](NoTmp)\n"), denied.out());
    }

    @Test
    void trustPolicyWithExternalIdContext() throws IOException {
        Path trust = write("trust.json", PolicyJson.write(RudderStack.trustPolicy("ws-1")));
        Path assume = write("assume.json", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}
                """);
        String[] base = {"simulate", "--policy", assume.toString(), "--trust", trust.toString(), "--principal",
            "arn:aws:iam::422074288268:root", "--action", "sts:AssumeRole", "--resource",
            "arn:aws:iam::111122223333:role/rudder"};
        assertTrue(run(concat(base, "--context", "sts:ExternalId=ws-1")).out().startsWith("Allowed"));
        assertTrue(run(concat(base, "--context", "sts:ExternalId=WS-1")).out().startsWith("ImplicitlyDenied"));
        assertTrue(run(base).out().startsWith("ImplicitlyDenied"));
    }

    @Test
    void batchPrintsOneJsonAnswerPerLine() throws IOException {
        String trust = PolicyJson.write(RudderStack.trustPolicy("ws-1"));
        String allow = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
                + "\"Resource\":\"*\"}]}";
        String common = "\"policies\":[" + allow + "],\"trust\":" + trust
                + ",\"action\":\"sts:AssumeRole\",\"resource\":\"arn:aws:iam::111122223333:role/rudder\"";
        String rudderStack = ",\"principal\":\"arn:aws:iam::422074288268:root\"";
        String other = ",\"principal\":\"arn:aws:iam::999988887777:root\"";
        Path batch = write("batch.jsonl", "{" + common + rudderStack + ",\"context\":{\"sts:ExternalId\":\"ws-1\"}}\n"
                + "{" + common + rudderStack + ",\"context\":{\"sts:ExternalId\":\"ws-2\"}}\n"
                + "{" + common + other + ",\"context\":{\"sts:ExternalId\":\"ws-1\"}}\n");
        Run run = run("simulate", "--batch", batch.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("""
                {"decision":"Allowed","statements":["identity[0].Statement[0]","resource[0].Statement[0]"]}
                {"decision":"ImplicitlyDenied","statements":["identity[0].Statement[0]"]}
                {"decision":"ImplicitlyDenied","statements":["identity[0].Statement[0]"]}
                """, run.out());
    }

    @Test
    void badBatchLineIsReportedAndTheRestAnswered() throws IOException {
        Path batch = write("bad.jsonl", "{\"action\":\"s3:GetObject\"}\n{\"principal\":\"arn:aws:iam::111122223333:user/a\","
                + "\"action\":\"s3:GetObject\",\"resource\":\"arn:aws:s3:::b\"}\n");
        Run run = run("simulate", "--batch", batch.toString());
        assertEquals(2, run.code());
        assertEquals("""
                {"error":"line 1: \\"principal\\" is missing or not a string"}
                {"decision":"ImplicitlyDenied","statements":[]}
                """, run.out());
    }

    /**
     * A key the batch does not know (a misspelt guardrail such as {@code "scp"} for {@code "scps"}, or a misspelt
     * {@code "polices"}) is that line's error: decided without it, a deny the user gave would silently drop out.
     */
    @Test
    void anUnknownBatchKeyIsAnErrorNeverIgnored() throws IOException {
        String deny = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\","
                + "\"Resource\":\"*\"}]}";
        String allow = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"*\"}]}";
        String request = "\"policies\":[" + allow + "],\"principal\":\"arn:aws:iam::111122223333:role/r\","
                + "\"action\":\"s3:GetObject\",\"resource\":\"arn:aws:s3:::b/k\"";
        Path batch = write("unknown.jsonl", "{" + request + ",\"scp\":[[" + deny + "]]}\n"
                + "{\"polices\":[" + deny + "]," + request + "}\n"
                + "{" + request + ",\"resourceAccount\":111122223333}\n"
                + "{" + request + "}\n");
        Run run = run("simulate", "--batch", batch.toString());
        assertEquals(2, run.code(), run.out());
        String[] lines = run.out().split("\n");
        assertEquals(4, lines.length, run.out());
        assertTrue(lines[0].startsWith("{\"error\":\"line 1: \\\"scp\\\" is not a request key"), lines[0]);
        assertTrue(lines[1].startsWith("{\"error\":\"line 2: \\\"polices\\\" is not a request key"), lines[1]);
        assertTrue(lines[2].startsWith("{\"error\":\"line 3: \\\"resourceAccount\\\" is missing or not a string"),
                lines[2]);
        assertEquals("{\"decision\":\"Allowed\",\"statements\":[\"identity[0].Statement[0]\"]}", lines[3]);
    }

    /**
     * Each failing line is answered on its own output line with its number, and the lines after it are still
     * answered: a policy path that is a directory, a date past what the evaluator converts, a line over the cap,
     * bad JSON, bytes that are not UTF-8 and a context number that cannot be written out.
     */
    @Test
    void everyFailingBatchLineIsReportedWithItsNumberAndTheRunGoesOn() throws IOException {
        String request = "\"principal\":\"arn:aws:iam::111122223333:user/a\",\"action\":\"s3:GetObject\","
                + "\"resource\":\"arn:aws:s3:::b/k\"";
        String allow = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"*\",\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":\"99999999999999999\"}}}]}";
        String good = "{" + request + "}";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes((good + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(("{" + request + ",\"policies\":[\"" + dir.toString().replace("\\", "\\\\") + "\"]}\n")
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(("{" + request + ",\"policies\":[" + allow + "],\"context\":{\"aws:CurrentTime\":"
                + "\"2026-01-01T00:00:00Z\"}}\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(("{" + " ".repeat(Inputs.MAX_CHARS) + "}\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{not json\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', (byte) 0xFF, '}', '\n'});
        bytes.writeBytes(("{" + request + ",\"context\":{\"s3:max-keys\":1e999999999}}\n")
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes((good + "\n").getBytes(StandardCharsets.UTF_8));
        Path batch = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());
        Run run = run("simulate", "--batch", batch.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.err());
        String[] lines = run.out().split("\n");
        assertEquals(8, lines.length, run.out());
        assertEquals("{\"decision\":\"ImplicitlyDenied\",\"statements\":[]}", lines[0]);
        assertTrue(lines[1].startsWith("{\"error\":\"line 2: file '") && lines[1].contains("is a directory"),
                lines[1]);
        assertTrue(lines[2].startsWith("{\"error\":\"line 3: ") || lines[2].startsWith("{\"decision\""), lines[2]);
        assertTrue(lines[3].startsWith("{\"error\":\"line 4: line is longer than 1048576 characters"), lines[3]);
        assertTrue(lines[4].startsWith("{\"error\":\"line 5: invalid policy document at '': malformed JSON"),
                lines[4]);
        assertTrue(lines[5].startsWith("{\"error\":\"line 6: file '") && lines[5].contains("is not valid UTF-8"),
                lines[5]);
        assertTrue(lines[6].startsWith("{\"error\":\"line 7: context value 1E+999999999 is invalid"), lines[6]);
        assertEquals(lines[0], lines[7]);
    }

    @Test
    void aBatchLineThatNeverEndsStopsTheBatchAfterTheSkippingBound() {
        java.io.InputStream stdin = System.in;
        System.setIn(new InputBoundsTest.Endless((byte) ' '));
        try {
            Run run = run("simulate", "--batch", "-");
            assertEquals(2, run.code());
            assertEquals("", run.err());
            assertEquals("{\"error\":\"line 1: line is longer than 1048576 characters and does not end within"
                    + " 16777216 more; the rest of the input is not read\"}\n", run.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void missingRequestPartsAreBadInput() {
        Run run = run("simulate", "--action", "s3:GetObject");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--principal"), run.err());
    }

    static String[] concat(String[] base, String... more) {
        String[] out = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }
}

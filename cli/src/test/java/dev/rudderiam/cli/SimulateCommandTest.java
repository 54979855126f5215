package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.role.RudderStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

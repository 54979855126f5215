package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} with the guardrail layers: {@code --scp}, {@code --rcp}, {@code --session-policy}, batch keys. */
class SimulateGuardrailsTest {
    static final String FULL = """
            {"Version":"2012-10-17","Statement":[{"Sid":"FullAWSAccess","Effect":"Allow","Action":"*","Resource":"*"}]}""";
    static final String PUT = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Put","Effect":"Allow","Action":"s3:PutObject","Resource":"*"}]}""";
    static final String NO_S3 = """
            {"Version":"2012-10-17","Statement":[{"Sid":"NoS3","Effect":"Deny","Action":"s3:*","Resource":"*"}]}""";
    static final String RCP_NO_DELETE = """
            {"Version":"2012-10-17","Statement":[{"Sid":"NoDelete","Effect":"Deny","Principal":"*",
              "Action":"s3:DeleteObject","Resource":"*"}]}""";
    static final String SESSION = "arn:aws:sts::111122223333:assumed-role/rudderstack/s";

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void anScpDenyAtAnOuIsNamedWithItsLevel() throws IOException {
        CliRun run = CliRun.of("simulate", "--policy", write("put.json", PUT), "--scp", "root=" + write("full.json", FULL),
                "--scp", "ou-ab12-34cd5678=" + write("no-s3.json", NO_S3), "--principal", SESSION, "--action",
                "s3:PutObject", "--resource", "arn:aws:s3:::b/k");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("ExplicitlyDenied\n  scp@ou-ab12-34cd5678[1].Statement[0](NoS3)\n"
                + "  (an applicable Deny statement)\n", run.out());
    }

    @Test
    void aSessionPolicyLimitsTheIdentityPolicy() throws IOException {
        String readOnly = write("read.json", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""");
        CliRun run = CliRun.of("simulate", "--policy", write("put.json", PUT), "--session-policy", readOnly,
                "--principal", SESSION, "--action", "s3:PutObject", "--resource", "arn:aws:s3:::b/k");
        assertEquals("ImplicitlyDenied\n  identity[0].Statement[0](Put)\n  (the session policy does not allow)\n",
                run.out());
    }

    @Test
    void batchLinesTakeScpsRcpsAndSessionPolicyAndNameEveryLayer() throws IOException {
        String common = "\"policies\":[" + PUT.replace("s3:PutObject", "s3:*") + "],\"principal\":\"" + SESSION
                + "\",\"resource\":\"arn:aws:s3:::b/k\"";
        String batch = write("batch.jsonl", ("{" + common + ",\"action\":\"s3:PutObject\",\"scps\":[[" + FULL + "],["
                + FULL + "]],\"rcps\":[[" + RCP_NO_DELETE + "]]}\n"
                + "{" + common + ",\"action\":\"s3:DeleteObject\",\"rcps\":[[" + RCP_NO_DELETE + "]]}\n"
                + "{" + common + ",\"action\":\"s3:PutObject\",\"scps\":[[" + FULL + "],[]]}\n"
                + "{" + common + ",\"action\":\"s3:PutObject\",\"scps\":{}}\n"
                + "{" + common + ",\"action\":\"s3:PutObject\",\"sessionPolicy\":" + NO_S3.replace("Deny", "Allow")
                        .replace("NoS3", "S3") + "}\n").replace("\n  ", " "));
        CliRun run = CliRun.of("simulate", "--batch", batch);
        assertEquals(2, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals("{\"decision\":\"Allowed\",\"statements\":[\"identity[0].Statement[0](Put)\","
                + "\"scp@root[0].Statement[0](FullAWSAccess)\",\"scp@account[1].Statement[0](FullAWSAccess)\","
                + "\"rcp@root[1].Statement[0](RCPFullAWSAccess)\"]}", lines[0]);
        assertEquals("{\"decision\":\"ExplicitlyDenied\",\"statements\":[\"rcp@root[0].Statement[0](NoDelete)\"]}",
                lines[1]);
        assertTrue(lines[2].startsWith("{\"error\":\"line 3: SCP level 'account' has no policy"), lines[2]);
        assertTrue(lines[3].startsWith("{\"error\":\"line 4: \\\"scps\\\" is invalid: expected an array of levels"),
                lines[3]);
        assertEquals("{\"decision\":\"Allowed\",\"statements\":[\"identity[0].Statement[0](Put)\","
                + "\"session[0].Statement[0](S3)\"]}", lines[4]);
    }
}

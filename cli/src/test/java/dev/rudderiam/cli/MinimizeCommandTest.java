package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinimizeCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheSmallerPolicyAndBothSizes() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), """
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},
                  {"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"}]}
                """);
        SimulateCommandTest.Run run = SimulateCommandTest.run("minimize", file.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\","
                + "\"s3:PutObject\"],\"Resource\":\"arn:aws:s3:::b/*\"}]}\n", run.out());
        // 184 characters without white space before, 128 after (counted by hand from the two documents).
        assertEquals("size: 184 -> 128 characters\n", run.err());
    }

    @Test
    void unknownFitTargetIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        assertEquals(2, SimulateCommandTest.run("minimize", "--fit", "sideways", file.toString()).code());
    }
}

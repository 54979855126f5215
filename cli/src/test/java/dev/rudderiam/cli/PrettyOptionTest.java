package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.json.JsonValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that prints JSON takes {@code --pretty} (one mixin, mapped to {@code JsonStyle}): without it the JSON
 * is one line, with it indented, and both are the same JSON value.
 */
class PrettyOptionTest {
    @TempDir
    static Path dir;

    static Stream<List<String>> commands() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.json"), "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:GetObject\"],\"Resource\":\"*\"}]}");
        return Stream.of(
                List.of("trust-policy", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF"),
                List.of("policy", "--destination", "S3", "--param", "bucketName=acme-events"),
                List.of("format", policy.toString()),
                List.of("minimize", policy.toString()),
                List.of("validate", "--type", "identity", policy.toString()),
                List.of("destinations", "--output", "json"),
                List.of("role", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF", "--name", "r", "--destination", "S3",
                        "--param", "bucketName=acme-events"),
                List.of("role", "--workspace-id", "2Nk4t3WkHTGYzbTvG2zLXJXKNoF", "--name", "r", "--destination", "S3",
                        "--param", "bucketName=acme-events", "--format", "cloudformation"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void prettyIndentsTheSameJson(List<String> command) {
        CliRun compact = CliRun.of(command.toArray(String[]::new));
        List<String> withPretty = new ArrayList<>(command.subList(0, 1));
        withPretty.add("--pretty");
        withPretty.addAll(command.subList(1, command.size()));
        CliRun pretty = CliRun.of(withPretty.toArray(String[]::new));
        assertEquals(compact.exitCode(), pretty.exitCode(), pretty.err());
        assertFalse(compact.out().strip().contains("\n"), compact.out());
        assertTrue(pretty.out().strip().contains("\n  "), pretty.out());
        assertEquals(JsonValues.read(compact.out(), 1 << 20), JsonValues.read(pretty.out(), 1 << 20));
    }
}

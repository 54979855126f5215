package dev.rudderiam.catalog.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rudderiam.reference.ServiceInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The shipped binary resource is exactly the compiled JSON snapshot, and reads back to the same services. */
class ServiceReferenceCompilerTest {
    private static final Path SNAPSHOT = Path.of("src", "data", "aws-service-reference.json.gz");

    @Test
    void theShippedResourceIsTheCompiledSnapshot() throws IOException {
        List<ServiceInfo> fromJson;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SNAPSHOT))) {
            fromJson = ServiceReferenceCompiler.fromJson(in);
        }
        ByteArrayOutputStream compiled = new ByteArrayOutputStream();
        ServiceReferenceCompiler.compile(fromJson, compiled);
        byte[] shipped;
        try (InputStream in = BundledServiceReference.class.getResourceAsStream(BundledServiceReference.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(compiled.toByteArray(), shipped,
                "run ServiceReferenceCompiler after changing " + SNAPSHOT);
        assertEquals(fromJson, List.copyOf(BundledServiceReference.load().services()));
    }

    @Test
    void truncatedOrForeignDataIsReportedNotACrash() throws IOException {
        byte[] shipped;
        try (InputStream in = BundledServiceReference.class.getResourceAsStream(BundledServiceReference.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertThrows(IOException.class, () -> ReferenceCodec.open(Arrays.copyOf(shipped, 1000)));
        ReferenceCodec truncatedBodies = ReferenceCodec.open(Arrays.copyOf(shipped, shipped.length - 100));
        String last = List.copyOf(truncatedBodies.prefixes()).get(truncatedBodies.prefixes().size() - 1);
        assertThrows(IllegalStateException.class, () -> truncatedBodies.decode(last));
        assertThrows(IOException.class, () -> ReferenceCodec.open("{\"s3\": {}}".getBytes(StandardCharsets.UTF_8)));
    }
}

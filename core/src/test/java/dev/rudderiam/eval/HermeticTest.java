package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rudderiam.policy.PolicyDocument;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's offline code reaches no network: no class of the core module refers to the JDK's name resolution
 * or network classes (a class file names every class it uses in its constant pool, as {@code java/net/...}).
 * {@code InetAddress.getByName} on a condition value such as {@code cafe.be} would be a DNS query whose answer
 * changes a decision.
 */
class HermeticTest {
    private static final List<String> NETWORK = List.of("java/net/InetAddress", "java/net/Socket",
            "java/net/URLConnection", "java/net/http/", "java/net/DatagramSocket", "java/nio/channels/SocketChannel");

    @Test
    void noCoreClassRefersToTheNetwork() throws IOException, URISyntaxException {
        Path classes = Path.of(PolicyDocument.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offenders;
        try (Stream<Path> files = Files.walk(classes)) {
            offenders = files.filter(f -> f.toString().endsWith(".class")).filter(HermeticTest::refersToNetwork)
                    .map(f -> classes.relativize(f).toString()).sorted().collect(Collectors.toList());
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean refersToNetwork(Path classFile) {
        try {
            String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return NETWORK.stream().anyMatch(constants::contains);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

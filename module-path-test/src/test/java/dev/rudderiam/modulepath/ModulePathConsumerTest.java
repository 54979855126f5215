package dev.rudderiam.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published jars as a user's module sees them: a consumer module (in {@code src/test/consumers}) is compiled
 * and run with {@code --module-path} holding only core, the catalog and their dependencies, built by this reactor.
 * It builds a role from the catalog, evaluates it and finds the catalog's service reference through
 * {@link java.util.ServiceLoader}. A second module that imports packages core does not export, or calls what core
 * keeps to itself (the validation rules' memo, the prefix index's constructor), must not compile.
 */
class ModulePathConsumerTest {
    private static final Path CONSUMERS = Path.of("src", "test", "consumers");

    @TempDir
    Path out;

    @Test
    void aConsumerModuleBuildsAndEvaluatesARoleOnTheModulePath() throws Exception {
        Path classes = out.resolve("consumer");
        Compilation compiled = compile("consumer", classes);
        assertEquals(0, compiled.exitCode, compiled.output);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "--module-path", classes + File.pathSeparator + modulePath(),
                "-m", "dev.rudderiam.consumer/dev.rudderiam.consumer.Main").redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the consumer finished");
        assertEquals(0, run.exitValue(), output);
        assertEquals(List.of("PutObject ALLOWED", "DeleteBucket IMPLICITLY_DENIED", "providers 1 s3 true",
                "module dev.rudderiam.consumer reads dev.rudderiam.core"), output.lines().toList());
    }

    @Test
    void packagesCoreDoesNotExportAreNotAccessible() throws Exception {
        Compilation compiled = compile("intruder", out.resolve("intruder"));
        assertNotEquals(0, compiled.exitCode, compiled.output);
        for (String hidden : List.of("dev.rudderiam.arn.internal", "dev.rudderiam.validation.internal")) {
            assertTrue(compiled.output.contains("package " + hidden + " is declared in module dev.rudderiam.core,"
                    + " which does not export it"), compiled.output);
        }
    }

    @Test
    void theRulesMemoAndThePrefixIndexConstructorAreNotAccessible() throws Exception {
        Compilation compiled = compile("intruder", out.resolve("intruder"));
        assertNotEquals(0, compiled.exitCode, compiled.output);
        assertTrue(compiled.output.contains("error: memo(Object,Function<PolicyContext,?>) has private access in"
                + " PolicyContext"), compiled.output);
        assertTrue(compiled.output.contains("PrefixIndex() has private access in PrefixIndex"), compiled.output);
    }

    private record Compilation(int exitCode, String output) {
    }

    /** Compiles the consumer module {@code name} into {@code classes} against the module path, with javac. */
    private static Compilation compile(String name, Path classes) throws IOException, URISyntaxException {
        // The class path is set (to the empty output folder) so that javac does not take this test's own.
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--module-path", modulePath(),
                "--class-path", classes.toString(), "-Xlint:all"));
        try (Stream<Path> files = Files.walk(CONSUMERS.resolve(name))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8);
        int exit = ToolProvider.getSystemJavaCompiler().run(null, stream, stream, args.toArray(String[]::new));
        return new Compilation(exit, text.toString(StandardCharsets.UTF_8));
    }

    /**
     * {@return core, the catalog, Jackson's core and JSpecify, where this build put them}: the jars Maven resolved
     * for this module (in a reactor build, the ones just packaged), found through a class of each
     */
    private static String modulePath() throws URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (String type : List.of("dev.rudderiam.policy.PolicyDocument",
                "dev.rudderiam.catalog.reference.BundledServiceReference", "com.fasterxml.jackson.core.JsonFactory",
                "org.jspecify.annotations.Nullable")) {
            entries.add(location(type));
        }
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(String type) throws URISyntaxException {
        try {
            Class<?> loaded = Class.forName(type, false, ModulePathConsumerTest.class.getClassLoader());
            return Path.of(loaded.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(type + " is not on this test's class path", e);
        }
    }
}

package dev.rudderiam.benchmarks;

import dev.rudderiam.catalog.reference.BundledServiceReference;
import dev.rudderiam.reference.ServiceInfo;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled service reference (456 services, 22,091 actions) once, in single-shot mode: each fork is a
 * fresh JVM whose first iteration is the cold load a first {@code BundledServiceReference.bundled()} pays; the goal is
 * under 200 ms. {@code load} reads the resource and its directory (services are decoded on first lookup);
 * {@code loadAndDecodeEveryService} also decodes all 456 services, the most a caller can make it do.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(3)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
public class ServiceReferenceLoadBenchmark {
    @Benchmark
    public BundledServiceReference load() {
        return BundledServiceReference.load();
    }

    @Benchmark
    public Collection<ServiceInfo> loadAndDecodeEveryService() {
        return BundledServiceReference.load().services();
    }
}

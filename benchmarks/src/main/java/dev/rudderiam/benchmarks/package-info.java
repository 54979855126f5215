/**
 * JMH benchmarks. Each compares rudder-iam with the baseline its issue names, in the same run; figures go in the
 * README as ratios. Run: {@code mvn -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar <BenchmarkClass>}.
 */
@NullMarked
package dev.rudderiam.benchmarks;

import org.jspecify.annotations.NullMarked;

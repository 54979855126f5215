package dev.rudderiam.aws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Lets another thread stop an apply between two writes: the write in flight completes, no further write starts and
 * no roll-back runs. A command line installs one in a shutdown hook, so that an interrupted apply ({@code SIGTERM}
 * while a write hangs) leaves a role in one of the states the apply's order allows, and says which writes were
 * made. Applying again then plans from the role as it is and finishes the work.
 *
 * <pre>{@code
 * WriteGuard guard = new WriteGuard();
 * Runtime.getRuntime().addShutdownHook(new Thread(() -> {
 *     guard.stop(Duration.ofSeconds(30));
 *     System.err.println("stopped; writes made: " + guard.completed());
 * }));
 * RoleManager.builder(iam).writeGuard(guard).build().apply(plan);
 * }</pre>
 *
 * Thread-safe. One guard serves one apply at a time.
 */
public final class WriteGuard {
    private final Object lock = new Object();
    private final List<String> completed = new ArrayList<>();
    private boolean stopRequested;
    private boolean writing;

    /** Creates a guard that lets every write through until {@link #stop} is called. */
    public WriteGuard() {
    }

    /**
     * Stops further writes and waits up to {@code wait} for the write in flight to complete.
     *
     * @return whether no write is in flight any more
     */
    public boolean stop(Duration wait) {
        Objects.requireNonNull(wait, "wait");
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            stopRequested = true;
            while (writing) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return !writing;
                }
            }
            return true;
        }
    }

    /** {@return whether {@link #stop} was called} */
    public boolean stopped() {
        synchronized (lock) {
            return stopRequested;
        }
    }

    /** {@return the writes completed through this guard, as "operation description", in order} */
    public List<String> completed() {
        synchronized (lock) {
            return List.copyOf(completed);
        }
    }

    /**
     * Makes one write unless stopped.
     *
     * @throws IamOperationException when {@link #stop} was called before the write started
     */
    <T> T write(Change change, String role, Supplier<T> call) {
        synchronized (lock) {
            if (stopRequested) {
                throw new IamOperationException(change.operation(), role, null, "stopped before " + change.operation()
                        + ": the apply was interrupted", null);
            }
            writing = true;
        }
        boolean done = false;
        try {
            T result = call.get();
            done = true;
            return result;
        } finally {
            synchronized (lock) {
                writing = false;
                if (done) {
                    completed.add(change.operation() + " " + change.describe());
                }
                lock.notifyAll();
            }
        }
    }
}

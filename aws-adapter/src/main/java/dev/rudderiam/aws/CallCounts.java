package dev.rudderiam.aws;

/**
 * IAM API calls an operation made, as the adapter issued them: a call the adapter re-tried counts each time, while
 * attempts the SDK's own retry strategy makes inside one call do not.
 *
 * @param reads calls that only read ({@code Get*}, {@code List*}, and the waiter's {@code GetRole})
 * @param writes calls that change something
 */
public record CallCounts(int reads, int writes) {
    /** No call. */
    public static final CallCounts NONE = new CallCounts(0, 0);

    /** Checks that the counts are not negative. */
    public CallCounts {
        if (reads < 0 || writes < 0) {
            throw new IllegalArgumentException("call counts (" + reads + ", " + writes + ") are invalid: counts are"
                    + " not negative");
        }
    }

    /** {@return reads plus writes} */
    public int total() {
        return reads + writes;
    }
}

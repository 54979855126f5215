package dev.rudderiam.arn.internal;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ARN read in place: its text and where its parts end, each part cut out of the text only when asked for. Code
 * that reads a part or two of many ARNs (the validation rules do, for every resource and principal of a policy)
 * uses it rather than building a whole {@code dev.rudderiam.arn.Arn}, five new strings, each time. {@code Arn.tryParse}
 * reads the text with it and builds itself from the parts, so the two read exactly the same texts; this class knows
 * nothing of {@code Arn} (the dependency goes one way). Thread-safe: a part two threads cut out at once is the same
 * string.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM User Guide: ARN format</a>
 */
public final class ArnText {
    private static final String PREFIX = "arn:";
    private static final String AWS = "aws";

    private final String text;
    private final int partitionEnd;
    private final int serviceEnd;
    private final int regionEnd;
    private final int accountEnd;
    private @Nullable String partition;
    private @Nullable String service;
    private @Nullable String account;

    private ArnText(String text, int partitionEnd, int serviceEnd, int regionEnd, int accountEnd) {
        this.text = text;
        this.partitionEnd = partitionEnd;
        this.serviceEnd = serviceEnd;
        this.regionEnd = regionEnd;
        this.accountEnd = accountEnd;
    }

    /**
     * {@return the ARN in {@code text}, or empty when it is not
     * {@code arn:partition:service:region:account-id:resource} with a non-empty partition, service and resource}
     */
    public static Optional<ArnText> tryParse(String text) {
        Objects.requireNonNull(text, "arn");
        if (!text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int[] ends = new int[4];
        int found = 0;
        for (int i = PREFIX.length(); i < text.length() && found < ends.length; i++) {
            if (text.charAt(i) == ':') {
                ends[found++] = i;
            }
        }
        if (found < ends.length || ends[0] == PREFIX.length() || ends[1] == ends[0] + 1
                || ends[3] == text.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new ArnText(text, ends[0], ends[1], ends[2], ends[3]));
    }

    /** {@return the partition part, such as {@code aws}} */
    public String partition() {
        String part = partition;
        if (part == null) {
            part = part(PREFIX.length(), partitionEnd);
            partition = part;
        }
        return part;
    }

    /** {@return the service part, such as {@code s3}} */
    public String service() {
        String part = service;
        if (part == null) {
            part = part(partitionEnd + 1, serviceEnd);
            service = part;
        }
        return part;
    }

    /** {@return the region part, empty for global services} */
    public String region() {
        return part(serviceEnd + 1, regionEnd);
    }

    /** {@return the account part, empty for S3 buckets and objects} */
    public String account() {
        String part = account;
        if (part == null) {
            part = part(regionEnd + 1, accountEnd);
            account = part;
        }
        return part;
    }

    /** {@return the resource part, with any colons and slashes it has} */
    public String resource() {
        return text.substring(accountEnd + 1);
    }

    /**
     * {@return the text from {@code begin} to {@code end}}, without copying the two parts most ARNs share: the empty
     * region or account of global services and buckets, and the partition {@code aws}
     */
    private String part(int begin, int end) {
        if (begin == end) {
            return "";
        }
        return end - begin == AWS.length() && text.startsWith(AWS, begin) ? AWS : text.substring(begin, end);
    }

    /** {@return the text as written} */
    @Override
    public String toString() {
        return text;
    }
}

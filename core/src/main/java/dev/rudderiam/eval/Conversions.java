package dev.rudderiam.eval;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Converts condition text to the type an operator family compares, or null when the text has not that form (then
 * the comparison does not match). Every conversion is bounded and hermetic: it never throws, reads only the text
 * (no name is ever looked up) and does work linear in the text's length.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition
 *     operators: numeric, date, Boolean, binary, IP address and ARN condition operators</a>
 */
final class Conversions {
    /** The longest number text that converts. */
    static final int MAX_NUMBER_CHARS = 64;
    /** The largest decimal exponent, in absolute value, of a number that converts. */
    static final int MAX_EXPONENT = 1000;

    private Conversions() {
    }

    static @Nullable Object convert(ContextValue.Type type, String text) {
        switch (type) {
            case NUMERIC: return number(text);
            case DATE: return date(text);
            case BOOL: return bool(text);
            case BINARY: return binary(text);
            case IP_ADDRESS: return cidr(text);
            case ARN: return text.startsWith("arn:") ? text : null;
            default: return text;
        }
    }

    /**
     * {@return the number in {@code text}, or null}: at most {@value #MAX_NUMBER_CHARS} characters (as the JSON
     * reader's numbers) with a decimal exponent, the power of ten of its first digit, between
     * -{@value #MAX_EXPONENT} and {@value #MAX_EXPONENT}. AWS documents no range for numeric condition values; its
     * numeric context keys (counts, ages, sizes) are far inside this one, and a bounded exponent keeps every later
     * use of the number (comparing it, writing it out in full) small: {@code 1e999999999} written out in full is a
     * gigabyte.
     */
    static @Nullable BigDecimal number(String text) {
        String t = text.trim();
        if (t.length() > MAX_NUMBER_CHARS) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(t);
            long exponent = (long) number.precision() - number.scale() - 1;
            return Math.abs(exponent) <= MAX_EXPONENT ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * ISO 8601 date or date-time (W3C profile), or epoch seconds: the forms the operators page names; null for any
     * other text and for a time outside {@link Instant}'s range (years -1,000,000,000 to 1,000,000,000).
     */
    static @Nullable Instant date(String text) {
        String t = text.trim();
        try {
            if (t.matches("-?[0-9]+")) {
                return Instant.ofEpochSecond(Long.parseLong(t));
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            try {
                return Instant.parse(t);
            } catch (DateTimeException e2) {
                return null;
            }
        }
    }

    static @Nullable Boolean bool(String text) {
        if (text.equals("true") || text.equals("false")) {
            return text.length() == 4; // as written, the usual case: no lower-case copy
        }
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals("true") ? Boolean.TRUE : t.equals("false") ? Boolean.FALSE : null;
    }

    static byte @Nullable [] binary(String text) {
        try {
            return Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An address or CIDR block as address bytes and prefix length. */
    record Cidr(byte[] address, int prefix) {
        boolean contains(Cidr other) {
            if (other.address.length != address.length || other.prefix < prefix) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (other.address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@return the address or CIDR block in {@code text}, read by {@link IpLiterals} (never looked up), or null} */
    static @Nullable Cidr cidr(String text) {
        return IpLiterals.parse(text);
    }
}

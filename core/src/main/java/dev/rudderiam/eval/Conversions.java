package dev.rudderiam.eval;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Converts condition text to the type an operator family compares, or null when the text has not that form (then
 * the comparison does not match).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition
 *     operators: numeric, date, Boolean, binary, IP address and ARN condition operators</a>
 */
final class Conversions {
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

    static @Nullable BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** ISO 8601 date or date-time (W3C profile), or epoch seconds: the forms the operators page names. */
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
        } catch (DateTimeParseException | NumberFormatException e) {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    static @Nullable Boolean bool(String text) {
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

    static @Nullable Cidr cidr(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        String host = slash < 0 ? t : t.substring(0, slash);
        if (host.isEmpty() || !host.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            byte[] address = InetAddress.getByName(host).getAddress();
            int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(t.substring(slash + 1));
            if (prefix < 0 || prefix > address.length * 8) {
                return null;
            }
            return new Cidr(address, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            return null;
        }
    }
}

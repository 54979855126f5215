package dev.rudderiam.eval;

import org.jspecify.annotations.Nullable;

/**
 * Reads IP addresses and CIDR blocks as the {@code IpAddress} condition operators compare them, from their text
 * alone: a text is an address or a block, or it is not. Nothing is ever looked up: {@code cafe.be} is made of
 * hexadecimal digits and a dot, and it is a host name, not an address (the JDK's {@code InetAddress.getByName}
 * would send it to DNS, and the answer would change a decision).
 *
 * <p>The forms, from "the standard CIDR format (for example, 203.0.113.0/24 or 2001:DB8:1234:5678::/64)" that the
 * condition operators page names:
 * <ul>
 *   <li>IPv4: four decimal numbers from 0 to 255 separated by dots, without leading zeros ({@code 010.0.0.1} is
 *       octal to some readers and decimal to others, so it is no address);</li>
 *   <li>IPv6 (RFC 4291, section 2.2): eight groups of one to four hexadecimal digits separated by colons, one
 *       {@code ::} standing for one or more groups of zeros, the last two groups possibly written as an IPv4
 *       address; always 16 bytes (an IPv4-mapped address stays IPv6); no zone ({@code %eth0});</li>
 *   <li>a block: an address, {@code /}, and a prefix length in decimal without leading zeros, at most 32 for IPv4
 *       and 128 for IPv6. An address without a prefix is the block of that address alone ({@code /32},
 *       {@code /128}), as AWS documents.</li>
 * </ul>
 * No white space is allowed anywhere. Work is linear in the text's length.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress">IP
 *     address condition operators</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4291#section-2.2">RFC 4291, section 2.2: text representation of
 *     IPv6 addresses</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4632#section-3.1">RFC 4632, section 3.1: CIDR prefix notation</a>
 */
public final class IpLiterals {
    private IpLiterals() {
    }

    /** {@return whether {@code text} is an IPv4 or IPv6 address or CIDR block in the forms above} */
    public static boolean isAddressOrBlock(String text) {
        return parse(text) != null;
    }

    /** {@return the address or block in {@code text}, or null when it is neither} */
    static Conversions.@Nullable Cidr parse(String text) {
        int slash = text.indexOf('/');
        int hostEnd = slash < 0 ? text.length() : slash;
        byte[] address = text.lastIndexOf(':', hostEnd - 1) >= 0 ? ipv6(text, 0, hostEnd) : ipv4(text, 0, hostEnd);
        if (address == null) {
            return null;
        }
        int bits = address.length * 8;
        if (slash < 0) {
            return new Conversions.Cidr(address, bits);
        }
        int prefix = decimal(text, slash + 1, text.length(), bits);
        return prefix < 0 ? null : new Conversions.Cidr(address, prefix);
    }

    /** {@return the IPv4 address in {@code text[from, to)}, or null} */
    private static byte @Nullable [] ipv4(String text, int from, int to) {
        byte[] address = new byte[4];
        int start = from;
        for (int part = 0; part < 4; part++) {
            int end = part == 3 ? to : text.indexOf('.', start);
            if (end < 0 || end > to) {
                return null;
            }
            int value = decimal(text, start, end, 255);
            if (value < 0) {
                return null;
            }
            address[part] = (byte) value;
            start = end + 1;
        }
        return address;
    }

    /**
     * {@return the decimal number in {@code text[from, to)}: one to three digits, no leading zero, at most
     * {@code max}; or -1}
     */
    private static int decimal(String text, int from, int to, int max) {
        int length = to - from;
        if (length < 1 || length > 3 || length > 1 && text.charAt(from) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= max ? value : -1;
    }

    /** {@return the IPv6 address in {@code text[from, to)}, or null} */
    private static byte @Nullable [] ipv6(String text, int from, int to) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = from;
        if (text.startsWith("::", i)) {
            gap = 0;
            i += 2;
            if (i == to) {
                return new byte[16];
            }
        } else if (i < to && text.charAt(i) == ':') {
            return null;
        }
        while (true) {
            if (count == 8) {
                return null;
            }
            int end = i;
            while (end < to && end - i < 5 && Character.digit(text.charAt(end), 16) >= 0 && text.charAt(end) < 0x80) {
                end++;
            }
            if (end < to && text.charAt(end) == '.') {
                // The last 32 bits as an IPv4 address.
                byte[] v4 = count <= 6 ? ipv4(text, i, to) : null;
                if (v4 == null) {
                    return null;
                }
                groups[count++] = (v4[0] & 0xff) << 8 | v4[1] & 0xff;
                groups[count++] = (v4[2] & 0xff) << 8 | v4[3] & 0xff;
                break;
            }
            if (end == i || end - i > 4) {
                return null;
            }
            groups[count++] = Integer.parseInt(text, i, end, 16);
            if (end == to) {
                break;
            }
            if (text.charAt(end) != ':') {
                return null;
            }
            if (end + 1 < to && text.charAt(end + 1) == ':') {
                if (gap >= 0) {
                    return null;
                }
                gap = count;
                i = end + 2;
                if (i == to) {
                    break;
                }
            } else {
                i = end + 1;
                if (i == to) {
                    return null;
                }
            }
        }
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        byte[] address = new byte[16];
        int zeros = 8 - count;
        for (int g = 0, out = 0; g < count; g++, out++) {
            if (g == gap) {
                out += zeros;
            }
            address[2 * out] = (byte) (groups[g] >>> 8);
            address[2 * out + 1] = (byte) groups[g];
        }
        return address;
    }
}

package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * The {@code IpAddress} conversion reads literals only. Against a reference built in this test: IPv4 is exactly
 * four dot-separated decimal numbers 0 to 255 without leading zeros; IPv6 is whatever the JDK reads as an IPv6
 * literal (a text with a colon, which {@link InetAddress#getByName} parses without any name lookup), kept as 16
 * bytes, except that a group has at most four hexadecimal digits as RFC 4291 says (the JDK takes {@code 00000}); a prefix is a decimal without leading zeros up to the address's bit count. Everything else, host names
 * made of hexadecimal letters and dots such as {@code cafe.be} included, does not convert.
 */
class IpAddressProperties {
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");

    /** The reference: address bytes and prefix, or null. */
    static @Nullable Object[] reference(String text) {
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        byte[] address;
        if (IPV4.matcher(host).matches()) {
            String[] parts = host.split("\\.");
            address = new byte[4];
            for (int i = 0; i < 4; i++) {
                address[i] = (byte) Integer.parseInt(parts[i]);
            }
        } else if (host.indexOf(':') >= 0 && host.matches("[0-9A-Fa-f:.]+") && !host.matches(".*[0-9A-Fa-f]{5}.*")) {
            try {
                InetAddress parsed = InetAddress.getByName(host);
                address = parsed.getAddress();
                if (parsed instanceof Inet4Address) {
                    // The JDK turns an IPv4-mapped IPv6 text into its IPv4 address; the text is IPv6.
                    byte[] mapped = new byte[16];
                    mapped[10] = (byte) 0xff;
                    mapped[11] = (byte) 0xff;
                    System.arraycopy(address, 0, mapped, 12, 4);
                    address = mapped;
                }
            } catch (UnknownHostException e) {
                return null;
            }
        } else {
            return null;
        }
        int prefix = address.length * 8;
        if (slash >= 0) {
            String digits = text.substring(slash + 1);
            if (!PREFIX.matcher(digits).matches() || Integer.parseInt(digits) > address.length * 8) {
                return null;
            }
            prefix = Integer.parseInt(digits);
        }
        return new Object[] {address, prefix};
    }

    @Provide
    Arbitrary<String> addressLike() {
        Arbitrary<String> random = Arbitraries.strings().withChars("0123456789abcdefABCDEF:./").ofMaxLength(24);
        Arbitrary<String> quads = Arbitraries.integers().between(0, 300).list().ofMinSize(1).ofMaxSize(5)
                .map(parts -> String.join(".", parts.stream().map(String::valueOf).toList()));
        Arbitrary<String> groups = Arbitraries.strings().withChars("0123456789abcdef").ofMaxLength(5).list()
                .ofMinSize(1).ofMaxSize(9).map(parts -> String.join(":", parts));
        Arbitrary<String> hosts = Arbitraries.of("cafe.be", "dead.beef", "a.b.c.d", "add", "1", "12.34", "1.2.3",
                "0x7f.1", "01.2.3.4", "1.2.3.04", "::ffff:1.2.3.4", "::1.2.3.4", "1::", "::", ":::", "1:2:3:4:5:6:7:8::",
                "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "1.2.3.4/", "1.2.3.4/+8", "1.2.3.4/08", "1.2.3.4/33",
                "::/128", "::/129", "1.2.3.4 ", " 1.2.3.4", "fe80::1%1");
        Arbitrary<String> base = Arbitraries.oneOf(random, quads, groups, hosts);
        return Arbitraries.oneOf(base, base.flatMap(b -> Arbitraries.oneOf(
                Arbitraries.integers().between(-1, 130).map(p -> b + "/" + p),
                Arbitraries.strings().withChars("0123456789:./").ofMaxLength(4).map(s -> b + s))));
    }

    @Property(tries = 2000)
    void conversionIsTheLiteralReference(@ForAll("addressLike") String text) {
        Object[] expected = reference(text);
        Conversions.Cidr actual = Conversions.cidr(text);
        if (expected == null) {
            assertNull(actual, () -> text + " converted to " + Arrays.toString(actual.address()) + "/" + actual.prefix());
        } else {
            assertNotNull(actual, text);
            assertArrayEquals((byte[]) expected[0], actual.address(), text);
            assertEquals(expected[1], actual.prefix(), text);
        }
    }

    @Provide
    Arbitrary<byte[]> addresses() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofSize(4),
                Arbitraries.bytes().array(byte[].class).ofSize(16),
                Arbitraries.of((byte) 0, (byte) 1, (byte) 0xff).array(byte[].class).ofSize(16));
    }

    /** Every address, in the JDK's text and (IPv6) compressed, reads back as itself, as the JDK reads it. */
    @Property(tries = 500)
    void literalsAgreeWithTheJdk(@ForAll("addresses") byte[] address) throws UnknownHostException {
        String written = InetAddress.getByAddress(address).getHostAddress();
        for (String text : new String[] {written, written.replaceFirst("(^|:)0(:0)+(:|$)", "::")}) {
            Conversions.Cidr parsed = Conversions.cidr(text);
            assertNotNull(parsed, text);
            assertArrayEquals(address, parsed.address(), text);
            assertEquals(address.length * 8, parsed.prefix(), text);
        }
    }
}

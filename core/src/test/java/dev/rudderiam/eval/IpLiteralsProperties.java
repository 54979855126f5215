package dev.rudderiam.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link IpLiterals} reads addresses and blocks in the forms its Javadoc lists (the IAM condition operators page's
 * "standard CIDR format", RFC 4291 section 2.2 for IPv6). The expected answers here are worked out from the
 * generated parts, not from the reader: an IPv4 text is an address exactly when it has four numbers of 0 to 255
 * without leading zeros; an IPv6 text made from eight groups, with at most one run compressed to {@code ::} and the
 * last two groups maybe written as IPv4, is the address of those groups; a prefix is read when it is at most the
 * address's bits and has no leading zero.
 */
class IpLiteralsProperties {
    /** An IPv4 number as written, with the value it stands for, or -1 when it is no valid part. */
    private record Part(String text, int value) {
    }

    @Provide
    Arbitrary<Part> ipv4Parts() {
        Arbitrary<Part> plain = Arbitraries.integers().between(0, 300)
                .map(n -> new Part(Integer.toString(n), n <= 255 ? n : -1));
        Arbitrary<Part> leadingZero = Arbitraries.integers().between(0, 99).map(n -> new Part("0" + n, -1));
        Arbitrary<Part> odd = Arbitraries.of(new Part("", -1), new Part("1a", -1), new Part("+1", -1),
                new Part("1000", -1), new Part(" 1", -1));
        return Arbitraries.frequencyOf(Tuple.of(12, plain), Tuple.of(1, leadingZero),
                Tuple.of(1, odd));
    }

    /** A prefix as written, with its value, or -1 when it has a leading zero or is no number. */
    @Provide
    Arbitrary<Part> prefixes() {
        Arbitrary<Part> plain = Arbitraries.integers().between(0, 140).map(n -> new Part("/" + n, n));
        Arbitrary<Part> odd = Arbitraries.of(new Part("/", -1), new Part("/01", -1), new Part("/00", -1),
                new Part("/1x", -1), new Part("/1000", -1));
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(new Part("", -2))),
                Tuple.of(8, plain), Tuple.of(1, odd));
    }

    @Property(tries = 2000)
    void anIpv4TextIsReadExactlyWhenItsFourNumbersAndItsPrefixAreValid(@ForAll("ipv4Parts") Part a,
            @ForAll("ipv4Parts") Part b, @ForAll("ipv4Parts") Part c, @ForAll("ipv4Parts") Part d,
            @ForAll("prefixes") Part prefix) {
        String text = a.text + "." + b.text + "." + c.text + "." + d.text + prefix.text;
        boolean address = a.value >= 0 && b.value >= 0 && c.value >= 0 && d.value >= 0;
        int bits = prefix.value == -2 ? 32 : prefix.value;
        Conversions.Cidr read = IpLiterals.parse(text);
        if (!address || bits < 0 || bits > 32) {
            assertNull(read, text);
            return;
        }
        assertNotNull(read, text);
        assertArrayEquals(new byte[] {(byte) a.value, (byte) b.value, (byte) c.value, (byte) d.value},
                read.address(), text);
        assertEquals(bits, read.prefix(), text);
    }

    /**
     * Eight groups written in full, or with the zero run from {@code from} (inclusive) to {@code to} (exclusive)
     * written as {@code ::}, and the last two as IPv4 when {@code dotted}; each group with or without its leading
     * zeros.
     */
    @Property(tries = 2000)
    void anIpv6TextOfEightGroupsIsReadAsThoseGroups(@ForAll("groups") List<Integer> groups,
            @ForAll @IntRange(min = 0, max = 8) int from, @ForAll @IntRange(min = 0, max = 8) int length,
            @ForAll boolean dotted, @ForAll boolean padded, @ForAll("prefixes") Part prefix) {
        int to = Math.min(8, from + length);
        List<Integer> values = new ArrayList<>(groups);
        boolean compressed = to > from && !(dotted && to > 6);
        if (compressed) {
            for (int g = from; g < to; g++) {
                values.set(g, 0);
            }
        }
        int last = dotted ? 6 : 8;
        StringBuilder text = new StringBuilder();
        for (int g = 0; g < last; g++) {
            if (compressed && g == from) {
                text.append("::");
                g = to - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(padded ? String.format("%04x", values.get(g)) : Integer.toHexString(values.get(g)));
        }
        if (dotted) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(values.get(6) >> 8).append('.').append(values.get(6) & 0xff).append('.')
                    .append(values.get(7) >> 8).append('.').append(values.get(7) & 0xff);
        }
        text.append(prefix.text);
        int bits = prefix.value == -2 ? 128 : prefix.value;
        Conversions.Cidr read = IpLiterals.parse(text.toString());
        if (bits < 0 || bits > 128) {
            assertNull(read, text.toString());
            return;
        }
        assertNotNull(read, text.toString());
        byte[] expected = new byte[16];
        for (int g = 0; g < 8; g++) {
            expected[2 * g] = (byte) (values.get(g) >> 8);
            expected[2 * g + 1] = (byte) (int) values.get(g);
        }
        assertArrayEquals(expected, read.address(), text.toString());
        assertEquals(bits, read.prefix(), text.toString());
    }

    @Provide
    Arbitrary<List<Integer>> groups() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 0xFFFF), Arbitraries.of(0, 1, 0xFFFF))
                .list().ofSize(8);
    }

    /** Texts that break one rule of the IPv6 form are no address. */
    @Property(tries = 300)
    void anIpv6TextBreakingTheFormIsRefused(@ForAll("groups") List<Integer> groups,
            @ForAll @IntRange(min = 0, max = 7) int at) {
        List<String> hex = new ArrayList<>();
        groups.forEach(g -> hex.add(Integer.toHexString(g)));
        String full = String.join(":", hex);
        List<String> broken = new ArrayList<>();
        broken.add(full + ":1"); // nine groups
        broken.add(String.join(":", hex.subList(0, 7))); // seven groups, no ::
        List<String> five = new ArrayList<>(hex);
        five.set(at, "1" + String.format("%04x", groups.get(at))); // a group of five digits
        broken.add(String.join(":", five));
        broken.add(String.join(":", hex.subList(0, 3)) + "::" + String.join(":", hex.subList(4, 5)) + "::1");
        broken.add(String.join(":", hex) + "::"); // :: standing for no group
        broken.add(String.join(":", hex.subList(0, 7)) + ":1.2.3.4"); // seven groups and IPv4: nine in all
        broken.add(":" + String.join(":", hex.subList(1, 8))); // one leading colon
        broken.add(String.join(":", hex.subList(0, 7)) + ":"); // one trailing colon
        for (String text : broken) {
            assertNull(IpLiterals.parse(text), text);
        }
    }
}

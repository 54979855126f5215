package dev.rudderiam.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds where the plain part of a JSON string ends in Latin-1 bytes (one byte per character, {@code '?'} standing
 * for a character beyond U+00FF, as {@code String.getBytes(ISO_8859_1)} makes them): the first quote, backslash,
 * control character or {@code '?'}. Before that byte, every byte is the character itself and JSON writes it
 * as it is; from that byte on, the reader and the writer look at the real characters.
 *
 * <p>Eight bytes are tested at once, with the usual "has a zero byte" arithmetic on a {@code long}: strings in
 * policies are mostly plain, so the scan, not the rare special byte, decides the speed of both.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8259#section-7">RFC 8259 section 7: the characters a JSON string
 *     must escape</a>
 */
final class Latin1Run {
    /** Whether a byte ends a plain run: a control character, {@code "}, {@code \} or {@code ?}. */
    static final boolean[] SPECIAL = new boolean[256];

    static {
        for (int c = 0; c < 0x20; c++) {
            SPECIAL[c] = true;
        }
        SPECIAL['"'] = true;
        SPECIAL['\\'] = true;
        SPECIAL['?'] = true;
    }

    /** Bytes read eight at a time, the first in the lowest byte of the {@code long}. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Latin1Run() {
    }

    /**
     * {@return the index of the first {@link #SPECIAL} byte of {@code bytes} from {@code start} up to {@code end},
     * or {@code end} when there is none}: eight bytes at a time, then byte by byte for the last few
     */
    static int end(byte[] bytes, int start, int end) {
        int at = start;
        while (at <= end - 8) {
            long special = special((long) LONGS.get(bytes, at));
            if (special != 0) {
                return at + (Long.numberOfTrailingZeros(special) >>> 3);
            }
            at += 8;
        }
        while (at < end && !SPECIAL[bytes[at] & 0xFF]) {
            at++;
        }
        return at;
    }

    /**
     * {@return whether no byte of {@code bytes} from {@code start} up to {@code end} is {@link #SPECIAL}}: every word
     * is tested and the answers joined, without a branch per word; the last word is read whole and its bytes past
     * {@code end} masked out, so the array must hold seven bytes after {@code end}
     */
    static boolean plain(byte[] bytes, int start, int end) {
        long specials = 0;
        int at = start;
        for (; at <= end - 8; at += 8) {
            specials |= special((long) LONGS.get(bytes, at));
        }
        if (at < end) {
            specials |= special((long) LONGS.get(bytes, at)) & (-1L >>> ((8 - (end - at)) << 3));
        }
        return specials == 0;
    }

    /**
     * {@return a word with the high bit set in the byte of {@code eight} bytes that is {@link #SPECIAL}, and maybe in
     * later ones; zero when none is}: the lowest set bit marks the first such byte, as a byte's test can only be
     * disturbed by a borrow from an earlier byte that was itself a match
     */
    private static long special(long eight) {
        long quote = eight ^ 0x2222222222222222L;
        long backslash = eight ^ 0x5C5C5C5C5C5C5C5CL;
        long question = eight ^ 0x3F3F3F3F3F3F3F3FL;
        return ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (question - ONES) & ~question
                | (eight - 0x2020202020202020L) & ~eight) & HIGHS;
    }
}

package dev.rudderiam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of {@link Messages#printable}: one line of visible characters, bounded, and unchanged when already so. */
class MessagesProperties {
    /** Hostile text: controls, formats (bidi overrides, BOM), separators, lone surrogates, and long runs. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> nasty = Arbitraries.of('\u001B', '\u0007', '\r', '\n', '\t', '\u0000', '\u007F',
                '\u009B', '\u202E', '\u2066', '\uFEFF', '\u2028', '\u2029', '\uD800', '\uDC00', 'a', ' ');
        return Arbitraries.oneOf(any, nasty).list().ofMaxSize(6000)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Property(tries = 200)
    void printsOneLineOfVisibleCharacters(@ForAll("hostile") String message) {
        String printable = Messages.printable(message);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            int type = Character.getType(c);
            assertFalse(type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR, () -> "U+" + Integer.toHexString(c) + " in " + printable);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < printable.length() && Character.isLowSurrogate(printable.charAt(++i)), printable);
            } else {
                assertFalse(Character.isLowSurrogate(c), printable);
            }
        }
    }

    @Property(tries = 200)
    void isBounded(@ForAll("hostile") String message) {
        assertTrue(Messages.printable(message).length() <= Messages.MAX_MESSAGE + 40,
                () -> Messages.printable(message).length() + " characters");
    }

    @Property(tries = 200)
    void keepsAShortPlainMessageAsItIs(@ForAll("plain") String message) {
        assertEquals(message, Messages.printable(message));
    }

    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'ß', '€').ofMaxLength(Messages.MAX_RUN);
    }
}

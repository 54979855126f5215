package dev.rudderiam.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Findings point into a document with JSON pointers, whose reference tokens escape {@code ~} as {@code ~0} and
 * {@code /} as {@code ~1}, wherever they stand in the token.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6901#section-3">RFC 6901, JSON Pointer, section 3</a>
 */
class PointersTest {
    @Test
    void tildeAndSlashAreEscapedAtEveryPosition() {
        assertEquals("~0a", Pointers.escape("~a"));
        assertEquals("~1a", Pointers.escape("/a"));
        assertEquals("a~0", Pointers.escape("a~"));
        assertEquals("a~1", Pointers.escape("a/"));
        assertEquals("aws:ResourceTag~1a~0b~01", Pointers.escape("aws:ResourceTag/a~b~1"));
        assertEquals("aws:SourceIp", Pointers.escape("aws:SourceIp"));
        assertEquals("", Pointers.escape(""));
    }

    @Test
    void aListOfOneValueIsWrittenAsTheValueItself() {
        assertEquals("/Statement/2/Resource", Pointers.element(2, "Resource", 0, 1));
        assertEquals("/Statement/2/Resource/1", Pointers.element(2, "Resource", 1, 2));
        assertEquals("/Statement/0/Condition/Bool/aws:ResourceTag~1x", Pointers.condition(0, "Bool", "aws:ResourceTag/x"));
    }
}

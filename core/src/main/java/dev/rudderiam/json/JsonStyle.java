package dev.rudderiam.json;

/**
 * How a writer lays out the JSON it writes: the one way every writer of the library is asked for indented output
 * ({@code PolicyJson.write(document, JsonStyle.PRETTY)}, {@code FindingsJson.write(findings, style)}, the
 * catalog's exports, the adapter's plans and results). The style changes only whitespace: both styles hold the same
 * JSON value, and a policy document's size as IAM counts it does not depend on it (IAM does not count whitespace).
 */
public enum JsonStyle {
    /** No whitespace between tokens: the form to store, send or compare. */
    COMPACT,
    /** Indented, one member or element a line: the form to read. */
    PRETTY;

    /** {@return whether this style indents} */
    boolean indents() {
        return this == PRETTY;
    }
}

package dev.rudderiam.json;

import dev.rudderiam.policy.StatementElement;
import java.nio.charset.StandardCharsets;

/**
 * The keys of a policy document and of its statements, in canonical order: the one list of them for the codec.
 * {@link PolicyWriter.Text} writes each from its quoted bytes, made once, and {@link JsonCursor} returns each as its
 * constant when it reads it. Together with the effects they are a third of the strings of a typical document (36,700
 * of the 104,800 strings of the AWS managed policies), so neither copying nor making them is paid per document.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy
 *     grammar</a>
 */
enum PolicyKey {
    VERSION("Version"),
    ID("Id"),
    STATEMENT("Statement"),
    SID(StatementElement.SID.json()),
    EFFECT("Effect"),
    PRINCIPAL(StatementElement.PRINCIPAL.json()),
    NOT_PRINCIPAL(StatementElement.NOT_PRINCIPAL.json()),
    ACTION(StatementElement.ACTION.json()),
    NOT_ACTION(StatementElement.NOT_ACTION.json()),
    RESOURCE(StatementElement.RESOURCE.json()),
    NOT_RESOURCE(StatementElement.NOT_RESOURCE.json()),
    CONDITION(StatementElement.CONDITION.json());

    /** The key as written. */
    final String text;
    /** The key between quotes, as Latin-1 bytes. */
    final byte[] quoted;

    PolicyKey(String text) {
        this.text = text;
        this.quoted = quoted(text);
    }

    /** {@return {@code text}, which needs no escape, between quotes as Latin-1 bytes} */
    static byte[] quoted(String text) {
        return ('"' + text + '"').getBytes(StandardCharsets.ISO_8859_1);
    }
}

package dev.rudderiam.json;

import dev.rudderiam.policy.PolicyDocument;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads and writes IAM policy documents.
 *
 * <p>Reading accepts every form IAM accepts: {@code Statement} as one object or an array; scalar or array for
 * {@code Action}, {@code Resource}, principal ids and condition values; unquoted numbers and booleans in conditions
 * and principals. It refuses, with a {@link PolicyParseException} carrying a JSON pointer, malformed JSON, duplicate
 * keys, trailing data, unknown elements and wrong value shapes, and never drops anything silently. Hostile input is
 * bounded: at most {@value PolicyReader#MAX_DOCUMENT_CHARS} characters, and nesting no deeper than IAM's grammar
 * (a 100,000-deep input fails at its first unexpected bracket). Strings hold only the characters IAM accepts in a
 * policy document (tab, line feed, carriage return, U+0020 to U+00FF), raw or escaped; the writer escapes any
 * other character of the model, so written text survives every encoding and never reads back as another document
 * (see {@code JsonCursor} for the AWS pages).
 *
 * <p>Writing produces the canonical form described in {@link #write}. {@code read(write(doc))} equals {@code doc}
 * when its strings hold only those characters, and fails otherwise.
 *
 * <pre>{@code
 * PolicyDocument doc = PolicyJson.read(text);
 * String compact = PolicyJson.write(doc);
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy
 *     grammar</a>
 */
public final class PolicyJson {
    /**
     * The longest document {@link #read} accepts, in characters: eight times IAM's largest document (131,072
     * characters), so every document IAM could hold is read, and no input costs more than this to refuse. Front ends
     * that read files or streams stop reading here.
     */
    public static final int MAX_DOCUMENT_CHARS = PolicyReader.MAX_DOCUMENT_CHARS;

    private PolicyJson() {
    }

    /**
     * {@return the policy document in {@code json}}
     *
     * @throws PolicyParseException when the text is not a policy document
     */
    public static PolicyDocument read(String json) {
        Objects.requireNonNull(json, "json");
        return PolicyReader.read(json);
    }

    /**
     * {@return the policy document held by {@code value}, JSON values as {@link JsonValues#read} returns them}: for a
     * document that arrives inside a larger JSON value (a request, a saved plan, a template), read by the same
     * grammar and with the same messages as text, without writing the value out and reading it back. Maps must be
     * ordered as the JSON was (as {@code JsonValues.read}'s are) for the document's lists to keep their order.
     *
     * <pre>{@code
     * Map<?, ?> request = (Map<?, ?>) JsonValues.read(line, PolicyJson.MAX_DOCUMENT_CHARS);
     * PolicyDocument policy = PolicyJson.readValue(request.get("policy"));
     * }</pre>
     *
     * @throws PolicyParseException when the value is not a policy document
     */
    public static PolicyDocument readValue(Object value) {
        Objects.requireNonNull(value, "value");
        return PolicyReader.read(value);
    }

    /**
     * {@return the policy document in {@code encoded}, the URL-encoded (RFC 3986) form that {@code GetRole},
     * {@code GetRolePolicy} and {@code GetPolicyVersion} return}
     *
     * @throws PolicyParseException when the text is not validly encoded or not a policy document
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html">GetRolePolicy:
     *     PolicyDocument is URL-encoded</a>
     */
    public static PolicyDocument readUrlEncoded(String encoded) {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.length() > 3 * PolicyReader.MAX_DOCUMENT_CHARS) {
            throw new PolicyParseException("", "encoded document has " + encoded.length()
                    + " characters, more than is read", null);
        }
        String decoded;
        try {
            // IAM encodes per RFC 3986, so a literal '+' never appears: '+' is %2B and a space is %20.
            decoded = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PolicyParseException("", "invalid URL encoding: " + e.getMessage(), e);
        }
        return read(decoded);
    }

    /**
     * {@return the compact canonical JSON of {@code document}}: keys in the fixed order {@code Version, Id,
     * Statement} and {@code Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource,
     * Condition}; {@code Statement} always an array; single values written as scalars, as the IAM console writes
     * them; everything else in the order of the model. Booleans and numbers in conditions stay unquoted.
     */
    public static String write(PolicyDocument document) {
        return write(document, JsonStyle.COMPACT);
    }

    /**
     * {@return the canonical JSON of {@code document} in {@code style}}: the text of
     * {@link #write(PolicyDocument)} for {@link JsonStyle#COMPACT}, indented by two spaces for
     * {@link JsonStyle#PRETTY}
     */
    public static String write(PolicyDocument document, JsonStyle style) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(style, "style");
        return PolicyWriter.write(document, style.indents());
    }
}

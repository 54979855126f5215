package dev.rudderiam.aws;

import dev.rudderiam.json.PolicyJson;
import dev.rudderiam.policy.PolicyDocument;

/**
 * Reads the policy documents IAM returns. IAM URL-encodes them (RFC 3986); IAM-compatible emulators often return
 * them as plain JSON. A document is plain when its first non-white-space character is <code>{</code>, which an
 * encoded document cannot start with (it would be {@code %7B}); only then is it parsed as it is, so that a plain
 * document containing {@code +} or {@code %} is never decoded.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html">GetRolePolicy: the
 *     document is URL-encoded</a>
 */
final class Documents {
    private Documents() {
    }

    /**
     * {@return the document in {@code text}, plain or URL-encoded}
     *
     * @throws dev.rudderiam.json.PolicyParseException when it is not a policy document
     */
    static PolicyDocument read(String text) {
        return text.strip().startsWith("{") ? PolicyJson.read(text) : PolicyJson.readUrlEncoded(text);
    }
}

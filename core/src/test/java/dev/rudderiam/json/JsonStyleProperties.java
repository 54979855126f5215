package dev.rudderiam.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rudderiam.policy.PolicyDocument;
import dev.rudderiam.policy.PolicyDomain;
import dev.rudderiam.validation.Finding;
import dev.rudderiam.validation.Severity;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Every writer takes a {@link JsonStyle}: compact is one line, pretty indents, and both hold the same value. */
class JsonStyleProperties {
    @Property(tries = 100)
    @Domain(PolicyDomain.class)
    void bothStylesOfADocumentReadBackAsTheDocument(@ForAll PolicyDocument document) {
        String compact = PolicyJson.write(document, JsonStyle.COMPACT);
        assertEquals(PolicyJson.write(document), compact);
        assertFalse(compact.contains("\n"), compact);
        String pretty = PolicyJson.write(document, JsonStyle.PRETTY);
        assertTrue(pretty.contains("\n  \"Statement\": ["), pretty);
        assertEquals(document, PolicyJson.read(pretty));
    }

    @Example
    void findingsInEitherStyleAreTheSameJsonValue() {
        List<Finding> findings = List.of(new Finding(Severity.ERROR, "CODE", "/Statement/0", "a message",
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html"));
        String compact = FindingsJson.write(findings, JsonStyle.COMPACT);
        String pretty = FindingsJson.write(findings, JsonStyle.PRETTY);
        assertFalse(compact.contains("\n"), compact);
        assertTrue(pretty.contains("\n"), pretty);
        assertEquals(JsonValues.read(compact, 1 << 16), JsonValues.read(pretty, 1 << 16));
        assertEquals(compact, JsonValues.write(FindingsJson.values(findings)));
    }
}
